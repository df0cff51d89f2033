/**
 * "Add the selection's links to the batch" (watch-network volunteers): the links inside the
 * user's text selection on the active tab, read by a self-contained function injected with
 * `scripting.executeScript` under the `activeTab` grant of the menu click (no host permission).
 *
 * The page is hostile: the in-page half returns at most `RAW_MAX` strings, each cut one character
 * past `URL_MAX` (so that "too long" can still be told); the extension's half validates that
 * shape with zod, keeps http/https only, drops duplicates (the de-duplication key of
 * `normalizeUrl`) and keeps at most `SELECTION_LINKS_MAX`. What is left out is counted by reason,
 * to be said to the user. The items made of them are URL only (no screenshot, nothing of the page).
 */
import { z, URL_MAX } from '@/utils/zod';
import { normalizeUrl } from '@/utils/report/normalize-url';

/** The most links one selection adds to the batch. */
export const SELECTION_LINKS_MAX = 50;
/** The most raw hrefs the page may hand back (the rest are only counted, by the page). */
export const RAW_MAX = 500;
/** The most anchors the in-page half looks at (a page can hold millions). */
export const ANCHORS_SCANNED_MAX = 20_000;

/** What the in-page half answers. `more`: anchors of the selection past `RAW_MAX` (or not scanned). */
export const rawSelectionLinksSchema = z.object({
  hrefs: z.array(z.string().max(URL_MAX + 1)).max(RAW_MAX),
  more: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});
export type RawSelectionLinks = z.output<typeof rawSelectionLinksSchema>;

/**
 * Injected into the page (self-contained: no imports, no closures). The `href` of each link
 * (`a[href]`, `area[href]`) that the selection touches, resolved by the browser, in document order.
 */
export function collectSelectionLinks(limits: { raw: number; scanned: number; urlMax: number }): {
  hrefs: string[];
  more: number;
} {
  const selection = window.getSelection();
  const hrefs: string[] = [];
  let more = 0;
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { hrefs, more };
  const ranges: Range[] = [];
  for (let i = 0; i < Math.min(selection.rangeCount, 50); i++) ranges.push(selection.getRangeAt(i));
  const anchors = document.querySelectorAll('a[href], area[href]');
  const scanned = Math.min(anchors.length, limits.scanned);
  for (let i = 0; i < scanned; i++) {
    const a = anchors[i] as HTMLAnchorElement | HTMLAreaElement;
    if (!ranges.some((r) => r.intersectsNode(a))) continue;
    const href = typeof a.href === 'string' ? a.href : String(a.getAttribute('href') ?? '');
    if (hrefs.length < limits.raw) hrefs.push(href.slice(0, limits.urlMax + 1));
    else more++;
  }
  if (anchors.length > scanned) more++;
  return { hrefs, more };
}

/** Why a link of the selection was not added. */
export const leftOutReasons = ['scheme', 'too-long', 'duplicate', 'over-limit'] as const;
export type LeftOutReason = (typeof leftOutReasons)[number];

export interface SelectionLinks {
  /** The links to add, in the page's order, each an absolute http(s) URL of at most `URL_MAX`. */
  links: string[];
  /** Per reason, how many were left out (reasons with none are absent). */
  leftOut: Partial<Record<LeftOutReason, number>>;
}

/**
 * The links to add from what the page answered, or `null` when the answer is not of the expected
 * shape (then nothing is added). `known`: de-duplication keys already taken (e.g. the batch's).
 */
export function pickSelectionLinks(
  raw: unknown,
  max = SELECTION_LINKS_MAX,
  known: ReadonlySet<string> = new Set(),
): SelectionLinks | null {
  const parsed = rawSelectionLinksSchema.safeParse(raw);
  if (!parsed.success) return null;
  const leftOut: SelectionLinks['leftOut'] = {};
  const count = (reason: LeftOutReason, n = 1) => {
    if (n > 0) leftOut[reason] = (leftOut[reason] ?? 0) + n;
  };
  const seen = new Set(known);
  const links: string[] = [];
  for (const href of parsed.data.hrefs) {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      count('scheme'); // not an absolute address at all
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      count('scheme');
      continue;
    }
    if (href.length > URL_MAX) {
      count('too-long');
      continue;
    }
    const key = normalizeUrl(href);
    if (seen.has(key)) {
      count('duplicate');
      continue;
    }
    seen.add(key);
    if (links.length >= max) {
      count('over-limit');
      continue;
    }
    links.push(href);
  }
  count('over-limit', parsed.data.more);
  return { links, leftOut };
}
