import { link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor, withPublished } from './shared-social';

export const VIMEO_DOMAINS = ['vimeo.com'] as const;
const ORIGIN = 'https://vimeo.com';
const VIDEO_ID = /^\d{5,12}$/;
/** The private hash of an unlisted video: the link does not work without it. */
const HASH = /^[0-9a-f]{8,20}$/;
/** Custom profile names (`nomexemple`) and default ones (`user12345678`): a letter first. */
const USERNAME = /^[A-Za-z][A-Za-z0-9_]{1,39}$/;
const CHANNEL = /^[A-Za-z0-9_-]{2,60}$/;
const RESERVED = new Set([
  'channels',
  'groups',
  'categories',
  'watch',
  'upload',
  'search',
  'features',
  'blog',
  'help',
  'join',
  'log_in',
  'login',
  'ondemand',
  'live',
  'showcase',
  'album',
  'manage',
  'settings',
  'about',
  'enterprise',
  'solutions',
  'create',
  'stock',
  'partners',
  'jobs',
  'integrations',
  'pricing',
  'home',
  'explore',
  'purchases',
  'privacy',
  'terms',
  'cookie_policy',
  'event',
  'events',
  'webinars',
  'api',
  'developer',
  'staffpicks',
  'videos',
  'video',
  'player',
  'embed',
  'legal',
]);

function video(id: string | undefined, hash?: string | null): Fields | undefined {
  if (!id) return undefined;
  const h = valid(hash, HASH);
  return { contentType: 'video', contentId: id, permalink: link(ORIGIN, h ? [id, h] : [id]) };
}

export const vimeo: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    const [first, second, third, fourth] = parts;
    // player.vimeo.com/video/ID?h=HASH: the embedded player.
    if (url.hostname.toLowerCase().startsWith('player.'))
      return first === 'video' ? video(valid(second, VIDEO_ID), url.searchParams.get('h')) : undefined;
    // /ID and /ID/HASH (unlisted).
    if (VIDEO_ID.test(first ?? '')) return video(first, second);
    // /channels/NAME/ID, /groups/NAME/videos/ID: a video shown in a channel or group.
    if (first === 'channels' || first === 'groups') {
      const name = valid(second, CHANNEL);
      if (!name) return undefined;
      const id = valid(first === 'groups' && third === 'videos' ? fourth : third, VIDEO_ID);
      if (id) return video(id);
      return third === undefined
        ? { contentType: 'channel', contentId: `${first}/${name}`, permalink: link(ORIGIN, [first, name]) }
        : undefined;
    }
    // /showcase/ID and /album/ID: a collection of videos.
    if (first === 'showcase' || first === 'album') {
      const id = valid(second, VIDEO_ID);
      return id ? { contentType: 'other', contentId: id, permalink: link(ORIGIN, ['showcase', id]) } : undefined;
    }
    const user = valid(notReserved(first, RESERVED), USERNAME);
    if (!user) return undefined;
    const authorUrl = link(ORIGIN, [user]);
    return { authorHandle: user, authorUrl, contentType: 'profile', permalink: authorUrl };
  },
  refine(fields, facts) {
    // A video URL names no author: the page's author claims must be about this video.
    const checked = fields.contentType === 'video' ? withConfirmedAuthor(fields, facts, read, ['VideoObject']) : fields;
    return withPublished(checked, facts, read, ['VideoObject']);
  },
};

const read = readerFor(vimeo, VIMEO_DOMAINS);
