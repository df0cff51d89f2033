import { link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';

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

export const instagram: PlatformSpec = {
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
