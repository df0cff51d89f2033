import type { Artefact } from '@/utils/report/draft';
import { CaptureError } from './errors';

/**
 * The most Vigie stores of each kind of artefact, in bytes (decimal MB, as the composer shows
 * sizes). Every page is hostile: one report once stored a 250 MB MHTML, and a 200,000-node page
 * or a 5 MB title made ~45 MB of JSON and HTML. Beyond its limit, an artefact is not stored (the
 * DOM snapshot is cut and marked instead) and the draft records a `too-large` problem that states
 * the limit. Chosen well above what real pages make, well below what fills a disk:
 * - MHTML 50 MB: a long, image-heavy article is 5–20 MB;
 * - DOM snapshot 10 MB: the HTML of even very long threads;
 * - facts 1 MB: the facts are themselves bounded at collection (collect-page-facts.ts);
 * - one screenshot or full-page part 20 MB: a 16,000 px tall PNG of busy content is ~10 MB.
 */
export const MAX_ARTEFACT_BYTES = {
  mhtml: 50_000_000,
  'dom-snapshot': 10_000_000,
  facts: 1_000_000,
  screenshot: 20_000_000,
  'full-page': 20_000_000,
} as const satisfies Record<Artefact['kind'], number>;

/**
 * The detail of a `too-large` problem; utils/format/labels.ts reads the kind and the limit back.
 * `size` is 'over' when it is not known (serialising stopped at the limit).
 */
export const tooLargeDetail = (kind: Artefact['kind'], size: number | 'over', limit: number) =>
  `${kind}: ${size === 'over' ? `over ${limit}` : size} bytes, limit ${limit} bytes`;

/** Throws `CaptureError('too-large')` when `size` bytes of `kind` exceed their limit. */
export function assertWithinLimit(kind: Artefact['kind'], size: number): void {
  const limit = MAX_ARTEFACT_BYTES[kind];
  if (size > limit) throw new CaptureError('too-large', tooLargeDetail(kind, size, limit));
}
