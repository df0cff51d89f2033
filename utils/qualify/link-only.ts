/**
 * The child-sexual-abuse rule ("link-only": addresses and times, nothing else), in one module:
 *
 * - the rule on the answers (`isLinkOnly`, `qualificationIsLinkOnly`): which categories turn
 *   URL-only, always, with a minor involved, or when the evidence shows a sexual image or
 *   representation of a minor (a grooming conversation, a blackmail, a listing), is data (the
 *   category's `evidence`, `linkOnlyWhenMinor` and `linkOnlyWhenMinorSexualImage` fields, the
 *   last read with the `minorSexualImage` answer);
 * - the rule on a whole report (`draftIsLinkOnly`): its mode, the `csam` mark of the dedicated
 *   entry, and its answers — whatever door the report came through (capture, answers, import);
 * - the transformation (`toLinkOnly`): what a link-only report may hold.
 *
 * The drafts repository applies `toLinkOnly` on every write (create, answers, capture commit,
 * import), so a stored link-only draft never holds anything else; the evidence package, the PDF,
 * the hand-off packs and the screens read `draftIsLinkOnly`. `tests/meta/link-only.test.ts` fails
 * if another module decides it by itself.
 */
import type { Draft } from '@/utils/report/draft';
import { redactInlineUrl } from '@/utils/report/inline-url';
import type { PlatformData } from '@/utils/report/platform-data';
import type { Qualification } from '@/utils/report/qualification';
import { categoryById, isCategoryId, type CategoryId } from './taxonomy';

export function isLinkOnly(categoryId: CategoryId, minor: boolean, minorSexualImage = false): boolean {
  const category = categoryById[categoryId];
  return (
    category.evidence === 'url-only' ||
    (minor && category.linkOnlyWhenMinor) ||
    (minorSexualImage && category.linkOnlyWhenMinorSexualImage)
  );
}

/**
 * The same rule read from the stored answers: a parent reports about their child, so a minor is
 * involved whatever the `minor` answer says.
 */
export function qualificationIsLinkOnly(q: Qualification): boolean {
  if (q.categoryId === null || !isCategoryId(q.categoryId)) return false;
  return isLinkOnly(q.categoryId, q.minor === true || q.role === 'parent', q.minorSexualImage === true);
}

/** What the rule reads of a report. */
export type LinkOnlyFacts = Pick<Draft, 'mode' | 'csam' | 'qualification'>;

/**
 * Must this report keep addresses and times only? Yes when it came through the child-sexual-abuse
 * entry (`csam`), when it is URL-only (that entry, or a page that could not be captured), or when
 * its answers make it so. Any one is enough: an imported `csam: true` report marked `full` is
 * link-only all the same.
 */
export function draftIsLinkOnly(draft: LinkOnlyFacts): boolean {
  return draft.mode === 'url-only' || draft.csam || qualificationIsLinkOnly(draft.qualification);
}

/** Is this a child-sexual-abuse report (the entry's mark, or answers that make it link-only)? The mark is never removed. */
export function draftIsCsam(draft: Pick<Draft, 'csam' | 'qualification'>): boolean {
  return draft.csam || qualificationIsLinkOnly(draft.qualification);
}

/** The platform data that the addresses alone give (no page read): the registry's `detectPlatform(url, pageUrl, null)`. */
export type PlatformFromAddresses = (url: string, pageUrl: string) => PlatformData | null;

/** An address with any `data:` / `blob:` payload replaced by its length (see `redactInlineUrl`). */
const address = (url: string) => redactInlineUrl(url);
const optionalAddress = (url: string | undefined) => (url === undefined ? undefined : address(url));

/**
 * The report as a link-only report may hold it: addresses (with no `data:` / `blob:` payload in
 * any of them: such a URL carries the content itself), times and the user's own answers and
 * words. Dropped: the page's claims (title, meta, JSON-LD, selection), the selected text, the
 * tab's title, and everything a platform extractor read in the page (author names…): the platform
 * is recomputed from the addresses alone. `mode` becomes `url-only`; `csam` is kept or set by the
 * answers, never removed. Artefacts are not part of a draft: the repository deletes them in the
 * same transaction.
 */
export function toLinkOnly(draft: Draft, platformFromAddresses: PlatformFromAddresses): Draft {
  const { selectionText: _selection, ...target } = draft.target;
  const { tabTitle: _title, ...observed } = draft.observed;
  const url = address(target.url);
  const pageUrl = address(target.pageUrl);
  return {
    ...draft,
    mode: 'url-only',
    csam: draftIsCsam(draft),
    page: null,
    target: {
      ...target,
      url,
      pageUrl,
      linkUrl: optionalAddress(target.linkUrl),
      srcUrl: optionalAddress(target.srcUrl),
      frameUrl: optionalAddress(target.frameUrl),
      normalizedUrl: address(target.normalizedUrl),
    },
    observed: { ...observed, tabUrl: address(observed.tabUrl) },
    platform: platformFromAddresses(url, pageUrl),
  };
}
