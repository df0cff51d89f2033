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
});
export type PlatformData = z.output<typeof platformDataSchema>;
