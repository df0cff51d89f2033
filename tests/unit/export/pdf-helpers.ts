/**
 * Helpers of the complaint PDF tests: the real fonts, tiny PNG images made here, artefacts with
 * their true SHA-256, and two readers of the result: pdfjs-dist (the text a reader extracts, as a
 * person would select it) and pdf-lib (the image XObjects actually embedded).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream } from '@cantoo/pdf-lib';
import { ARTEFACT_SCHEMA_VERSION, type Artefact } from '@/utils/report/draft';

const FONTS = resolve(__dirname, '../../../node_modules/@fontsource/noto-sans/files');
export const fonts = {
  regular: new Uint8Array(readFileSync(`${FONTS}/noto-sans-latin-400-normal.woff`)),
  bold: new Uint8Array(readFileSync(`${FONTS}/noto-sans-latin-700-normal.woff`)),
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A plain RGB PNG of one colour. */
export function png(width: number, height: number, [r, g, b]: [number, number, number] = [200, 30, 30]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]),
  );
}

let counter = 0;
export function artefact(bytes: Uint8Array, over: Partial<Omit<Artefact, 'blob' | 'sha256' | 'size'>> = {}): Artefact {
  counter += 1;
  return {
    schemaVersion: ARTEFACT_SCHEMA_VERSION,
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    draftId: '00000000-0000-4000-8000-000000000001',
    kind: 'screenshot',
    mime: 'image/png',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    createdAt: '2026-11-28T09:23:01.000Z',
    ...over,
    blob: new Blob([new Uint8Array(bytes)], { type: over.mime ?? 'image/png' }),
  };
}

const FOOTER = /^Vigie — (pas un service officiel|not an official service) · /;

/**
 * Every page's text as pdfjs extracts it (one item per line drawn), the page count, and `body`:
 * the text without the page footers (so that a value running over two pages reads whole), and
 * `rightmost`: where the longest line ends, in points from the left edge.
 */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: string[]; text: string; body: string; numPages: number; rightmost: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  const bodies: string[] = [];
  let rightmost = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    for (const item of content.items)
      if ('str' in item) rightmost = Math.max(rightmost, (item.transform[4] as number) + item.width);
    const lines = content.items.map((item) => ('str' in item ? item.str : ''));
    pages.push(lines.join('\n'));
    bodies.push(lines.filter((l) => !FOOTER.test(l)).join('\n'));
  }
  await doc.destroy();
  return { pages, text: pages.join('\n'), body: bodies.join('\n'), numPages: pages.length, rightmost };
}

/** The text without any whitespace: a long address or hash wrapped over several lines reads whole. */
export const flat = (text: string) => text.replace(/\s+/g, '');

/** The image XObjects embedded in the file, with their pixel size and stream bytes. */
export async function embeddedImages(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  const images: { width: number; height: number; contents: Uint8Array }[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict: PDFDict = object.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const size = (key: string) => (dict.get(PDFName.of(key)) as PDFNumber).asNumber();
    images.push({ width: size('Width'), height: size('Height'), contents: object.contents });
  }
  return images;
}
