import { link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor, withPublished } from './shared-social';

export const DAILYMOTION_DOMAINS = ['dailymotion.com', 'dai.ly'] as const;
const ORIGIN = 'https://www.dailymotion.com';
/** Video and playlist ids: `x` then base-36 characters (`x8abc12`). */
const VIDEO_ID = /^x[0-9a-z]{4,12}$/;
/** Channel (user) names. */
const USERNAME = /^[A-Za-z0-9_-]{3,60}$/;
const RESERVED = new Set([
  'video',
  'embed',
  'playlist',
  'player',
  'search',
  'signin',
  'signup',
  'settings',
  'library',
  'partner',
  'legal',
  'live',
  'tv',
  'channel',
  'discover',
  'explore',
  'following',
  'for-you',
  'creators',
  'help',
  'press',
  'about',
  'terms',
  'privacy',
  'cookies',
  'upload',
  'account',
  'notifications',
  'hashtag',
  'services',
  'cdn',
]);

/** `x8abc12` and the old `x8abc12_title-words_news` form of video slugs. */
const videoId = (segment: string | undefined) => valid(segment?.split('_')[0]?.toLowerCase(), VIDEO_ID);
const video = (id: string | undefined): Fields | undefined =>
  id ? { contentType: 'video', contentId: id, permalink: link(ORIGIN, ['video', id]) } : undefined;

export const dailymotion: PlatformSpec = {
  parse(url, domain) {
    const [first, second, third] = segments(url);
    if (domain === 'dai.ly') return video(videoId(first));
    // geo.dailymotion.com/player/PLAYER.html?video=ID and the older /player.html?video=ID.
    if (url.hostname.toLowerCase().startsWith('geo.') || first === 'player.html' || first === 'player')
      return video(videoId(url.searchParams.get('video') ?? undefined));
    if (first === 'video') return video(videoId(second));
    if (first === 'embed' && second === 'video') return video(videoId(third));
    if (first === 'playlist') {
      const id = videoId(second);
      return id ? { contentType: 'other', contentId: id, permalink: link(ORIGIN, ['playlist', id]) } : undefined;
    }
    const user = valid(notReserved(first, RESERVED), USERNAME);
    if (!user) return undefined;
    const authorUrl = link(ORIGIN, [user]);
    return { authorHandle: user, authorUrl, contentType: 'channel', permalink: authorUrl };
  },
  refine(fields, facts) {
    // A video URL names no author: the page's author claims must be about this video.
    const checked = fields.contentType === 'video' ? withConfirmedAuthor(fields, facts, read, ['VideoObject']) : fields;
    return withPublished(checked, facts, read, ['VideoObject']);
  },
};

const read = readerFor(dailymotion, DAILYMOTION_DOMAINS);
