import type { PageFacts } from '@/utils/report/page-facts';
import type { PlatformData } from '@/utils/report/platform-data';

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
  /**
   * For a platform without a domain list (Mastodon: any instance), recognises its pages by their
   * markup. Asked only when no domain matched, for a URL on the page's own host.
   */
  detect?(facts: PageFacts, pageUrl: URL): boolean;
}
