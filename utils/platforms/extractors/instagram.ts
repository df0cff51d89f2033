import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import {
  bareHandle,
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
 * handle le 3 mars 2025 : "…"` (fr): logged-out post and reel descriptions.
 */
const DESCRIPTION = /^[^-]{0,80} - ([A-Za-z0-9._]{1,30}) (?:on|le) ([^:]{6,40}?)\s?:/u;

/** The post's owner and time from the page, for the fields the URL does not give. */
function fromPage(fields: Fields, facts: PageFacts): Fields {
  let out = fields;
  // Embedded state (logged-in or server-rendered): the owner object and its taken_at.
  const ownerName = valid(embeddedValue(facts, 'username', 'owner'), HANDLE);
  const id = embeddedValue(facts, 'id', 'owner');
  const ownerId = metaValue(facts, 'instapp:owner_user_id');
  const sameOwner = !ownerId || !id || id === ownerId;
  if (ownerName && sameOwner && (!out.authorHandle || bareHandle(out.authorHandle) === ownerName.toLowerCase())) {
    out = fill(out, 'embedded-state', { ...profile(ownerName) });
    out = fill(out, 'embedded-state', { authorName: embeddedValue(facts, 'full_name', 'owner') });
    out = fill(out, 'embedded-state', { publishedAt: isoDate(embeddedValue(facts, 'taken_at')) });
  }
  // The description names the owner and the day.
  const described = DESCRIPTION.exec(
    (metaValue(facts, 'og:description') ?? metaValue(facts, 'description') ?? '').slice(0, 300),
  );
  const handle = valid(described?.[1], HANDLE);
  if (handle && (!out.authorHandle || bareHandle(out.authorHandle) === handle.toLowerCase())) {
    out = fill(out, 'meta', { ...profile(handle) }, 'medium');
    out = fill(out, 'text', { publishedAt: textDay(described?.[2]) }, 'low');
  }
  // "Name (@handle) • Instagram photos and videos" in twitter:title.
  if (!out.authorName) out = fill(out, 'text', { authorName: nameBeforeHandle(facts, out.authorHandle) }, 'medium');
  return out;
}

export const instagram: PlatformSpec = {
  refine(fields, facts) {
    if (fields.contentType === 'profile' || !fields.contentId) return fields;
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
      return id ? { ...author, contentType, contentId: id, permalink: link(ORIGIN, [path, id, '']) } : undefined;
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
