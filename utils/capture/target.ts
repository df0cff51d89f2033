import type { CutUrlField, Draft, UrlCut } from '@/utils/report/draft';
import { normalizeUrl } from '@/utils/report/normalize-url';
import { inlineUrlForStorage } from '@/utils/report/inline-url';
import { URL_MAX } from '@/utils/zod';
import { sha256Hex } from './hash';

/** What the context menu (or the popup/shortcut, with no menu) tells us about the click. */
export interface MenuClick {
  pageUrl?: string;
  linkUrl?: string;
  srcUrl?: string;
  frameUrl?: string;
  frameId?: number;
  selectionText?: string;
  mediaType?: string;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/**
 * A URL as stored: a long one (a page can make its own address as long as it likes, e.g. with
 * `history.replaceState`) is cut to its first `URL_MAX` characters, never refused, and the cut is
 * recorded with the full value's length and the SHA-256 of its UTF-8 bytes.
 */
export async function boundUrl(field: CutUrlField, value: string): Promise<{ value: string; cut?: UrlCut }> {
  if (value.length <= URL_MAX) return { value };
  return {
    value: value.slice(0, URL_MAX),
    cut: { field, length: value.length, sha256: await sha256Hex(utf8(value)) },
  };
}

/**
 * The de-duplication key (`normalizeUrl`) of the *full* URL, bounded: a key too long keeps its
 * start and ends with the SHA-256 of the whole key, so two long URLs that differ only after the
 * cut still get different keys.
 */
export async function boundedKey(fullUrl: string): Promise<string> {
  const key = normalizeUrl(fullUrl);
  if (key.length <= URL_MAX) return key;
  const suffix = `…sha256:${await sha256Hex(utf8(key))}`;
  return key.slice(0, URL_MAX - suffix.length) + suffix;
}

/**
 * Derives what exactly is being reported from a menu click: the media, else the link, else the
 * selection, else the frame, else the page. URL-only reports keep URLs and nothing else: not the
 * selected text, and not the payload of a `data:`/`blob:` URL (kept as scheme, MIME type, length;
 * so is an inline URL too long to store in a full report). Any other URL too long to store is
 * cut (`boundUrl`, recorded in `cut`); the de-duplication key is taken from the full URL.
 */
export async function describeTarget(
  click: MenuClick | undefined,
  rawPageUrl: string,
  urlOnly: boolean,
): Promise<Draft['target']> {
  const inline = (u: string | undefined) => (u === undefined ? undefined : inlineUrlForStorage(u, urlOnly));
  const menu = click && {
    ...click,
    linkUrl: inline(click.linkUrl),
    srcUrl: inline(click.srcUrl),
    frameUrl: inline(click.frameUrl),
  };
  const pageUrl = inline(rawPageUrl)!;
  const media = menu?.srcUrl && ['image', 'video', 'audio'].includes(menu.mediaType ?? '') ? menu.mediaType : undefined;
  const context: Draft['target']['context'] = media
    ? (media as 'image' | 'video' | 'audio')
    : menu?.linkUrl
      ? 'link'
      : menu?.selectionText
        ? 'selection'
        : menu?.frameUrl
          ? 'frame'
          : 'page';
  const url =
    context === 'image' || context === 'video' || context === 'audio'
      ? menu!.srcUrl!
      : context === 'link'
        ? menu!.linkUrl!
        : context === 'frame'
          ? menu!.frameUrl!
          : pageUrl;
  const cut: UrlCut[] = [];
  const bound = async (field: CutUrlField, value: string) => {
    const stored = await boundUrl(field, value);
    if (stored.cut) cut.push(stored.cut);
    return stored.value;
  };
  const maybe = async (field: CutUrlField, value: string | undefined) =>
    value === undefined ? undefined : bound(field, value);
  return {
    context,
    url: await bound('url', url),
    pageUrl: await bound('pageUrl', pageUrl),
    linkUrl: await maybe('linkUrl', menu?.linkUrl),
    srcUrl: await maybe('srcUrl', menu?.srcUrl),
    frameUrl: await maybe('frameUrl', menu?.frameUrl),
    selectionText: urlOnly ? undefined : menu?.selectionText,
    normalizedUrl: await boundedKey(url),
    cut,
  };
}

/** A short browser name and version from the user agent, e.g. "Firefox 153.7" or "Chromium 156". */
export function browserLabel(userAgent: string): string {
  const firefox = /Firefox\/(\d+(?:\.\d+)?)/.exec(userAgent);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/(\d+)/.exec(userAgent);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /Chrome\/(\d+)/.exec(userAgent);
  if (chrome) return `Chromium ${chrome[1]}`;
  return 'unknown';
}

/** Local wall-clock time with its UTC offset, e.g. "2026-11-22T22:40:01+01:00". */
export function localTimeWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
