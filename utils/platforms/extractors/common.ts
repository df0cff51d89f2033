/**
 * Shared machinery for platform extractors. A platform module only describes how to read one
 * of its URLs (`PlatformSpec.parse`); `makeExtractor` turns that into an `Extractor` that also
 * reads the page's claims (og:url, canonical, JSON-LD, link rels, anchors) to fill gaps, while
 * checking those claims against the URL so that stale or hostile page data cannot override it.
 */
import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import type { Confidence, FieldSource, ProvenanceEntry, ProvenanceField } from '@/utils/report/platform-data';
import type { ExtractedFields, Extractor } from '@/utils/platforms/types';

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
type Comparable = (a: string, b: string) => boolean;
const ALWAYS: Comparable = () => true;

// ---------------------------------------------------------------------------------------------
// URLs and hosts

export function normalizeHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** `hostname` is `domain` or one of its subdomains (never a look-alike such as `domain.evil.test`). */
export function hostMatches(hostname: string, domain: string): boolean {
  const host = normalizeHost(hostname);
  const d = normalizeHost(domain);
  return host === d || host.endsWith(`.${d}`);
}

/** The most specific registry domain `hostname` belongs to, if any. */
export function matchDomain(hostname: string, domains: readonly string[]): string | undefined {
  return domains
    .filter((d) => hostMatches(hostname, d))
    .sort((a, b) => b.length - a.length)[0]
    ?.toLowerCase();
}

/** Parses an absolute http(s) URL without credentials; anything else gives `undefined`. */
export function toWebUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length > 8192) return undefined;
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The URL without query, fragment or credentials. */
export function cleanUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Decoded, non-empty path segments. */
export function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Builds a clean URL from an origin, path segments (encoded here; `''` last gives a trailing slash) and params. */
export function link(origin: string, path: readonly string[], params: Record<string, string | undefined> = {}): string {
  const url = new URL(origin);
  const encode = (s: string) => encodeURIComponent(s).replace(/%40/g, '@').replace(/%2B/g, '+');
  url.pathname = `/${path.map(encode).join('/')}`;
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

/** `value` if it fully matches `pattern` (patterns are anchored), else `undefined`. */
export function valid(value: string | null | undefined, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/** Path segments that are site sections, not user names (shared by `/USER` style platforms). */
export function notReserved(segment: string | undefined, reserved: ReadonlySet<string>): string | undefined {
  return segment !== undefined && !reserved.has(segment.toLowerCase()) ? segment : undefined;
}

// ---------------------------------------------------------------------------------------------
// Provenance

/** How far each kind of source is trusted when an extractor does not say. */
export const DEFAULT_CONFIDENCE: Record<FieldSource, Confidence> = {
  url: 'high',
  canonical: 'high',
  'json-ld': 'high',
  meta: 'medium',
  'embedded-state': 'medium',
  markup: 'medium',
  text: 'low',
  'derived-from-id': 'medium',
};
/** The provenance of a field a `refine` returns without stating one. */
export const REFINE_DEFAULT: ProvenanceEntry = { source: 'markup', confidence: 'medium' };

const PROVENANCE_FIELDS: readonly ProvenanceField[] = [
  'permalink',
  'contentId',
  'contentType',
  'authorHandle',
  'authorName',
  'authorUrl',
  'publishedAt',
];

/** `values` (undefined ones dropped) stated as coming from `source`. */
export function from(source: FieldSource, values: Partial<Fields>, confidence?: Confidence): Fields {
  const out: Fields = {};
  const sources: Sources = {};
  const entry = { source, confidence: confidence ?? DEFAULT_CONFIDENCE[source] };
  for (const [key, value] of Object.entries(values) as [keyof Fields, unknown][]) {
    if (value === undefined || key === 'sources') continue;
    (out as Record<string, unknown>)[key] = value;
    if ((PROVENANCE_FIELDS as readonly string[]).includes(key)) sources[key as ProvenanceField] = entry;
  }
  return { ...out, sources };
}

/** `fields` with its missing fields filled from `values`, stated as coming from `source`. */
export function fill(fields: Fields, source: FieldSource, values: Partial<Fields>, confidence?: Confidence): Fields {
  const missing = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && (fields as Record<string, unknown>)[k] === undefined),
  ) as Partial<Fields>;
  const add = from(source, missing, confidence);
  return { ...fields, ...add, sources: { ...fields.sources, ...add.sources } };
}

// ---------------------------------------------------------------------------------------------
// Dates

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Publication times before this are not believed (a zero timestamp, a made-up date). */
const EARLIEST = Date.UTC(2000, 0, 1);

/**
 * A publication time as `publishedAt` stores it: an ISO 8601 date-time with its offset (fraction
 * cut to milliseconds, `+0000` written `+00:00`) or a day. Local times without an offset and
 * impossible dates give `undefined`. Accepts Unix timestamps (seconds or milliseconds) as numbers
 * or digit strings, written out in UTC.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    const ms = n < 1e11 ? n * 1000 : n;
    if (ms < EARLIEST || ms > Date.UTC(2100, 0, 1)) return undefined;
    return new Date(ms).toISOString();
  }
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const s = value.trim();
  if (ISO_DAY.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && d.getTime() >= EARLIEST ? s : undefined;
  }
  const m = ISO_DATE_TIME.exec(s);
  if (!m) return undefined;
  const [, day, clock, fraction, zone] = m;
  const time = clock!.length === 5 ? `${clock}:00` : clock!;
  const offset = zone!.toUpperCase() === 'Z' ? 'Z' : `${zone!.slice(0, 3)}:${zone!.slice(-2)}`;
  const ms = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  const out = `${day}T${time}${ms}${offset}`;
  const parsed = Date.parse(out);
  if (Number.isNaN(parsed) || parsed < EARLIEST) return undefined;
  // Date.parse rolls impossible dates over (Feb 30): the day must survive the round trip.
  const local = new Date(Date.UTC(+day!.slice(0, 4), +day!.slice(5, 7) - 1, +day!.slice(8, 10)));
  // One form for every platform: UTC, as `parsePublished` and the newer extractors give it.
  return local.toISOString().slice(0, 10) === day ? new Date(parsed).toISOString() : undefined;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

/**
 * A day written out in English (`November 2, 2026`) or French (`2 novembre 2026`, `1er mars
 * 2025`), as `YYYY-MM-DD`. Only a day: the time zone of such texts is not stated.
 */
export function textDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.slice(0, 200).toLowerCase();
  const en = /\b([a-z]{3,9}) (\d{1,2}), (\d{4})\b/.exec(s);
  const fr = /\b(\d{1,2})(?:er)? ([a-zéû]{3,9}) (\d{4})\b/.exec(s);
  const [month, day, year] = en ? [en[1], en[2], en[3]] : fr ? [fr[2], fr[1], fr[3]] : [];
  const m = month !== undefined ? MONTHS[month] : undefined;
  if (!m || !day || !year) return undefined;
  return isoDate(`${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/**
 * The time a snowflake id encodes (X, Discord: milliseconds since `epochMs` in the bits above the
 * 22 lowest; TikTok: seconds in the bits above the 32 lowest), marked `derived-from-id` at medium
 * confidence: computed by Vigie, not stated by the page, and right only as long as the platform
 * keeps its id scheme, which it does not promise. `makeExtractor` uses it only when the page
 * states no time of its own.
 */
export function snowflakeTime(id: string | undefined, scheme: 'x' | 'discord' | 'tiktok'): Fields {
  if (!id || !/^\d{15,20}$/.test(id)) return {};
  const n = BigInt(id);
  const ms =
    scheme === 'tiktok' ? Number(n >> 32n) * 1000 : Number(n >> 22n) + (scheme === 'x' ? 1288834974657 : 1420070400000);
  return from('derived-from-id', { publishedAt: isoDate(ms) }, 'medium');
}

/** `fields` with the time of its snowflake id, when it has one (sources merged). */
export function withSnowflakeTime(fields: Fields, scheme: 'x' | 'discord' | 'tiktok'): Fields {
  const time = snowflakeTime(fields.contentId, scheme);
  return { ...fields, ...time, sources: { ...fields.sources, ...time.sources } };
}

// ---------------------------------------------------------------------------------------------
// Embedded state (page-controlled text: scanned with bounded, linear patterns, never evaluated)

const MAX_SCAN = 20000;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const decodeJsonString = (raw: string): string | undefined => {
  try {
    const v: unknown = JSON.parse(`"${raw}"`);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
};

/** The embedded state texts, each bounded. */
function embeddedTexts(facts: Pick<PageFacts, 'embedded'>): string[] {
  return (Array.isArray(facts.embedded) ? facts.embedded.slice(0, 10) : [])
    .map((b) => (typeof b?.text === 'string' ? b.text.slice(0, MAX_SCAN) : ''))
    .filter(Boolean);
}

/**
 * The first string (or number, as text) value of `"key"` in the page's embedded state; with
 * `within`, only inside the 1,500 characters after the first `"within"` key (`"owner":{…}`), or,
 * for a path (`['item', 'user']`), after each key in turn.
 */
export function embeddedValue(
  facts: Pick<PageFacts, 'embedded'>,
  key: string,
  within?: string | readonly string[],
): string | undefined {
  const pattern = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*(?:"((?:[^"\\\\]|\\\\.){1,400}?)"|(\\d{1,20})\\b)`);
  const path = within === undefined ? [] : typeof within === 'string' ? [within] : within.slice(0, 4);
  for (const text of embeddedTexts(facts)) {
    let scope: string | undefined = text;
    for (const step of path) {
      const at: number = scope.indexOf(`"${step}"`);
      scope = at < 0 ? undefined : scope.slice(at, at + 1500);
      if (scope === undefined) break;
    }
    if (scope === undefined) continue;
    const m = pattern.exec(scope);
    if (!m) continue;
    const value = m[1] !== undefined ? decodeJsonString(m[1]) : m[2];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * `text` without the values of the `keys` sections (`"comments":[…]`, `"edge_media_to_comment":{…}`):
 * other people's contributions nested in an item. String-aware and linear; a section cut short
 * (an excerpt) drops the rest of the text.
 */
export function withoutSections(text: string, keys: readonly string[]): string {
  let out = '';
  let at = 0;
  const pattern = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*[[{]`, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += text.slice(at, m.index);
    let depth = 0;
    let inString = false;
    let i = m.index + m[0].length - 1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) break;
      }
    }
    if (i >= text.length) return out;
    at = i + 1;
    pattern.lastIndex = at;
  }
  return out + text.slice(at);
}

/**
 * The embedded state about one item: in each block, from the first `"key":"value"` (one of `keys`)
 * to the next `"key":"…"` naming another item, at most `max` characters, without the `skip`
 * sections (comments). Empty when no block names the item.
 */
export function embeddedItem(
  facts: Pick<PageFacts, 'embedded'>,
  keys: readonly string[],
  value: string,
  skip: readonly string[] = [],
  max = 6000,
): Pick<PageFacts, 'embedded'> {
  const anchor = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*"${escapeRegExp(value)}"`);
  const next = new RegExp(`"(?:${keys.map(escapeRegExp).join('|')})"\\s*:\\s*"(?!${escapeRegExp(value)}")`);
  const embedded: PageFacts['embedded'] = [];
  for (const text of embeddedTexts(facts)) {
    const m = anchor.exec(text);
    if (!m) continue;
    let part = text.slice(m.index, m.index + max);
    const other = next.exec(part.slice(m[0].length));
    if (other) part = part.slice(0, m[0].length + other.index);
    embedded.push({ id: '', type: '', text: withoutSections(part, skip), partial: true });
  }
  return { embedded };
}

/** The values of data attribute `name` on the page's platform elements, in page order. */
export function elementValues(facts: Pick<PageFacts, 'elements'>, name: string): string[] {
  return (Array.isArray(facts.elements) ? facts.elements : []).flatMap((el) =>
    el.attrs.filter((a) => a.name === name).map((a) => a.value),
  );
}

// ---------------------------------------------------------------------------------------------
// Text

const INVISIBLE = /(?!\u200d)[\p{Cc}\p{Cf}]/gu;
const SCHEME_LIKE = /^(?:javascript|data|vbscript|file|https?):/i;

/** A display name as plain text: controls and bidi overrides removed, no markup, bounded. */
export function cleanName(value: unknown, max = 100): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.slice(0, 2000).replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  if (!s || /[<>]/.test(s) || SCHEME_LIKE.test(s)) return undefined;
  return s.length > max ? s.slice(0, max).trimEnd() : s;
}

/**
 * Link labels and interface words that are never a person's name (English and French): « See
 * More Posts », « Preview channel », « Posts », « Camille's profile », « Voir le profil »…
 */
const UI_LABELS: readonly RegExp[] = [
  /^(?:see|view|voir|afficher|preview|aperçu|go to|aller|visit|visiter|open|ouvrir)\b/iu,
  /^(?:posts?|publications?|profile|profil|videos?|vidéos?|photos?|reels?|about|à propos|home|accueil|follow|suivre|following|abonnements?|followers|abonnés|message|messages|more|plus|shop|boutique|store|channel|chaîne|subscribe|s'abonner|log in|login|sign up|se connecter|s'inscrire|menu|share|partager|reply|répondre|comments?|commentaires?|like|j'aime|live|direct|clips?|replays?|shorts)$/iu,
  /['’]s (?:profile|page|channel|posts|videos|store|shop)$/iu,
  /^(?:profil|page|chaîne|publications|vidéos|boutique) d(?:e |['’])/iu,
];

/** A display name: `cleanName`, and never an interface label taken for one. */
export function personName(value: unknown): string | undefined {
  const name = cleanName(value);
  return name !== undefined && !UI_LABELS.some((p) => p.test(name)) ? name : undefined;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The page states `name` outside its links too: in its title, og:title, twitter:title or
 * description, as whole words. A link's text alone is never taken for a name.
 */
export function statedOutsideLinks(facts: PageFacts, name: string | undefined): boolean {
  if (!name || name.length < 2) return false;
  const needle = name.toLowerCase();
  const texts = [
    facts.title,
    metaValue(facts, 'og:title'),
    metaValue(facts, 'twitter:title'),
    metaValue(facts, 'description'),
    metaValue(facts, 'og:description'),
  ];
  return texts.some((text) => {
    const hay = (text ?? '').slice(0, 2000).toLowerCase();
    for (let at = hay.indexOf(needle), n = 0; at >= 0 && n < 20; at = hay.indexOf(needle, at + 1), n++) {
      const before = hay[at - 1];
      const after = hay[at + needle.length];
      if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
    }
    return false;
  });
}

/** A handle without its decoration (`@`, `u/`), lower-cased, for comparisons. */
export function bareHandle(handle: string): string {
  return handle.replace(/^(?:@|u\/|r\/)/i, '').toLowerCase();
}

const sameText = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
const sameHandle = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && bareHandle(a) === bareHandle(b);

// ---------------------------------------------------------------------------------------------
// JSON-LD

type Json = Record<string, unknown>;
export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 50) : v === undefined ? [] : [v]);
const strings = (v: unknown): string[] => asArray(v).filter((s): s is string => typeof s === 'string');

/** Top-level JSON-LD objects (arrays and `@graph` flattened); malformed blocks are skipped. */
export function jsonLdObjects(facts: Pick<PageFacts, 'jsonLd'>): Json[] {
  const out: Json[] = [];
  for (const block of facts.jsonLd) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    for (const item of asArray(data)) {
      if (isRecord(item) && Array.isArray(item['@graph'])) out.push(...asArray(item['@graph']).filter(isRecord));
      else if (isRecord(item)) out.push(item);
    }
  }
  return out;
}

/** The first top-level JSON-LD object whose `@type` is one of `types`. */
export function firstJsonLd(facts: Pick<PageFacts, 'jsonLd'>, types: readonly string[]): Json | undefined {
  return jsonLdObjects(facts).find((o) => strings(o['@type']).some((t) => types.includes(t)));
}

interface Person {
  name?: string;
  urls: string[];
  handles: string[];
  /** Reached through an author-like key (author, creator, seller, mainEntity). */
  keyed: boolean;
}

const AUTHOR_KEYS = new Set(['author', 'creator', 'seller', 'mainEntity', 'accountablePerson']);
/**
 * Keys under which JSON-LD holds other people's contributions or other content: comments,
 * reviews, answers, shared, quoted or cited items, mentions, lists and breadcrumbs, the site the
 * page is part of. The people found there are never the author of the page's content.
 */
const FOREIGN_KEYS = new Set([
  'comment',
  'comments',
  'review',
  'reviews',
  'answer',
  'suggestedAnswer',
  'acceptedAnswer',
  'sharedContent',
  'isBasedOn',
  'citation',
  'mentions',
  'recipient',
  'about',
  'hasPart',
  'isPartOf',
  'subjectOf',
  'workExample',
  'itemListElement',
  'breadcrumb',
  'potentialAction',
  'interactionStatistic',
]);
/** Navigation objects: their labels name pages, never people (a breadcrumb's « Name (@handle) | Site »). */
const NAVIGATION_TYPES = new Set(['BreadcrumbList', 'ListItem', 'ItemList', 'SiteNavigationElement', 'WebSite']);
/** Contributions to someone else's content: about a comment report only. */
const CONTRIBUTION_TYPES = new Set(['Comment', 'Answer', 'Review']);

const typesOf = (o: Json) => strings(o['@type']);
const isContribution = (o: Json) => typesOf(o).some((t) => CONTRIBUTION_TYPES.has(t));

/** The URLs a JSON-LD object says it is (`url`, `@id`, `mainEntityOfPage`). */
function namedUrls(o: Json): string[] {
  const main = o.mainEntityOfPage;
  const mainIds = isRecord(main) ? [...strings(main['@id']), ...strings(main.url)] : strings(main);
  return [...strings(o.url), ...strings(o['@id']), ...mainIds].filter((u) => /^https?:/i.test(u));
}

/** Same content: same type and id (ids the platform cannot compare count as the same). */
function sameItem(a: Fields, b: Fields, comparable: Comparable): boolean {
  return (
    a.contentType === b.contentType &&
    a.contentId !== undefined &&
    b.contentId !== undefined &&
    (a.contentId === b.contentId || !comparable(a.contentId, b.contentId))
  );
}

/**
 * How a top-level JSON-LD object relates to the content `fields` describes: `this` when one of
 * its URLs reads as that content, `other` when it names other content (or is a comment on a page
 * reported for its post, or the post on a page reported for one of its comments), else `neutral`.
 */
function relation(
  o: Json,
  fields: Fields,
  read: (v: unknown) => Fields | undefined,
  comparable: Comparable,
): 'this' | 'other' | 'neutral' {
  const items = namedUrls(o)
    .slice(0, 10)
    .map(read)
    .filter((f): f is Fields => !!f && f.contentId !== undefined && !WHOLE_PAGE_TYPES.has(f.contentType));
  if (items.some((f) => sameItem(f, fields, comparable))) return 'this';
  if (items.length > 0 && fields.contentId !== undefined) return 'other';
  const isContent = typesOf(o).some((t) => CONTENT_LD_TYPES.includes(t));
  if (isContent && isContribution(o) !== (fields.contentType === 'comment')) return 'other';
  // A page shows many comments: one that does not name itself may be any of them.
  if (isContent && fields.contentType === 'comment') return 'other';
  return 'neutral';
}

/**
 * Person-like JSON-LD nodes, breadth first (the main object's author before anything nested),
 * those under author-like keys first. Only the objects about this content (then those naming no
 * other content) are read, and never what sits under a comment, a review, a shared item or a
 * breadcrumb. Bounded in nodes and depth: JSON-LD is page-controlled.
 */
function jsonLdPeople(
  facts: PageFacts,
  fields: Fields,
  read: (v: unknown) => Fields | undefined,
  comparable: Comparable,
): Person[] {
  const objects = jsonLdObjects(facts)
    .slice(0, 50)
    .filter((o) => !typesOf(o).some((t) => NAVIGATION_TYPES.has(t)))
    .map((o) => ({ o, rel: relation(o, fields, read, comparable) }));
  const queue: { node: unknown; keyed: boolean; depth: number }[] = [
    ...objects.filter((x) => x.rel === 'this'),
    ...objects.filter((x) => x.rel === 'neutral'),
  ].map(({ o }) => ({ node: o, keyed: false, depth: 0 }));
  const people: Person[] = [];
  for (let i = 0; i < queue.length && i < 2000; i++) {
    const { node, keyed, depth } = queue[i]!;
    if (typeof node === 'string') {
      if (keyed)
        people.push(
          toWebUrl(node) ? { urls: [node], handles: [], keyed } : { name: node, urls: [], handles: [], keyed },
        );
      continue;
    }
    if (Array.isArray(node)) {
      for (const n of asArray(node)) queue.push({ node: n, keyed, depth: depth + 1 });
      continue;
    }
    if (!isRecord(node) || typesOf(node).some((t) => NAVIGATION_TYPES.has(t))) continue;
    // A comment nested anywhere (under a key this list does not know) is someone else's.
    if (depth > 0 && isContribution(node)) continue;
    const urls = [...strings(node.url), ...strings(node['@id']), ...strings(node.sameAs)].slice(0, 10);
    if (keyed || urls.length > 0) {
      const handles = [...strings(node.alternateName), ...strings(node.additionalName), ...strings(node.identifier)];
      people.push({ name: typeof node.name === 'string' ? node.name : undefined, urls, handles, keyed });
    }
    if (depth >= 6) continue;
    for (const [key, value] of Object.entries(node).slice(0, 100)) {
      if (FOREIGN_KEYS.has(key)) continue;
      if (typeof value === 'object' || AUTHOR_KEYS.has(key)) {
        queue.push({ node: value, keyed: AUTHOR_KEYS.has(key), depth: depth + 1 });
      }
    }
  }
  return [...people.filter((p) => p.keyed), ...people.filter((p) => !p.keyed)];
}

// ---------------------------------------------------------------------------------------------
// The extractor

const isProfile = (f: Fields | undefined): f is Fields =>
  !!f && (f.contentType === 'profile' || f.contentType === 'channel') && !!(f.authorHandle || f.authorUrl);

const sameAuthor = (a: Fields, b: Fields) =>
  sameHandle(a.authorHandle, b.authorHandle) || sameText(a.authorUrl, b.authorUrl) || sameText(a.authorId, b.authorId);

/** The claim is about other content or another author than the URL: stale (SPA navigation) or wrong. */
const conflicts = (base: Fields, claim: Fields, comparable: Comparable = ALWAYS) =>
  (!!base.authorHandle && !!claim.authorHandle && !sameHandle(base.authorHandle, claim.authorHandle)) ||
  (base.contentType === claim.contentType &&
    !!base.contentId &&
    !!claim.contentId &&
    base.contentId !== claim.contentId &&
    comparable(base.contentId, claim.contentId));

function withAuthorFrom(fields: Fields, source: Fields | undefined, entry: ProvenanceEntry): Fields {
  if (!source) return fields;
  return fill(
    fields,
    entry.source,
    { authorHandle: source.authorHandle, authorUrl: source.authorUrl, authorId: source.authorId },
    entry.confidence,
  );
}

/**
 * `fields` with its author replaced by `author` (and its name, when `author` has one), the page's
 * own statement about this very content (its embedded state): a profile link the generic pass took
 * (the viewer's, a neighbour's) gives way, its name with it.
 */
export function withAuthor(
  fields: Fields,
  author: Fields | undefined,
  source: FieldSource,
  confidence?: Confidence,
): Fields {
  if (!author || !(author.authorUrl || author.authorHandle)) return fields;
  const known = !!(fields.authorUrl || fields.authorHandle);
  const base =
    !known || sameAuthor(fields, author)
      ? fields
      : { ...fields, authorHandle: undefined, authorUrl: undefined, authorId: undefined, authorName: undefined };
  const { authorHandle, authorUrl, authorId, authorName } = author;
  // Stated even when the same author was already there: the state is the stronger source.
  const add = from(source, { authorHandle, authorUrl, authorId, authorName }, confidence);
  return { ...base, ...add, sources: { ...base.sources, ...add.sources } };
}

/** `NAME (@handle)` in the page titles, as X, TikTok and Instagram format them. */
export function nameBeforeHandle(facts: PageFacts, handle: string | undefined): string | undefined {
  if (!handle) return undefined;
  const escaped = escapeRegExp(bareHandle(handle));
  const pattern = new RegExp(`^(.{1,100}?)\\s*\\(@?${escaped}\\)`, 'iu');
  for (const title of [metaValue(facts, 'og:title'), metaValue(facts, 'twitter:title'), facts.title ?? undefined]) {
    const found = title ? pattern.exec(title.slice(0, 500))?.[1] : undefined;
    if (found) return cleanName(found);
  }
  return undefined;
}

/**
 * The public fields: internal ones dropped, the name re-cleaned (refiners may set it raw), the
 * publication time normalised, no undefined keys, a provenance entry for each field kept.
 */
function finish(fields: Fields): ExtractedFields {
  const { authorId: _authorId, sources = {}, authorName, publishedAt, ...rest } = fields;
  const entries = Object.entries({
    ...rest,
    authorName: personName(authorName),
    publishedAt: isoDate(publishedAt),
  }).filter(([, v]) => v !== undefined);
  const out = Object.fromEntries(entries) as ExtractedFields;
  const provenance = Object.fromEntries(
    PROVENANCE_FIELDS.filter((k) => out[k] !== undefined).map((k) => [k, sources[k] ?? REFINE_DEFAULT]),
  );
  return Object.keys(provenance).length > 0 ? { ...out, provenance } : out;
}

/** Runs the platform's `refine`; the fields it adds or changes get the source it states, else the default. */
function refined(spec: PlatformSpec, fields: Fields, facts: PageFacts): Fields {
  if (!spec.refine) return fields;
  const { sources: before = {}, ...input } = fields;
  const output = spec.refine({ ...input }, facts);
  const sources: Sources = {};
  for (const key of PROVENANCE_FIELDS) {
    if (output[key] === undefined) continue;
    const stated = output.sources?.[key];
    // A source the refine states wins (it re-read the value somewhere stronger); an unchanged value
    // keeps its earlier one.
    sources[key] = stated ?? (output[key] === input[key] ? (before[key] ?? REFINE_DEFAULT) : REFINE_DEFAULT);
  }
  return { ...output, sources };
}

const CONTENT_LD_TYPES = [
  'VideoObject',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'Article',
  'NewsArticle',
  'BlogPosting',
  'Comment',
  'ImageObject',
  'Clip',
  'BroadcastEvent',
];
const WHOLE_PAGE_TYPES = new Set<Fields['contentType']>(['profile', 'channel', 'group']);

/** The publication time the page states in its structured data for the content of `fields`. */
function structuredDate(
  fields: Fields,
  facts: PageFacts,
  read: (v: unknown) => Fields | undefined,
  staleMicrodata: boolean,
  comparable: Comparable,
): Fields {
  if (fields.publishedAt || WHOLE_PAGE_TYPES.has(fields.contentType)) return fields;
  // JSON-LD: the first content object about this content — one that names it, or, when the page
  // has a single content object, one that names nothing else on the platform or elsewhere. A
  // comment's date is never a post's, nor a post's a comment's.
  const content = jsonLdObjects(facts).filter(
    (o) => typesOf(o).some((t) => CONTENT_LD_TYPES.includes(t)) && relation(o, fields, read, comparable) !== 'other',
  );
  for (const o of content) {
    const main = o.mainEntityOfPage;
    const mainIds =
      typeof main === 'object' && main !== null
        ? [...strings((main as Json)['@id']), ...strings((main as Json).url)]
        : strings(main);
    const named = [...strings(o.url), ...mainIds].filter((u) => /^https?:/i.test(u));
    const about = [...named, ...strings(o['@id'])].map(read).filter((c): c is Fields => c !== undefined);
    if (about.some((c) => conflicts(fields, c, comparable))) continue;
    if (about.length === 0 && (named.length > 0 || content.length > 1)) continue;
    const date = isoDate(o.datePublished) ?? isoDate(o.uploadDate) ?? isoDate(o.dateCreated);
    if (date) return fill(fields, 'json-ld', { publishedAt: date });
  }
  const keys = ['article:published_time', 'og:video:release_date', 'datepublished', 'uploaddate'];
  for (const key of staleMicrodata ? keys.slice(0, 2) : keys) {
    const date = isoDate(metaValue(facts, key));
    if (date) return fill(fields, 'meta', { publishedAt: date }, 'high');
  }
  return fields;
}

/**
 * A `<time datetime>` inside a link to this very content (X, Telegram, Mastodon feeds and threads
 * date each item that way): the time of this content, not of a neighbour.
 */
function linkedTime(fields: Fields, facts: PageFacts, read: (v: unknown) => Fields | undefined): Fields {
  if (fields.publishedAt || !fields.contentId || WHOLE_PAGE_TYPES.has(fields.contentType)) return fields;
  for (const time of Array.isArray(facts.times) ? facts.times : []) {
    const item = time.href ? read(time.href) : undefined;
    if (!item || item.contentId !== fields.contentId || item.contentType !== fields.contentType) continue;
    const date = isoDate(time.datetime);
    if (date) return fill(fields, 'markup', { publishedAt: date }, 'high');
  }
  return fields;
}

export function makeExtractor(spec: PlatformSpec, domains: readonly string[]): Extractor {
  /** Reads a URL if it is on this platform; page claims pointing elsewhere give nothing. */
  const read = (value: unknown): Fields | undefined => {
    const url = toWebUrl(value);
    const domain = url && matchDomain(url.hostname, domains);
    return url && domain ? spec.parse(url, domain) : undefined;
  };
  /** The URL's fields: from the URL, at high confidence unless the reader states otherwise. */
  const readOrClean = (url: URL): Fields => {
    const { sources, ...parsed } = read(url.href) ?? { permalink: cleanUrl(url) };
    const base = from('url', parsed);
    return { ...base, sources: { ...base.sources, ...sources } };
  };
  /** Identity of what a URL designates, to decide whether the page claims describe it. */
  const identity = (url: URL | undefined) => (url ? (read(url.href)?.permalink ?? cleanUrl(url)) : undefined);

  return ({ url, pageUrl, facts }) => {
    const base = readOrClean(url);
    const about =
      facts !== null &&
      identity(url) === identity(pageUrl) &&
      (!facts.url || identity(toWebUrl(facts.url)) === identity(url));
    if (!about) return finish(base);
    // A time computed from the id is set aside: the page's own statement, if any, wins over it.
    const derived = base.sources?.publishedAt?.source === 'derived-from-id' ? base.publishedAt : undefined;
    const stated = derived ? { ...base, publishedAt: undefined } : base;
    const found = withClaims(stated, facts, spec, read);
    return finish(
      found.publishedAt || !derived
        ? found
        : { ...found, publishedAt: derived, sources: { ...found.sources, publishedAt: base.sources!.publishedAt } },
    );
  };
}

function withClaims(
  base: Fields,
  facts: PageFacts,
  spec: PlatformSpec,
  read: (v: unknown) => Fields | undefined,
): Fields {
  const claimSources: [unknown, ProvenanceEntry][] = [
    [metaValue(facts, 'og:url'), { source: 'meta', confidence: 'high' }],
    [facts.canonical, { source: 'canonical', confidence: 'high' }],
    [metaValue(facts, 'twitter:url'), { source: 'meta', confidence: 'medium' }],
  ];
  const claims = claimSources
    .map(([value, entry]) => ({ fields: read(value), entry }))
    .filter((c): c is { fields: Fields; entry: ProvenanceEntry } => c.fields !== undefined);
  const comparable = spec.comparableIds ?? ALWAYS;
  if (claims.some((c) => conflicts(base, c.fields, comparable))) return base;

  // Content: the URL's own id wins; a claim fills it only when nothing identifies the URL otherwise
  // (share links, short links) or it names the same author.
  let fields: Fields = { ...base };
  // The same content: the same id, or an id of another scheme for the same kind of content (the
  // page at this address says it is that content).
  const same = claims.find(
    (c) =>
      (c.fields.contentId !== undefined && c.fields.contentId === base.contentId) ||
      sameItem(c.fields, base, comparable),
  );
  const fillFrom = base.contentId
    ? undefined
    : claims.find(
        ({ fields: c }) =>
          c.contentId !== undefined &&
          (!base.contentType || c.contentType === base.contentType) &&
          (!base.authorHandle || sameHandle(c.authorHandle, base.authorHandle)),
      );
  if (fillFrom) {
    const { permalink, contentId, contentType } = fillFrom.fields;
    const add = from(fillFrom.entry.source, { permalink, contentId, contentType }, fillFrom.entry.confidence);
    fields = { ...fields, ...add, sources: { ...fields.sources, ...add.sources } };
  }
  const claim = same ?? fillFrom;
  if (claim) fields = withAuthorFrom(fields, claim.fields, claim.entry);

  // Author: JSON-LD people, then author markup (link rels, rel/itemprop author), then (where the
  // platform allows it) anchors.
  const people = jsonLdPeople(facts, fields, read, comparable);
  const markup: ProvenanceEntry = { source: 'markup', confidence: 'medium' };
  // The owner markup first: JSON-LD authors, the page's author elements and link rels; only then
  // other JSON-LD people and itemprop URLs (which may be a recommended channel or a commenter).
  const ldPeople = people.map((person) => ({
    fields: person.urls.map(read).find(isProfile),
    name: person.name,
    keyed: person.keyed,
    entry: { source: 'json-ld', confidence: person.keyed ? 'high' : 'medium' } as ProvenanceEntry,
  }));
  // Microdata (itemprop) is about the page's main item: when it names other content (left over
  // by single-page navigation), its author is not this content's.
  const staleMicrodata = facts.links
    .filter((l) => l.rel === 'itemprop:url')
    .some((l) => {
      const item = read(l.href);
      return item !== undefined && !isProfile(item) && conflicts(base, item, comparable);
    });
  const authorMarkup = (Array.isArray(facts.authors) ? facts.authors : []).filter(
    (a) => !(staleMicrodata && a.via === 'itemprop'),
  );
  const candidates: { fields?: Fields; name?: string; entry: ProvenanceEntry }[] = [
    ...ldPeople.filter((p) => p.keyed),
    ...authorMarkup.map((a) => ({
      fields: read(a.href),
      // An itemprop name is structured data; a rel="author" link's text is a name only if stated elsewhere.
      name: a.via === 'itemprop' || statedOutsideLinks(facts, cleanName(a.name)) ? a.name : undefined,
      entry: { source: 'markup', confidence: a.via === 'itemprop' ? 'high' : 'medium' } as ProvenanceEntry,
    })),
    ...facts.links
      .filter((l) => l.rel.split(/\s+/).includes('author'))
      .map((l) => ({ fields: read(l.href), entry: markup })),
    ...ldPeople.filter((p) => !p.keyed),
    ...facts.links
      .filter((l) => l.rel === 'itemprop:url' && !staleMicrodata)
      .map((l) => ({ fields: read(l.href), entry: markup })),
  ];
  // Never a link of the site's own header or navigation: the signed-in user's profile sits there.
  const anchors = facts.anchors.filter((a) => !a.chrome).map((a) => ({ fields: read(a.href), name: a.text }));
  if (!fields.authorHandle && !fields.authorUrl) {
    const pool = [
      ...candidates,
      ...(spec.authorAnchors
        ? anchors.map((a) => ({ ...a, entry: { source: 'markup', confidence: 'low' } as ProvenanceEntry }))
        : []),
    ];
    const found = pool.find((c) => isProfile(c.fields));
    if (found) fields = withAuthorFrom(fields, found.fields, found.entry);
  } else {
    const found = candidates.find((c) => isProfile(c.fields) && sameAuthor(c.fields, fields));
    if (found) fields = withAuthorFrom(fields, found.fields, found.entry);
  }

  if (!fields.authorName && (fields.authorHandle || fields.authorUrl)) {
    // A JSON-LD person or link for that profile; else the page's main author if it names no other
    // profile; else a "Name (@handle)" title; else the text of a link to the profile.
    const profile = candidates.find((c) => isProfile(c.fields) && sameAuthor(c.fields!, fields) && cleanName(c.name));
    const main = people.find((p) => p.keyed);
    const mainName =
      main &&
      main.urls.every((u) => read(u) === undefined) &&
      (main.handles.length === 0 || main.handles.some((h) => sameHandle(h, fields.authorHandle)))
        ? cleanName(main.name)
        : undefined;
    // Not a link to one of the profile's sections (`/NAME/videos`, "Videos"): that text is no name.
    const profilePath = (href: string | undefined) => toWebUrl(href)?.pathname.replace(/\/+$/, '').toLowerCase();
    const anchorName = facts.anchors
      .filter((a) => !a.chrome)
      .map((a) => ({ fields: read(a.href), name: a.text, href: a.href }))
      .filter(
        (a) =>
          isProfile(a.fields) &&
          sameAuthor(a.fields, fields) &&
          !(profilePath(a.href) ?? '').startsWith(`${profilePath(a.fields.authorUrl)}/`),
      )
      .map((a) => cleanName(a.name))
      .find(
        (text) =>
          text !== undefined &&
          !text.startsWith('@') &&
          !sameHandle(text, fields.authorHandle) &&
          personName(text) !== undefined &&
          // A listing's link to its seller shows the store's name (marketplaces: `authorAnchors`);
          // elsewhere a link's text is a name only when the page states it outside its links too.
          (spec.authorAnchors === true || statedOutsideLinks(facts, text)),
      );
    const titled = nameBeforeHandle(facts, fields.authorHandle);
    if (profile)
      fields = fill(fields, profile.entry.source, { authorName: cleanName(profile.name) }, profile.entry.confidence);
    else if (mainName) fields = fill(fields, 'json-ld', { authorName: mainName }, 'medium');
    else if (titled) fields = fill(fields, 'text', { authorName: titled }, 'medium');
    else if (anchorName) fields = fill(fields, 'markup', { authorName: anchorName }, 'low');
  }
  fields = structuredDate(fields, facts, read, staleMicrodata, comparable);
  fields = linkedTime(fields, facts, read);
  return refined(spec, fields, facts);
}
