/**
 * When the reported content was published, as far as Vigie can tell: the ONE derivation every
 * consumer calls (composer, pack, form filler, PDF, package, limitation countdown). Pure.
 *
 * Order: the user's own answer (`narrative.publishedAt`) wins; then the platform data, if its
 * extractor found a time; then the page's claim, read once, at capture (`pagePublishedAt`, stored
 * as `page.publishedAt`; drafts stored before that field existed are read from their page facts,
 * `legacyPageClaim`, the same way as before). The page's claim is its meta tags
 * (`article:published_time`, `og:video:release_date`…), then its JSON-LD (`datePublished`,
 * `uploadDate`, `dateCreated`). Page claims are hostile: JSON-LD blocks are already bounded at
 * capture, parsed with `JSON.parse` behind a try, walked a bounded number of nodes, and every
 * candidate value is validated by zod; anything unparsable, ambiguous (a time without a zone) or
 * outside the bounds of `publication-bounds.ts` (before 1990, after the capture + 24 h) is ignored.
 */
import { z } from '@/utils/zod';
import { jsonLdObjects } from './json-ld';
import { withinPublicationBounds } from './publication-bounds';
import type { Draft } from './draft';
import type { PageFacts } from './page-facts';

export interface Publication {
  /** ISO 8601 (UTC) date-time, or `YYYY-MM-DD` when the source gives a day only. */
  value: string;
  source: 'page' | 'platform' | 'user';
}

/** Meta keys that carry a publication time, most specific first (keys are lower-cased at capture). */
export const PUBLISHED_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'og:video:release_date',
  'video:release_date',
  'music:release_date',
  'datepublished',
  'uploaddate',
  'datecreated',
] as const;
const JSON_LD_KEYS = ['datePublished', 'uploadDate', 'dateCreated'] as const;

const dateTime = z.iso.datetime({ offset: true });
const dateOnly = z.iso.date();
const candidate = z.string().trim().max(64);

/** A publication time read from untrusted text, normalised, or `null`. */
export function parsePublished(value: unknown, capturedAt: string): string | null {
  const text = candidate.safeParse(value);
  if (!text.success) return null;
  if (dateTime.safeParse(text.data).success) {
    const t = Date.parse(text.data);
    return withinPublicationBounds(t, capturedAt) ? new Date(t).toISOString() : null;
  }
  if (dateOnly.safeParse(text.data).success) {
    const t = Date.parse(`${text.data}T00:00:00Z`);
    return withinPublicationBounds(t, capturedAt) ? text.data : null;
  }
  return null;
}

const jsonLdDates = z.object(
  Object.fromEntries(JSON_LD_KEYS.map((k) => [k, z.unknown().optional()])) as Record<
    (typeof JSON_LD_KEYS)[number],
    z.ZodOptional<z.ZodUnknown>
  >,
);
/** How many JSON-LD objects are looked at (top level and their main entity). */
const MAX_OBJECTS = 50;

/**
 * The page's own claim of its publication time (meta keys first, then JSON-LD), bounded by the
 * capture time, or `null`. Called at capture (and for drafts stored before, by `publicationOf`).
 */
export function pagePublishedAt(page: Pick<PageFacts, 'meta' | 'jsonLd'>, capturedAt: string): string | null {
  for (const key of PUBLISHED_META_KEYS) {
    for (const m of page.meta) {
      if (m.key !== key) continue;
      const found = parsePublished(m.value, capturedAt);
      if (found) return found;
    }
  }
  const objects = jsonLdObjects(page).slice(0, MAX_OBJECTS);
  const withEntities = objects.flatMap((o) => {
    const main = o.mainEntity ?? o.mainEntityOfPage;
    return typeof main === 'object' && main !== null && !Array.isArray(main) ? [o, main] : [o];
  });
  for (const object of withEntities.slice(0, MAX_OBJECTS)) {
    const dates = jsonLdDates.safeParse(object);
    if (!dates.success) continue;
    for (const key of JSON_LD_KEYS) {
      const found = parsePublished(dates.data[key], capturedAt);
      if (found) return found;
    }
  }
  return null;
}

/** The extractor's `publishedAt`, validated like any page claim (it comes from the page too). */
function fromPlatform(draft: Pick<Draft, 'platform' | 'observed'>): string | null {
  return draft.platform ? parsePublished(draft.platform.publishedAt, draft.observed.capturedAt) : null;
}

/**
 * The page's claim as the capture stored it, checked again. Drafts stored before the capture
 * derived it (`page.publishedAt` absent) are read the old way, from their page facts: the one
 * legacy fallback, which gives them the same time as before.
 */
function fromPage(draft: Pick<Draft, 'page' | 'observed'>): string | null {
  const page = draft.page;
  if (!page) return null;
  const capturedAt = draft.observed.capturedAt;
  if (page.publishedAt === undefined) return legacyPageClaim(page, capturedAt);
  return page.publishedAt === null ? null : parsePublished(page.publishedAt, capturedAt);
}

/** A draft stored before `page.publishedAt` existed: its claim read from the facts it keeps. */
const legacyPageClaim = (page: Pick<PageFacts, 'meta' | 'jsonLd'>, capturedAt: string) =>
  pagePublishedAt(page, capturedAt);

/** The publication time: the user's own answer, else the platform's, else the page's claim; `null` when none. */
export function publicationOf(draft: Pick<Draft, 'narrative' | 'platform' | 'page' | 'observed'>): Publication | null {
  const own = draft.narrative.publishedAt;
  if (own) {
    const time = Date.parse(own);
    if (!Number.isNaN(time))
      return { value: new Date(time).toISOString(), source: draft.narrative.publishedAtSource ?? 'user' };
  }
  const platform = fromPlatform(draft);
  if (platform) return { value: platform, source: 'platform' };
  const page = fromPage(draft);
  return page ? { value: page, source: 'page' } : null;
}
