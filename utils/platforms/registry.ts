/**
 * The platforms Vigie recognises, as data: id, display name, domains (subdomains match too)
 * and the extractor built from the platform's URL reader (`extractors/<platform>.ts`).
 */
import type { PageFacts } from '@/utils/report/page-facts';
import { makeExtractor, matchDomain, toWebUrl, type PlatformSpec } from './extractors/common';
import { amazon } from './extractors/amazon';
import { discord } from './extractors/discord';
import { facebook } from './extractors/facebook';
import { instagram } from './extractors/instagram';
import { kick } from './extractors/kick';
import { leboncoin } from './extractors/leboncoin';
import { reddit } from './extractors/reddit';
import { telegram } from './extractors/telegram';
import { tiktok } from './extractors/tiktok';
import { twitch } from './extractors/twitch';
import { vinted } from './extractors/vinted';
import { x } from './extractors/x';
import { youtube } from './extractors/youtube';
import { snapchat } from './extractors/snapchat';
import { linkedin } from './extractors/linkedin';
import { pinterest } from './extractors/pinterest';
import { aliexpress } from './extractors/aliexpress';
import { temu } from './extractors/temu';
import { shein } from './extractors/shein';
import { threads, THREADS_DOMAINS } from './extractors/threads';
import { isMastodonPage, mastodonExtract } from './extractors/mastodon';
import { bluesky, BLUESKY_DOMAINS } from './extractors/bluesky';
import { dailymotion, DAILYMOTION_DOMAINS } from './extractors/dailymotion';
import { vimeo, VIMEO_DOMAINS } from './extractors/vimeo';
import { wish, WISH_DOMAINS } from './extractors/wish';
import { platformDataSchema, type PlatformData } from '@/utils/report/platform-data';
import type { ExtractedFields, PlatformEntry } from './types';

const entry = (id: string, name: string, domains: readonly string[], spec: PlatformSpec): PlatformEntry => ({
  id,
  name,
  domains,
  extract: makeExtractor(spec, domains),
});

const AMAZON_DOMAINS = [
  'amazon.fr',
  'amazon.com',
  'amazon.de',
  'amazon.co.uk',
  'amazon.it',
  'amazon.es',
  'amazon.nl',
  'amazon.be',
  'amazon.se',
  'amazon.pl',
  'amazon.ie',
  'amazon.com.be',
  'amazon.ca',
  'amazon.com.mx',
  'amazon.com.br',
  'amazon.co.jp',
  'amazon.in',
  'amazon.com.au',
  'amazon.com.tr',
  'amazon.ae',
  'amazon.sa',
  'amazon.sg',
  'amazon.eg',
  'amzn.to',
  'amzn.eu',
  'a.co',
];
const VINTED_DOMAINS = [
  'vinted.fr',
  'vinted.com',
  'vinted.be',
  'vinted.de',
  'vinted.es',
  'vinted.it',
  'vinted.nl',
  'vinted.pl',
  'vinted.lt',
  'vinted.cz',
  'vinted.co.uk',
  'vinted.at',
  'vinted.lu',
  'vinted.pt',
  'vinted.se',
  'vinted.sk',
  'vinted.hu',
  'vinted.ro',
  'vinted.fi',
  'vinted.dk',
  'vinted.gr',
  'vinted.hr',
  'vinted.ie',
];
/** Pinterest's main country sites (others redirect to one of these); subdomains such as fr.pinterest.com match too. */
const PINTEREST_DOMAINS = [
  'pinterest.com',
  'pinterest.fr',
  'pinterest.de',
  'pinterest.co.uk',
  'pinterest.es',
  'pinterest.it',
  'pinterest.at',
  'pinterest.ch',
  'pinterest.pt',
  'pinterest.ie',
  'pinterest.se',
  'pinterest.dk',
  'pinterest.ca',
  'pinterest.com.mx',
  'pinterest.com.au',
  'pinterest.nz',
  'pinterest.jp',
  'pin.it',
];

export const platforms: readonly PlatformEntry[] = [
  entry('youtube', 'YouTube', ['youtube.com', 'youtu.be', 'youtube-nocookie.com'], youtube),
  entry('x', 'X (Twitter)', ['x.com', 'twitter.com'], x),
  entry('tiktok', 'TikTok', ['tiktok.com'], tiktok),
  entry('instagram', 'Instagram', ['instagram.com', 'instagr.am'], instagram),
  entry('facebook', 'Facebook', ['facebook.com', 'fb.com', 'fb.watch'], facebook),
  entry('twitch', 'Twitch', ['twitch.tv'], twitch),
  entry('kick', 'Kick', ['kick.com'], kick),
  entry('telegram', 'Telegram', ['t.me', 'telegram.me', 'telegram.org'], telegram),
  entry('reddit', 'Reddit', ['reddit.com', 'redd.it'], reddit),
  entry('discord', 'Discord', ['discord.com', 'discordapp.com', 'discord.gg'], discord),
  entry('vinted', 'Vinted', VINTED_DOMAINS, vinted),
  entry('leboncoin', 'Leboncoin', ['leboncoin.fr'], leboncoin),
  entry('amazon', 'Amazon', AMAZON_DOMAINS, amazon),
  entry('snapchat', 'Snapchat', ['snapchat.com'], snapchat),
  entry('linkedin', 'LinkedIn', ['linkedin.com', 'lnkd.in'], linkedin),
  entry('pinterest', 'Pinterest', PINTEREST_DOMAINS, pinterest),
  // aliexpress.ru is run by a separate company (AliExpress Russia): not included.
  entry('aliexpress', 'AliExpress', ['aliexpress.com', 'aliexpress.us'], aliexpress),
  entry('temu', 'Temu', ['temu.com'], temu),
  entry('shein', 'Shein', ['shein.com'], shein),
  entry('threads', 'Threads', THREADS_DOMAINS, threads),
  // Any instance: no domains, recognised by its page markup (`detect`).
  { id: 'mastodon', name: 'Mastodon', domains: [], detect: isMastodonPage, extract: mastodonExtract },
  entry('bluesky', 'Bluesky', BLUESKY_DOMAINS, bluesky),
  entry('dailymotion', 'Dailymotion', DAILYMOTION_DOMAINS, dailymotion),
  entry('vimeo', 'Vimeo', VIMEO_DOMAINS, vimeo),
  entry('wish', 'Wish', WISH_DOMAINS, wish),
];

/** The platform serving `url` (its host is one of the domains or a subdomain), if any. */
export function platformForUrl(url: URL): PlatformEntry | undefined {
  return platforms.find((p) => matchDomain(url.hostname, p.domains) !== undefined);
}

/** A platform recognised by its page markup rather than its domain (`detect`), for a URL on the page's host. */
function platformByPage(url: URL, page: URL | undefined, facts: PageFacts | null): PlatformEntry | undefined {
  if (!facts || !page || url.hostname.toLowerCase() !== page.hostname.toLowerCase()) return undefined;
  return platforms.find((p) => {
    try {
      return p.detect?.(facts, page) === true;
    } catch {
      return false;
    }
  });
}

/** Only a cleaned-up copy of the URL itself: nothing specific was recognised (media hosts, site sections). */
const isWeak = (f: ExtractedFields) => !f.contentType && !f.contentId && !f.authorHandle && !f.authorUrl;

/**
 * The most one extractor may take on one candidate, in milliseconds. Inputs are bounded (page facts
 * are cut at collection and validation), so a healthy extractor takes well under a millisecond;
 * a result that took longer is refused (a catastrophic pattern, a runaway walk).
 */
export const EXTRACT_BUDGET_MS = 250;

/** Why an extractor gave nothing from the page: it threw, or it ran over its budget. */
export interface ExtractionFailure {
  platformId: string;
  reason: 'threw' | 'slow';
}

type Clock = () => number;
const defaultClock: Clock = () => performance.now();

/**
 * The fields an extractor gives, or its failure: a throw, or a result over the time budget twice
 * in a row (once may be a garbage-collection pause or a busy machine; twice is the extractor).
 */
function attempt(
  platform: PlatformEntry,
  input: Parameters<PlatformEntry['extract']>[0],
  clock: Clock,
): ExtractedFields | ExtractionFailure {
  try {
    for (let tries = 0; tries < 2; tries++) {
      const started = clock();
      const fields = platform.extract(input);
      if (clock() - started <= EXTRACT_BUDGET_MS) return fields;
    }
    return { platformId: platform.id, reason: 'slow' };
  } catch {
    return { platformId: platform.id, reason: 'threw' };
  }
}
const isFailure = (r: ExtractedFields | ExtractionFailure): r is ExtractionFailure =>
  'reason' in r && 'platformId' in r;

function run(
  platform: PlatformEntry,
  url: URL,
  pageUrl: URL,
  facts: PageFacts | null,
  clock: Clock,
  failures: ExtractionFailure[],
): PlatformData {
  let result = attempt(platform, { url, pageUrl, facts }, clock);
  if (isFailure(result)) {
    const failure = result;
    const known = failures.some((f) => f.platformId === failure.platformId && f.reason === failure.reason);
    if (!known) failures.push(failure);
    // What the address alone says is still worth keeping (and the URL reader is small and bounded).
    const urlOnly = facts === null ? result : attempt(platform, { url, pageUrl, facts: null }, clock);
    result = isFailure(urlOnly) ? {} : urlOnly;
  }
  const parsed = platformDataSchema.safeParse({ ...result, platformId: platform.id, platformName: platform.name });
  return parsed.success ? parsed.data : { platformId: platform.id, platformName: platform.name };
}

/**
 * Detects the platform of a report and extracts what it exposes. The reported URL (link or media)
 * comes first; then, for a link/media report, the link enclosing the media on the page (on feeds,
 * the post's permalink); then the page URL. A candidate that only yields its own URL (a media host
 * of the platform, an unknown section) gives way to a later candidate on the same platform.
 */
export function detectPlatform(urlString: string, pageUrl: string, facts: PageFacts | null): PlatformData | null {
  return extractPlatform(urlString, pageUrl, facts).data;
}

/**
 * `detectPlatform`, with the extractors that failed on the page (threw, or ran over
 * `EXTRACT_BUDGET_MS`): their data falls back to what the URL alone says. Never throws.
 */
export function extractPlatform(
  urlString: string,
  pageUrl: string,
  facts: PageFacts | null,
  clock: Clock = defaultClock,
): { data: PlatformData | null; failures: ExtractionFailure[] } {
  const failures: ExtractionFailure[] = [];
  try {
    return { data: detect(urlString, pageUrl, facts, clock, failures), failures };
  } catch {
    // Only the shared machinery around the extractors is left to fail here.
    return { data: null, failures: [...failures, { platformId: 'unknown', reason: 'threw' }] };
  }
}

function detect(
  urlString: string,
  pageUrl: string,
  facts: PageFacts | null,
  clock: Clock,
  failures: ExtractionFailure[],
): PlatformData | null {
  const page = toWebUrl(pageUrl);
  const reported = toWebUrl(urlString);
  // A media report may carry a non-web URL (blob:, data:): its enclosing link still counts.
  const isPageReport = urlString === pageUrl || (reported !== undefined && reported.href === page?.href);
  const candidates = [reported, isPageReport ? undefined : toWebUrl(facts?.target?.enclosingHref), page].filter(
    (u): u is URL => u !== undefined,
  );

  let weak: { platform: PlatformEntry; data: PlatformData } | undefined;
  for (const url of candidates) {
    const platform = platformForUrl(url) ?? platformByPage(url, page, facts);
    if (!platform || (weak && weak.platform !== platform)) continue;
    const data = run(platform, url, page ?? url, facts, clock, failures);
    if (!isWeak(data)) return data;
    weak ??= { platform, data };
  }
  return weak?.data ?? null;
}
