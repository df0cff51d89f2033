/**
 * JSON-LD: its objects, how each relates to the reported content, and the people it names as
 * authors (never under a comment, a review, a shared item or a breadcrumb).
 */
import type { PageFacts } from '@/utils/report/page-facts';
import type { Comparable, Fields } from './types';
import { toWebUrl } from './urls';

export { asArray, isRecord, jsonLdObjects, type Json } from '@/utils/report/json-ld';
import { asArray, isRecord, jsonLdObjects, type Json } from '@/utils/report/json-ld';
export const strings = (v: unknown): string[] => asArray(v).filter((s): s is string => typeof s === 'string');

/** The first top-level JSON-LD object whose `@type` is one of `types`. */
export function firstJsonLd(facts: Pick<PageFacts, 'jsonLd'>, types: readonly string[]): Json | undefined {
  return jsonLdObjects(facts).find((o) => strings(o['@type']).some((t) => types.includes(t)));
}

export interface Person {
  name?: string;
  urls: string[];
  handles: string[];
  /** Reached through an author-like key (author, creator, seller, mainEntity). */
  keyed: boolean;
}

export const AUTHOR_KEYS = new Set(['author', 'creator', 'seller', 'mainEntity', 'accountablePerson']);
/**
 * Keys under which JSON-LD holds other people's contributions or other content: comments,
 * reviews, answers, shared, quoted or cited items, mentions, lists and breadcrumbs, the site the
 * page is part of. The people found there are never the author of the page's content.
 */
export const FOREIGN_KEYS = new Set([
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
export const NAVIGATION_TYPES = new Set(['BreadcrumbList', 'ListItem', 'ItemList', 'SiteNavigationElement', 'WebSite']);
/** Contributions to someone else's content: about a comment report only. */
export const CONTRIBUTION_TYPES = new Set(['Comment', 'Answer', 'Review']);

export const typesOf = (o: Json) => strings(o['@type']);
export const isContribution = (o: Json) => typesOf(o).some((t) => CONTRIBUTION_TYPES.has(t));

/** The URLs a JSON-LD object says it is (`url`, `@id`, `mainEntityOfPage`). */
export function namedUrls(o: Json): string[] {
  const main = o.mainEntityOfPage;
  const mainIds = isRecord(main) ? [...strings(main['@id']), ...strings(main.url)] : strings(main);
  return [...strings(o.url), ...strings(o['@id']), ...mainIds].filter((u) => /^https?:/i.test(u));
}

/** Same content: same type and id (ids the platform cannot compare count as the same). */
export function sameItem(a: Fields, b: Fields, comparable: Comparable): boolean {
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
export function relation(
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
export function jsonLdPeople(
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

export const CONTENT_LD_TYPES = [
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
export const WHOLE_PAGE_TYPES = new Set<Fields['contentType']>(['profile', 'channel', 'group']);
