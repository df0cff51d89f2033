import type { Draft } from '@/utils/report/draft';
import { normalizeUrl } from '@/utils/report/normalize-url';
import { inlineUrlForStorage } from '@/utils/report/inline-url';

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

/**
 * Derives what exactly is being reported from a menu click: the media, else the link, else the
 * selection, else the frame, else the page. URL-only reports keep URLs and nothing else: not the
 * selected text, and not the payload of a `data:`/`blob:` URL (kept as scheme, MIME type, length;
 * so is an inline URL too long to store in a full report).
 */
export function describeTarget(click: MenuClick | undefined, rawPageUrl: string, urlOnly: boolean): Draft['target'] {
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
  return {
    context,
    url,
    pageUrl,
    linkUrl: menu?.linkUrl,
    srcUrl: menu?.srcUrl,
    frameUrl: menu?.frameUrl,
    selectionText: urlOnly ? undefined : menu?.selectionText,
    normalizedUrl: normalizeUrl(url),
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
