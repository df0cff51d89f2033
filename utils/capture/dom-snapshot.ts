import { browser } from 'wxt/browser';
import { CaptureError } from './errors';

/** Largest DOM snapshot kept, in characters; beyond it the snapshot is cut and says so. */
export const MAX_SNAPSHOT_CHARS = 20_000_000;

/**
 * Serialises the page's current DOM. Injected, so self-contained. Uses the prototype getter so
 * a page cannot substitute `outerHTML`. The result is an archive to download, never rendered
 * by Vigie.
 */
export function serializeDom(maxChars: number) {
  const getter = Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')?.get;
  const root = document.documentElement;
  const html = root && getter ? String(getter.call(root)) : '';
  const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
  const truncated = html.length > maxChars;
  return { html: doctype + (truncated ? html.slice(0, maxChars) : html), truncated, url: location.href };
}

export async function snapshotDom(tabId: number): Promise<Blob> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: serializeDom,
    args: [MAX_SNAPSHOT_CHARS],
  });
  const value = result?.result as { html?: unknown; truncated?: unknown; url?: unknown } | undefined;
  if (!value || typeof value.html !== 'string') throw new CaptureError('archive-failed', 'no DOM returned');
  const html = value.html.slice(0, MAX_SNAPSHOT_CHARS + 100);
  const header = `<!-- Vigie DOM snapshot of ${String(value.url).slice(0, 2048).replace(/--/g, '%2D%2D')} taken ${new Date().toISOString()}${value.truncated === true ? ' (truncated)' : ''} -->\n`;
  return new Blob([header, html], { type: 'text/html' });
}
