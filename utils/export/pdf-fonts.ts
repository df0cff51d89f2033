/**
 * The complaint PDF's fonts: Noto Sans regular and bold (latin subset: every French character,
 * « », —, €), shipped inside the extension by Vite (`?url`) and read with `fetch` from the
 * extension's own origin: no external request. Loaded on demand with the PDF code.
 *
 * WOFF, not WOFF2: fontkit embeds WOFF subsets (`embedFont(bytes, { subset: true })`).
 */
import regularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import boldUrl from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function loadPdfFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const [regular, bold] = await Promise.all([bytesOf(regularUrl), bytesOf(boldUrl)]);
  return { regular, bold };
}
