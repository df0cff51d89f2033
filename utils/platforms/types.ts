import { boundedText, optionalWebUrl, z } from '@/utils/zod';
import type { PageFacts } from '@/utils/capture/page-facts';

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

/** What a platform extractor found. Every field is optional: pages expose what they expose. */
export const platformDataSchema = z.object({
  platformId: z.string().max(40),
  platformName: boundedText(80),
  contentType: z.enum(contentTypes).optional().catch(undefined),
  permalink: optionalWebUrl(),
  contentId: boundedText(200).optional().catch(undefined),
  authorHandle: boundedText(200).optional().catch(undefined),
  authorName: boundedText(200).optional().catch(undefined),
  authorUrl: optionalWebUrl(),
});
export type PlatformData = z.output<typeof platformDataSchema>;

/** The input every extractor gets: the URL being reported (parsed) and the page's claims, if any. */
export interface ExtractInput {
  /** The URL of the reported content: link or media URL for a link/media report, else the page URL. */
  url: URL;
  /** The page's own URL as the browser saw it. */
  pageUrl: URL;
  /** Page claims; `null` for URL-only reports or pages that could not be read. */
  facts: PageFacts | null;
}

export type ExtractedFields = Omit<PlatformData, 'platformId' | 'platformName'>;
export type Extractor = (input: ExtractInput) => ExtractedFields;

/** One registry entry. Data first; `extract` only where the platform truly needs code. */
export interface PlatformEntry {
  id: string;
  name: string;
  /** Registrable domains served by the platform; subdomains match too. */
  domains: readonly string[];
  extract: Extractor;
}
