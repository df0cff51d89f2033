/**
 * What an extractor works with: the fields one URL or claim gives, with their sources, and the
 * platform spec (`parse`, `refine`) that `makeExtractor` turns into an extractor.
 */
import type { PageFacts } from '@/utils/report/page-facts';
import type { ProvenanceEntry, ProvenanceField } from '@/utils/report/platform-data';
import type { ExtractedFields } from '@/utils/platforms/types';

/** For each field, where it came from (see `from`/`fill`). */
export type Sources = Partial<Record<ProvenanceField, ProvenanceEntry>>;

/**
 * What one URL (or one page claim) says. `authorId` (a numeric or opaque author id) is internal:
 * used to match claims. `sources` (optional) states where fields came from; a field a `refine`
 * adds or changes without stating it is recorded as `markup`, confidence `medium`.
 */
export type Fields = Omit<ExtractedFields, 'provenance'> & { authorId?: string; sources?: Sources };

export interface PlatformSpec {
  /**
   * Reads one URL already known to be on the platform (`domain` is the registry domain it
   * matched, e.g. `amazon.fr`). Returns `undefined` when the path designates nothing specific.
   * Must validate every id and handle it derives.
   */
  parse(url: URL, domain: string): Fields | undefined;
  /** A content page's profile links point at its author (one seller per listing). Off by default. */
  authorAnchors?: boolean;
  /**
   * Platform-specific use of the page claims, after the generic pass (only when claims are about
   * the URL). Returns the fields; those it adds or changes are recorded with the source it states
   * in `sources` (see `fill`/`from`), else as `markup`/`medium`.
   */
  refine?(fields: Fields, facts: PageFacts): Fields;
  /**
   * Whether two content ids of this platform are of the same kind, so that different values mean
   * different content. A platform with two id schemes for one item (Facebook's numeric post ids
   * and `pfbid…`) says `false` across schemes: such a claim is then neither a conflict nor a
   * match by id. Always `true` when absent.
   */
  comparableIds?(a: string, b: string): boolean;
}

/** Compares content ids the way the platform allows (see `PlatformSpec.comparableIds`). */
export type Comparable = (a: string, b: string) => boolean;
export const ALWAYS: Comparable = () => true;
