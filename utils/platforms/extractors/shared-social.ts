/**
 * Helpers shared by the extractors of the newer platforms (Threads, Bluesky, Mastodon, Dailymotion,
 * Vimeo, Wish and the marketplace upgrades). They only build on the public API of `common.ts`.
 *
 * The rule they enforce: a page claim is used only when it is about the reported content. A
 * platform's `refine` already runs only when the page's own URL claims (og:url, canonical) agree
 * with the reported URL; JSON-LD objects can still describe something else (a recommended video, a
 * quoted post), so they are used only when they name the content by URL, or name no URL at all and
 * are the only object of their kind on the page.
 */
import { z } from '@/utils/zod';
import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import { withinPublicationBounds } from '@/utils/report/publication-bounds';
import { isRecord, jsonLdObjects, matchDomain, toWebUrl, type Fields, type PlatformSpec } from './common';

type Json = Record<string, unknown>;
/** Reads a URL claim with the platform's own parser; claims pointing off the platform give nothing. */
export type Reader = (value: unknown) => Fields | undefined;

export function readerFor(spec: Pick<PlatformSpec, 'parse'>, domains: readonly string[]): Reader {
  return (value) => {
    const url = toWebUrl(value);
    const domain = url && matchDomain(url.hostname, domains);
    return url && domain ? spec.parse(url, domain) : undefined;
  };
}

/** The two readings designate the same content (same id and type, or the same permalink when there is no id). */
export function sameContent(a: Fields | undefined, b: Fields): boolean {
  if (!a) return false;
  if (a.contentId !== undefined || b.contentId !== undefined)
    return a.contentId === b.contentId && a.contentType === b.contentType;
  return a.permalink !== undefined && a.permalink === b.permalink;
}

const dateTime = z.iso.datetime({ offset: true });
const dateOnly = z.iso.date();

/**
 * A publication time as a page states it: an ISO 8601 date-time with its offset (returned in UTC)
 * or a day (`YYYY-MM-DD`). Anything else — no zone, free text, overlong, outside the publication
 * bounds (`withinPublicationBounds`: 1990 to 2100 here) — gives `undefined`. `publicationOf` checks it again against the capture time.
 */
export function statedTime(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const s = value.trim();
  if (dateTime.safeParse(s).success) {
    const t = Date.parse(s);
    return withinPublicationBounds(t) ? new Date(t).toISOString() : undefined;
  }
  if (dateOnly.safeParse(s).success) {
    const t = Date.parse(`${s}T00:00:00Z`);
    return withinPublicationBounds(t) && new Date(t).toISOString().slice(0, 10) === s ? s : undefined;
  }
  return undefined;
}

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v.slice(0, 20) : [v]).flatMap((s) =>
    typeof s === 'string' ? [s] : isRecord(s) && typeof s['@id'] === 'string' ? [s['@id']] : [],
  );

/** The URLs a JSON-LD object says it is: `url`, `@id`, `mainEntityOfPage`, `embedUrl`. */
function ownUrls(o: Json): string[] {
  return [...strings(o.url), ...strings(o['@id']), ...strings(o.mainEntityOfPage), ...strings(o.embedUrl)].filter(
    (u) => toWebUrl(u) !== undefined,
  );
}

const typesOf = (o: Json) => strings(o['@type']);

/**
 * The JSON-LD objects of one of `types` that are about the content `fields` describes: those whose
 * URLs read as that content (and none as other content), or — when no object of these types names
 * a URL — the single object of these types on the page.
 */
export function jsonLdAbout(facts: PageFacts, types: readonly string[], fields: Fields, read: Reader): Json[] {
  const objects = jsonLdObjects(facts)
    .slice(0, 50)
    .filter((o) => typesOf(o).some((t) => types.includes(t)));
  const named = objects.filter((o) => ownUrls(o).length > 0);
  const about = named.filter((o) => {
    const readings = ownUrls(o).map(read);
    return readings.some((r) => sameContent(r, fields)) && readings.every((r) => !r || sameContent(r, fields));
  });
  if (about.length > 0) return about;
  const anonymous = objects.filter((o) => ownUrls(o).length === 0);
  return named.length === 0 && anonymous.length === 1 ? anonymous : [];
}

/** Meta keys that date the page's main content (lower-cased at capture). */
const PUBLISHED_META = ['article:published_time', 'og:published_time', 'og:video:release_date', 'video:release_date'];
const PUBLISHED_JSON_LD = ['datePublished', 'uploadDate', 'dateCreated'];

/**
 * When the content was published, as the page states it: its dated meta tags (the page is about
 * the content: `refine` only runs then), else the JSON-LD objects about it. Profiles and channels
 * have no publication time.
 */
export function publishedTime(
  facts: PageFacts,
  fields: Fields,
  read: Reader,
  types: readonly string[],
): string | undefined {
  if (!fields.contentType || fields.contentType === 'profile' || fields.contentType === 'channel') return undefined;
  for (const key of PUBLISHED_META) {
    const found = statedTime(metaValue(facts, key));
    if (found) return found;
  }
  for (const o of jsonLdAbout(facts, types, fields, read)) {
    for (const key of PUBLISHED_JSON_LD) {
      const found = statedTime(o[key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** `{ ...fields, publishedAt }` when the page states a publication time for the content. */
export function withPublished(fields: Fields, facts: PageFacts, read: Reader, types: readonly string[]): Fields {
  const publishedAt = fields.publishedAt ?? publishedTime(facts, fields, read, types);
  return publishedAt ? { ...fields, publishedAt } : fields;
}

/** The author object of a JSON-LD object (`author`, `creator`, a product's `seller`), if it is an object. */
export function jsonLdAuthor(o: Json | undefined): Json | undefined {
  const offers = Array.isArray(o?.offers) ? o.offers[0] : o?.offers;
  for (const value of [o?.author, o?.creator, o?.seller, isRecord(offers) ? offers.seller : undefined]) {
    const first = Array.isArray(value) ? value[0] : value;
    if (isRecord(first)) return first;
  }
  return undefined;
}

const AUTHOR_FIELDS = ['authorHandle', 'authorUrl', 'authorName', 'authorId'] as const;

/**
 * Keeps the author the generic pass found only if the URL itself names it, or the page says it is
 * this content's author: the author of a JSON-LD object about the content, a URL claim (og:url,
 * canonical) about the same content naming it, or the page's `rel="author"` link. An author taken
 * from a JSON-LD object about other content (a recommended video, another product) is dropped.
 * `refine` only runs when the page is about the reported content, so the page's own address
 * (`facts.url`) designates the same content as the reported URL.
 */
export function withConfirmedAuthor(fields: Fields, facts: PageFacts, read: Reader, types: readonly string[]): Fields {
  if (!fields.authorHandle && !fields.authorUrl && !fields.authorId) return fields;
  const same = (f: Fields | undefined) =>
    !!f &&
    ((!!f.authorUrl && f.authorUrl === fields.authorUrl) ||
      (!!f.authorId && f.authorId === fields.authorId) ||
      (!!f.authorHandle && f.authorHandle.toLowerCase() === fields.authorHandle?.toLowerCase()));
  const own = read(facts.url);
  if (own && (own.authorHandle || own.authorUrl)) return fields;
  const claimed = [metaValue(facts, 'og:url'), facts.canonical, metaValue(facts, 'twitter:url')]
    .map(read)
    .some((c) => !!c && sameContent(c, fields) && same(c));
  const stated = jsonLdAbout(facts, types, fields, read).some((o) => {
    const author = jsonLdAuthor(o);
    return !!author && [...strings(author.url), ...strings(author['@id'])].some((u) => same(read(u)));
  });
  const linked = facts.links.some((l) => l.rel.split(/\s+/).includes('author') && same(read(l.href)));
  if (claimed || stated || linked) return fields;
  const out = { ...fields };
  for (const key of AUTHOR_FIELDS) delete out[key];
  return out;
}
