import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import {
  bareHandle,
  embeddedItem,
  embeddedValue,
  fill,
  isoDate,
  link,
  nameBeforeHandle,
  notReserved,
  segments,
  textDay,
  valid,
  type Fields,
  type PlatformSpec,
} from './common';

const ORIGIN = 'https://www.instagram.com';
const HANDLE = /^(?!.*\.\.)(?!\.)[A-Za-z0-9._]{1,30}(?<!\.)$/;
const CODE = /^[A-Za-z0-9_-]{5,40}$/;
const STORY_ID = /^\d{5,25}$/;
const COMMENT_ID = /^\d{5,25}$/;
const RESERVED = new Set([
  'p',
  'reel',
  'reels',
  'tv',
  'stories',
  'explore',
  'accounts',
  'direct',
  'about',
  'legal',
  'developer',
  'web',
  'api',
  'graphql',
  's',
  'challenge',
  'emails',
  'session',
  'privacy',
  'terms',
  'oauth',
]);
const KINDS = new Map<string, Fields['contentType']>([
  ['p', 'post'],
  ['reel', 'short-video'],
  ['reels', 'short-video'],
  ['tv', 'video'],
]);

const profile = (name: string | undefined): Fields | undefined => {
  const handle = valid(notReserved(name, RESERVED), HANDLE);
  return handle ? { authorHandle: `@${handle}`, authorUrl: link(ORIGIN, [handle, '']) } : undefined;
};

/**
 * `12 likes, 3 comments - handle on November 2, 2026: "…"` (en) or `12 J'aime, 3 commentaires -
 * handle le 3 mars 2025 : "…"` (fr): logged-out post and reel descriptions; without a caption,
 * the description ends with the day.
 */
const DESCRIPTION = /^[^-]{0,80} - ([A-Za-z0-9._]{1,30}) (?:on|le) ([^:"]{6,40}?)\s?(?::|\.?\s*$)/u;
/**
 * `Name shared a post on Instagram: "…"` (en), `Name a partagé une publication sur Instagram : « … »`
 * (fr), and the titles `Name on Instagram: "…"` / `Name sur Instagram : « … »`: the poster's name.
 */
const SHARED =
  /^(.{1,80}?) (?:shared a (?:post|reel|photo|video) on|a partagé une (?:publication|vidéo|photo) sur) Instagram\b/u;
const TITLED = /^(.{1,80}?) (?:on|sur) Instagram\s?:/u;
/** `(@handle)` in a title: `Name (@handle) • Instagram photos and videos`. */
const TITLE_HANDLE = /\(@([A-Za-z0-9._]{1,30})\)/u;
/** Nested sections of an item that hold other people's comments (their owners, their times). */
const COMMENT_SECTIONS = [
  'edge_media_to_parent_comment',
  'edge_media_to_comment',
  'edge_media_preview_comment',
  'edge_media_to_hoisted_comment',
  'comments',
  'preview_comments',
  'comment',
];

/** A name stated by the page, unless it is only the handle again. */
const nameOf = (value: string | undefined, handle: string | undefined) =>
  value && (!handle || value.trim().toLowerCase() !== bareHandle(handle)) ? value : undefined;

/** The post's owner and time from the page, for the fields the URL does not give. */
function fromPage(fields: Fields, facts: PageFacts): Fields {
  let out = fields;
  // Embedded state (logged-in or server-rendered): the item with this code, its owner and time,
  // never a comment's owner nested in it, nor another item's, nor the signed-in viewer.
  const item = embeddedItem(facts, ['code', 'shortcode'], fields.contentId!, COMMENT_SECTIONS);
  const ownerName = valid(embeddedValue(item, 'username', 'owner') ?? embeddedValue(item, 'username', 'user'), HANDLE);
  const id = embeddedValue(item, 'id', 'owner') ?? embeddedValue(item, 'pk', 'user');
  const ownerId = metaValue(facts, 'instapp:owner_user_id');
  const sameOwner = !ownerId || !id || id === ownerId;
  if (ownerName && sameOwner && (!out.authorHandle || bareHandle(out.authorHandle) === ownerName.toLowerCase())) {
    out = fill(out, 'embedded-state', { ...profile(ownerName) });
    const fullName = embeddedValue(item, 'full_name', 'owner') ?? embeddedValue(item, 'full_name', 'user');
    out = fill(out, 'embedded-state', { authorName: nameOf(fullName, out.authorHandle) });
  }
  out = fill(out, 'embedded-state', {
    publishedAt: isoDate(embeddedValue(item, 'taken_at') ?? embeddedValue(item, 'taken_at_timestamp')),
  });
  // The description names the owner and the day.
  const description = (metaValue(facts, 'og:description') ?? metaValue(facts, 'description') ?? '').slice(0, 300);
  const described = DESCRIPTION.exec(description);
  const handle = valid(described?.[1], HANDLE);
  if (handle && (!out.authorHandle || bareHandle(out.authorHandle) === handle.toLowerCase())) {
    out = fill(out, 'meta', { ...profile(handle) }, 'medium');
    out = fill(out, 'text', { publishedAt: textDay(described?.[2]) }, 'low');
  }
  // "Name (@handle) • Instagram photos and videos" in twitter:title: the handle when nothing else
  // gave it, then the name before it.
  const titles = [metaValue(facts, 'twitter:title'), metaValue(facts, 'og:title'), facts.title ?? undefined];
  if (!out.authorHandle) {
    const titled = titles.map((t) => valid(TITLE_HANDLE.exec((t ?? '').slice(0, 500))?.[1], HANDLE)).find(Boolean);
    out = fill(out, 'text', { ...profile(titled) }, 'medium');
  }
  if (!out.authorName) out = fill(out, 'text', { authorName: nameBeforeHandle(facts, out.authorHandle) }, 'medium');
  // "Name shared a post on Instagram" / "Name on Instagram:" — only once the owner is known.
  if (!out.authorName && out.authorHandle) {
    const stated = [description, ...titles].map((t) => {
      const text = (t ?? '').slice(0, 300);
      return SHARED.exec(text)?.[1] ?? TITLED.exec(text)?.[1];
    });
    out = fill(out, 'text', { authorName: nameOf(stated.find(Boolean), out.authorHandle) }, 'medium');
  }
  return out;
}

export const instagram: PlatformSpec = {
  refine(fields, facts) {
    // A comment's page describes the post: its owner and day are not the comment's.
    if (fields.contentType === 'profile' || fields.contentType === 'comment' || !fields.contentId) return fields;
    return fromPage(fields, facts);
  },
  parse(url) {
    const parts = segments(url);
    const author = profile(parts[0]);
    // /p/CODE/, /reel/CODE/, /tv/CODE/, and the newer /USER/p/CODE/ which also names the author.
    const [kind = '', code] = author && KINDS.has(parts[1] ?? '') ? parts.slice(1) : parts;
    const contentType = KINDS.get(kind);
    if (contentType) {
      const id = valid(code, CODE);
      const path = kind === 'reels' ? 'reel' : kind;
      if (!id) return undefined;
      // /p/CODE/c/ID/ (and /c/ID/r/REPLY/): a comment on the post, not the post.
      const rest = author && KINDS.has(parts[1] ?? '') ? parts.slice(3) : parts.slice(2);
      const comment = rest[0] === 'c' ? valid(rest[rest[2] === 'r' ? 3 : 1], COMMENT_ID) : undefined;
      if (comment) {
        const at = rest[2] === 'r' ? ['c', rest[1]!, 'r', comment] : ['c', comment];
        return { contentType: 'comment', contentId: comment, permalink: link(ORIGIN, [path, id, ...at, '']) };
      }
      return { ...author, contentType, contentId: id, permalink: link(ORIGIN, [path, id, '']) };
    }
    if (kind === 'stories') {
      // /stories/USER/ID/ (author known) and /stories/highlights/ID/ (author only on the page).
      const owner = parts[1] === 'highlights' ? undefined : profile(parts[1]);
      const id = valid(parts[2], STORY_ID);
      return id
        ? { ...owner, contentType: 'post', contentId: id, permalink: link(ORIGIN, ['stories', parts[1]!, id, '']) }
        : undefined;
    }
    return author ? { ...author, contentType: 'profile', permalink: author.authorUrl } : undefined;
  },
};
