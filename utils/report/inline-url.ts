/**
 * `data:` and `blob:` URLs carry (or point to) the content itself, not an address. Where only
 * addresses may be kept (link-only reports: child sexual abuse material), such a URL keeps its
 * scheme, its MIME type and its length, never its payload, e.g.
 * `data:image/png;base64,…[5 123 characters removed]`. The result is still a URL of the same
 * scheme, and short.
 */

/** A MIME type as a data: URL header may state it (`type/subtype`), nothing else of the header. */
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;

/** Digits grouped by three with a plain space, the same in every locale ("26 113"). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** The shape `redactInlineUrl` writes. */
const REDACTED = /^(?:blob:|data:[^,]{0,80},)…\[[\d ]{1,20} characters removed\]$/i;

export function isInlineUrl(url: string): boolean {
  return /^(data|blob):/i.test(url);
}

/** The URL with its payload replaced by its length if it is a `data:` or `blob:` URL; any other URL as is. */
export function redactInlineUrl(url: string): string {
  // Already reduced to its description: as is (applying the rule twice changes nothing).
  if (REDACTED.test(url)) return url;
  const scheme = /^(data|blob):/i.exec(url)?.[1]?.toLowerCase();
  if (!scheme) return url;
  const rest = url.slice(scheme.length + 1);
  if (scheme === 'blob') return `blob:…[${grouped(rest.length)} characters removed]`;
  // data:[<mime>][;param=value]*[;base64],<payload>: keep the MIME type and the base64 flag only
  // (parameters such as `name=` are the page's words, not an address).
  const comma = rest.indexOf(',');
  const header = comma >= 0 && comma <= 1024 ? rest.slice(0, comma) : '';
  const [mime = '', ...params] = header.split(';').map((p) => p.trim());
  const base64 = params.some((p) => p.toLowerCase() === 'base64');
  const kept = `${MIME.test(mime) ? mime.toLowerCase() : ''}${base64 ? ';base64' : ''}`;
  const removed = comma >= 0 && comma <= 1024 ? rest.length - comma - 1 : rest.length;
  return `data:${kept},…[${grouped(removed)} characters removed]`;
}

/** Redacts when `always` (link-only reports), or when the URL is too long to be stored at all. */
export function inlineUrlForStorage(url: string, always: boolean, maxLength = 8192): string {
  return isInlineUrl(url) && (always || url.length > maxLength) ? redactInlineUrl(url) : url;
}
