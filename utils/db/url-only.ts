/**
 * The link-only rule as the repository applies it (the rule and the transformation themselves are
 * in `utils/qualify/link-only.ts`), with the platform registry that recomputes a link-only
 * report's platform data from its addresses alone. Loaded on the first write (see drafts-repo).
 */
import { detectPlatform } from '@/utils/platforms/registry';
import type { Draft } from '@/utils/report/draft';
import { draftIsLinkOnly, toLinkOnly } from '@/utils/qualify/link-only';

export { draftIsLinkOnly };

/** `toLinkOnly` with the registry's address-only platform detection. */
export function linkOnlyDraft(draft: Draft): Draft {
  return toLinkOnly(draft, (url, pageUrl) => detectPlatform(url, pageUrl, null));
}
