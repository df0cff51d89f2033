import { browser } from 'wxt/browser';
import { CaptureError } from './errors';
import { MAX_ARTEFACT_BYTES } from './limits';

/**
 * Largest DOM snapshot brought out of the page, in characters: one UTF-8 byte each at best, so
 * the byte limit (MAX_ARTEFACT_BYTES) is never short of text; the bytes are then cut exactly.
 */
export const MAX_SNAPSHOT_CHARS = MAX_ARTEFACT_BYTES['dom-snapshot'];

/**
 * Serialises the page's current DOM. Injected, so self-contained. Uses the prototype getter so
 * a page cannot substitute `outerHTML`. The result is an archive to download, never rendered
 * by Vigie. Only the first `maxChars` characters leave the page; `length` says how many there were.
 */
export function serializeDom(maxChars: number) {
  const getter = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')?.get;
  const root = document.documentElement;
  const html = root && getter ? String(getter.call(root)) : '';
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  const truncated = html.length > maxChars;
  return {
    html: doctype + (truncated ? html.slice(0, maxChars) : html),
    truncated,
    length: html.length,
    url: location.href,
  };
}

/**
 * The snapshot as a Blob of at most MAX_ARTEFACT_BYTES['dom-snapshot'] bytes. When the page is
 * larger, the HTML is cut (at a character boundary), its header says « truncated », and
 * `cutFrom` gives the page's size (characters) for the `too-large` problem.
 */
export async function snapshotDom(tabId: number): Promise<{ blob: Blob; cutFrom?: number }> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: serializeDom,
    args: [MAX_SNAPSHOT_CHARS],
  });
  const value = result?.result as { html?: unknown; truncated?: unknown; length?: unknown; url?: unknown } | undefined;
  if (!value || typeof value.html !== 'string') throw new CaptureError('archive-failed', 'no DOM returned');
  const html = value.html.slice(0, MAX_SNAPSHOT_CHARS + 100);
  const header = (cut: boolean) =>
    `<!-- Vigie DOM snapshot of ${String(value.url).slice(0, 2048).replace(/--/g, '%2D%2D')} taken ${new Date().toISOString()}${cut ? ' (truncated)' : ''} -->\n`;
  const encoder = new TextEncoder();
  const head = encoder.encode(header(true));
  // One buffer of the limit; encodeInto stops at the last whole character that fits.
  const body = new Uint8Array(MAX_ARTEFACT_BYTES['dom-snapshot'] - head.byteLength);
  const { read, written } = encoder.encodeInto(html, body);
  const cut = value.truncated === true || read < html.length;
  const blob = new Blob([cut ? head : encoder.encode(header(false)), body.subarray(0, written)], { type: 'text/html' });
  if (!cut) return { blob };
  const length = typeof value.length === 'number' && Number.isFinite(value.length) ? value.length : html.length;
  return { blob, cutFrom: Math.max(Math.floor(length), MAX_ARTEFACT_BYTES['dom-snapshot'] + 1) };
}
