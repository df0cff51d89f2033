/**
 * What a link-only (URL-only) draft may hold, as pure functions the repository applies inside
 * its transactions. A link-only draft keeps addresses and times, nothing the page showed or said.
 */
import { detectPlatform } from '@/utils/platforms/registry';
import type { Draft } from '@/utils/report/draft';

/** The CSAM rule read from the answers (one definition, in `utils/qualify/link-only.ts`). */
export { qualificationIsLinkOnly } from '@/utils/qualify/link-only';

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
