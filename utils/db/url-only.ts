/**
 * What a link-only (URL-only) draft may hold, as pure functions the repository applies inside
 * its transactions. A link-only draft keeps addresses and times, nothing the page showed or said.
 */
import { isLinkOnly } from '@/utils/qualify/link-only';
import { isCategoryId } from '@/utils/qualify/taxonomy';
import { detectPlatform } from '@/utils/platforms/registry';
import type { Draft, Qualification } from '@/utils/report/draft';

/**
 * Do these answers make the report link-only? Only a known category can; an unanswered "minor"
 * question (`null`) counts as "no" until it is answered.
 */
export function qualificationIsLinkOnly(q: Pick<Qualification, 'categoryId' | 'minor'>): boolean {
  return q.categoryId !== null && isCategoryId(q.categoryId) && isLinkOnly(q.categoryId, q.minor === true);
}

/**
 * The draft without anything read from the page: the page's claims (title, meta, JSON-LD,
 * selection), the selected text, the tab's title, and whatever the platform extractor found in
 * the page (author names…): the platform is recomputed from the addresses alone.
 * Addresses, times and the user's answers are kept.
 */
export function withoutPageDerived(draft: Draft): Draft {
  const { selectionText: _selection, ...target } = draft.target;
  const { tabTitle: _title, ...observed } = draft.observed;
  return {
    ...draft,
    page: null,
    target,
    observed,
    platform: detectPlatform(draft.target.url, draft.target.pageUrl, null),
  };
}
