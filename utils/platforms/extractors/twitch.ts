import { firstJsonLd, isRecord, link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';

const ORIGIN = 'https://www.twitch.tv';
const LOGIN = /^[A-Za-z0-9_]{3,25}$/;
const VIDEO_ID = /^\d{5,15}$/;
const CLIP_SLUG = /^[A-Za-z0-9_-]{5,100}$/;
const RESERVED = new Set([
  'directory',
  'videos',
  'settings',
  'subscriptions',
  'inventory',
  'wallet',
  'drops',
  'downloads',
  'jobs',
  'p',
  'search',
  'login',
  'signup',
  'turbo',
  'prime',
  'store',
  'friends',
  'messages',
  'payments',
  'moderator',
  'popout',
  'embed',
  'following',
  'user',
  'broadcast',
  'legal',
  'team',
  'privacy',
  'terms',
]);

const channel = (name: string | null | undefined): Fields | undefined => {
  const login = valid(notReserved(name ?? undefined, RESERVED), LOGIN);
  return login ? { authorHandle: login, authorUrl: link(ORIGIN, [login]) } : undefined;
};
const video = (id: string | undefined, author?: Fields): Fields | undefined =>
  id ? { ...author, contentType: 'video', contentId: id, permalink: link(ORIGIN, ['videos', id]) } : undefined;
const clip = (slug: string | undefined, author?: Fields): Fields | undefined =>
  slug
    ? {
        ...author,
        contentType: 'short-video',
        contentId: slug,
        permalink: author?.authorHandle
          ? link(ORIGIN, [author.authorHandle, 'clip', slug])
          : link('https://clips.twitch.tv', [slug]),
      }
    : undefined;

export const twitch: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    const host = url.hostname.toLowerCase();
    if (host.startsWith('clips.')) return clip(valid(parts[0], CLIP_SLUG));
    if (host.startsWith('player.')) {
      const v = url.searchParams.get('video')?.replace(/^v/, '');
      return video(valid(v, VIDEO_ID)) ?? channelPage(channel(url.searchParams.get('channel')));
    }
    if (parts[0] === 'videos') return video(valid(parts[1], VIDEO_ID));
    const author = channel(parts[0]);
    if (!author) return undefined;
    if (parts[1] === 'clip') return clip(valid(parts[2], CLIP_SLUG), author);
    if (parts[1] === 'video' || parts[1] === 'v') return video(valid(parts[2], VIDEO_ID), author);
    return channelPage(author);
  },
  refine(fields, facts) {
    // A channel page currently broadcasting says so in its VideoObject.
    if (fields.contentType !== 'channel') return fields;
    const publication = firstJsonLd(facts, ['VideoObject'])?.publication;
    const live = isRecord(publication) && publication.isLiveBroadcast === true && !publication.endDate;
    return live ? { ...fields, contentType: 'live-stream' } : fields;
  },
};

function channelPage(author: Fields | undefined): Fields | undefined {
  return author && { ...author, contentType: 'channel', permalink: author.authorUrl };
}
