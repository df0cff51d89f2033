/**
 * The extractor pipeline: the URL first, then the page claims about it (og:url, canonical,
 * JSON-LD, author markup, links), the platform's `refine`, and a time derived from the id last.
 */
import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import type { Confidence, FieldSource, ProvenanceEntry } from '@/utils/report/platform-data';
import type { ExtractedFields, Extractor } from '@/utils/platforms/types';
import { ALWAYS, type Comparable, type Fields, type PlatformSpec, type Sources } from './types';
import { cleanUrl, matchDomain, toWebUrl } from './urls';
import { PROVENANCE_FIELDS, REFINE_DEFAULT, fill, from } from './provenance';
import { isoDate } from './dates';
import { escapeRegExp } from './embedded';
import { bareHandle, cleanName, personName, sameHandle, sameText, statedOutsideLinks } from './names';
import {
  CONTENT_LD_TYPES,
  type Json,
  WHOLE_PAGE_TYPES,
  jsonLdObjects,
  jsonLdPeople,
  relation,
  sameItem,
  strings,
  typesOf,
} from './json-ld';

export const isProfile = (f: Fields | undefined): f is Fields =>
  !!f && (f.contentType === 'profile' || f.contentType === 'channel') && !!(f.authorHandle || f.authorUrl);

export const sameAuthor = (a: Fields, b: Fields) =>
  sameHandle(a.authorHandle, b.authorHandle) || sameText(a.authorUrl, b.authorUrl) || sameText(a.authorId, b.authorId);

/** The claim is about other content or another author than the URL: stale (SPA navigation) or wrong. */
export const conflicts = (base: Fields, claim: Fields, comparable: Comparable = ALWAYS) =>
  (!!base.authorHandle && !!claim.authorHandle && !sameHandle(base.authorHandle, claim.authorHandle)) ||
  (base.contentType === claim.contentType &&
    !!base.contentId &&
    !!claim.contentId &&
    base.contentId !== claim.contentId &&
    comparable(base.contentId, claim.contentId));

export function withAuthorFrom(fields: Fields, source: Fields | undefined, entry: ProvenanceEntry): Fields {
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
export function finish(fields: Fields): ExtractedFields {
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
export function refined(spec: PlatformSpec, fields: Fields, facts: PageFacts): Fields {
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

/** The publication time the page states in its structured data for the content of `fields`. */
export function structuredDate(
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
export function linkedTime(fields: Fields, facts: PageFacts, read: (v: unknown) => Fields | undefined): Fields {
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

export function withClaims(
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
