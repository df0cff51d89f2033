import { optionalWebUrl, pageText, z } from '@/utils/zod';

/**
 * What the report records about the platform serving the reported content. The platform
 * registry and its extractors (`utils/platforms/`) produce it; the draft stores it.
 */
export const contentTypes = [
  'video',
  'short-video',
  'post',
  'comment',
  'profile',
  'channel',
  'live-stream',
  'message',
  'listing',
  'product',
  'group',
  'other',
] as const;

/** Where a field's value came from: the URL itself, or one kind of page claim. */
export const fieldSources = [
  /** The reported URL (or the page URL): the address states it. */
  'url',
  /** `<link rel="canonical">`. */
  'canonical',
  /** `<meta>` tags (og:, twitter:, article:, itemprop). */
  'meta',
  /** A JSON-LD block. */
  'json-ld',
  /** The page's embedded application state (`<script type="application/json">`, inline state). */
  'embedded-state',
  /** Other markup: `<time datetime>`, author links, platform elements and attributes. */
  'markup',
  /** Read out of a human-readable text (title, description): the weakest kind. */
  'text',
  /**
   * Computed by Vigie from the content's id (X, TikTok and Discord ids encode their creation
   * time), not stated by the page: used only when the page states no time. Added after the first
   * drafts; older ones simply never have it.
   */
  'derived-from-id',
] as const;
export const confidences = ['high', 'medium', 'low'] as const;
/** The fields whose origin is recorded. */
export const provenanceFields = [
  'permalink',
  'contentId',
  'contentType',
  'authorHandle',
  'authorName',
  'authorUrl',
  'publishedAt',
] as const;
export type FieldSource = (typeof fieldSources)[number];
export type Confidence = (typeof confidences)[number];
export type ProvenanceField = (typeof provenanceFields)[number];

const provenanceEntry = z
  .object({ source: z.enum(fieldSources), confidence: z.enum(confidences) })
  .optional()
  .catch(undefined);
/**
 * For each field filled, its source and how far to trust it. Optional: drafts from before it
 * exist stay valid. Fixed keys and enum values only: bounded by construction.
 */
export const provenanceSchema = z.object({
  permalink: provenanceEntry,
  contentId: provenanceEntry,
  contentType: provenanceEntry,
  authorHandle: provenanceEntry,
  authorName: provenanceEntry,
  authorUrl: provenanceEntry,
  publishedAt: provenanceEntry,
});
export type Provenance = z.output<typeof provenanceSchema>;
export type ProvenanceEntry = NonNullable<Provenance[ProvenanceField]>;

/**
 * What a platform extractor found. Every field is optional: pages expose what they expose.
 * Texts may come from the page: their bidi controls are removed (`pageText`).
 */
export const platformDataSchema = z.object({
  platformId: z.string().max(40),
  platformName: pageText(80),
  contentType: z.enum(contentTypes).optional().catch(undefined),
  permalink: optionalWebUrl(),
  contentId: pageText(200).optional().catch(undefined),
  authorHandle: pageText(200).optional().catch(undefined),
  authorName: pageText(200).optional().catch(undefined),
  authorUrl: optionalWebUrl(),
  /**
   * When the content was published, as the platform's page states it: an ISO 8601 date-time with
   * its offset, or a day (`YYYY-MM-DD`). Checked again against the capture time when used.
   */
  publishedAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .optional()
    .catch(undefined),
  /** Where each field came from (see `fieldSources`) and with what confidence. */
  provenance: provenanceSchema.optional().catch(undefined),
});
export type PlatformData = z.output<typeof platformDataSchema>;
