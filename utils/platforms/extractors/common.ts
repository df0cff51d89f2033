/**
 * Shared machinery for platform extractors. A platform module only describes how to read one
 * of its URLs (`PlatformSpec.parse`); `makeExtractor` turns that into an `Extractor` that also
 * reads the page's claims (og:url, canonical, JSON-LD, link rels, anchors) to fill gaps, while
 * checking those claims against the URL so that stale or hostile page data cannot override it.
 */
import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import type { ExtractedFields, Extractor } from '@/utils/platforms/types';

/** What one URL says. `authorId` (a numeric or opaque author id) is internal: used to match claims. */
export type Fields = ExtractedFields & { authorId?: string };

export interface PlatformSpec {
  /**
   * Reads one URL already known to be on the platform (`domain` is the registry domain it
   * matched, e.g. `amazon.fr`). Returns `undefined` when the path designates nothing specific.
   * Must validate every id and handle it derives.
   */
  parse(url: URL, domain: string): Fields | undefined;
  /** A content page's profile links point at its author (one seller per listing). Off by default. */
  authorAnchors?: boolean;
  /** Platform-specific use of the page claims, after the generic pass (only when claims are about the URL). */
  refine?(fields: Fields, facts: PageFacts): Fields;
}

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
 * Person-like JSON-LD nodes, breadth first (the main object's author before its comments'),
 * those under author-like keys first. Bounded in nodes and depth: JSON-LD is page-controlled.
 */
function jsonLdPeople(facts: PageFacts): Person[] {
  const queue: { node: unknown; keyed: boolean; depth: number }[] = jsonLdObjects(facts).map((node) => ({
    node,
    keyed: false,
    depth: 0,
  }));
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
    if (!isRecord(node)) continue;
    const urls = [...strings(node.url), ...strings(node['@id']), ...strings(node.sameAs)].slice(0, 10);
    if (keyed || urls.length > 0) {
      const handles = [...strings(node.alternateName), ...strings(node.additionalName), ...strings(node.identifier)];
      people.push({ name: typeof node.name === 'string' ? node.name : undefined, urls, handles, keyed });
    }
    if (depth >= 6) continue;
    for (const [key, value] of Object.entries(node).slice(0, 100)) {
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
const conflicts = (base: Fields, claim: Fields) =>
  (!!base.authorHandle && !!claim.authorHandle && !sameHandle(base.authorHandle, claim.authorHandle)) ||
  (base.contentType === claim.contentType &&
    !!base.contentId &&
    !!claim.contentId &&
    base.contentId !== claim.contentId);

const AUTHOR_FIELDS = ['authorHandle', 'authorUrl', 'authorId'] as const;

function withAuthorFrom(fields: Fields, source: Fields | undefined): Fields {
  if (!source) return fields;
  const out = { ...fields };
  for (const key of AUTHOR_FIELDS) out[key] ??= source[key];
  return out;
}

/** `NAME (@handle)` in the page titles, as X, TikTok and Instagram format them. */
function nameBeforeHandle(facts: PageFacts, handle: string | undefined): string | undefined {
  if (!handle) return undefined;
  const escaped = bareHandle(handle).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(.{1,100}?)\\s*\\(@?${escaped}\\)`, 'iu');
  for (const title of [metaValue(facts, 'og:title'), metaValue(facts, 'twitter:title'), facts.title ?? undefined]) {
    const found = title ? pattern.exec(title)?.[1] : undefined;
    if (found) return cleanName(found);
  }
  return undefined;
}

/** The public fields: internal ones dropped, the name re-cleaned (refiners may set it raw), no undefined keys. */
function finish(fields: Fields): ExtractedFields {
  const { authorId: _authorId, authorName, ...rest } = fields;
  const entries = Object.entries({ ...rest, authorName: cleanName(authorName) }).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries) as ExtractedFields;
}

export function makeExtractor(spec: PlatformSpec, domains: readonly string[]): Extractor {
  /** Reads a URL if it is on this platform; page claims pointing elsewhere give nothing. */
  const read = (value: unknown): Fields | undefined => {
    const url = toWebUrl(value);
    const domain = url && matchDomain(url.hostname, domains);
    return url && domain ? spec.parse(url, domain) : undefined;
  };
  const readOrClean = (url: URL): Fields => read(url.href) ?? { permalink: cleanUrl(url) };
  /** Identity of what a URL designates, to decide whether the page claims describe it. */
  const identity = (url: URL | undefined) => (url ? (read(url.href)?.permalink ?? cleanUrl(url)) : undefined);

  return ({ url, pageUrl, facts }) => {
    const base = readOrClean(url);
    const about =
      facts !== null &&
      identity(url) === identity(pageUrl) &&
      (!facts.url || identity(toWebUrl(facts.url)) === identity(url));
    if (!about) return finish(base);
    return finish(withClaims(base, facts, spec, read));
  };
}

function withClaims(
  base: Fields,
  facts: PageFacts,
  spec: PlatformSpec,
  read: (v: unknown) => Fields | undefined,
): Fields {
  const claims = [metaValue(facts, 'og:url'), facts.canonical, metaValue(facts, 'twitter:url')]
    .map(read)
    .filter((c): c is Fields => c !== undefined);
  if (claims.some((c) => conflicts(base, c))) return base;

  // Content: the URL's own id wins; a claim fills it only when nothing identifies the URL otherwise
  // (share links, short links) or it names the same author.
  let fields: Fields = { ...base };
  const same = claims.find((c) => c.contentId !== undefined && c.contentId === base.contentId);
  const fill = base.contentId
    ? undefined
    : claims.find(
        (c) =>
          c.contentId !== undefined &&
          (!base.contentType || c.contentType === base.contentType) &&
          (!base.authorHandle || sameHandle(c.authorHandle, base.authorHandle)),
      );
  if (fill) fields = { ...fields, permalink: fill.permalink, contentId: fill.contentId, contentType: fill.contentType };
  fields = withAuthorFrom(fields, same ?? fill);

  // Author: JSON-LD people, then author link rels, then (where the platform allows it) anchors.
  const people = jsonLdPeople(facts);
  const candidates: { fields?: Fields; name?: string }[] = [
    ...people.map((person) => ({ fields: person.urls.map(read).find(isProfile), name: person.name })),
    ...facts.links
      .filter((l) => l.rel.split(/\s+/).includes('author') || l.rel === 'itemprop:url')
      .map((l) => ({ fields: read(l.href) })),
  ];
  const anchors = facts.anchors.map((a) => ({ fields: read(a.href), name: a.text }));
  if (!fields.authorHandle && !fields.authorUrl) {
    const pool = spec.authorAnchors ? [...candidates, ...anchors] : candidates;
    fields = withAuthorFrom(fields, pool.map((c) => c.fields).find(isProfile));
  } else {
    fields = withAuthorFrom(
      fields,
      candidates.map((c) => c.fields).find((f) => isProfile(f) && sameAuthor(f, fields)),
    );
  }

  if (!fields.authorName && (fields.authorHandle || fields.authorUrl)) {
    // A JSON-LD person or link for that profile; else the page's main author if it names no other
    // profile; else a "Name (@handle)" title; else the text of a link to the profile.
    const profileName = candidates.find((c) => isProfile(c.fields) && sameAuthor(c.fields, fields))?.name;
    const main = people.find((p) => p.keyed);
    const mainName =
      main &&
      main.urls.every((u) => read(u) === undefined) &&
      (main.handles.length === 0 || main.handles.some((h) => sameHandle(h, fields.authorHandle)))
        ? main.name
        : undefined;
    const anchorName = anchors
      .filter((a) => isProfile(a.fields) && sameAuthor(a.fields, fields))
      .map((a) => cleanName(a.name))
      .find((text) => text !== undefined && !text.startsWith('@') && !sameHandle(text, fields.authorHandle));
    fields.authorName =
      cleanName(profileName) ?? cleanName(mainName) ?? nameBeforeHandle(facts, fields.authorHandle) ?? anchorName;
  }
  return spec.refine ? spec.refine(fields, facts) : fields;
}
