import { link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';

const ORIGIN = 'https://kick.com';
const SLUG = /^[A-Za-z0-9_-]{3,25}$/;
const VIDEO_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLIP_ID = /^clip_[A-Za-z0-9]{10,40}$/;
const RESERVED = new Set([
  'categories',
  'category',
  'browse',
  'following',
  'search',
  'dashboard',
  'terms-of-service',
  'privacy-policy',
  'community-guidelines',
  'video',
  'clips',
  'auth',
  'settings',
  'messages',
  'subscriptions',
  'api',
  'help',
  'dmca-policy',
  'legal',
  'about',
  'careers',
  'contact',
  'faq',
]);

export const kick: PlatformSpec = {
  parse(url) {
    const parts = segments(url);
    if (parts[0] === 'video') {
      const id = valid(parts[1], VIDEO_ID);
      return id ? { contentType: 'video', contentId: id, permalink: link(ORIGIN, ['video', id]) } : undefined;
    }
    const slug = valid(notReserved(parts[0], RESERVED), SLUG);
    if (!slug) return undefined;
    const author: Fields = { authorHandle: slug, authorUrl: link(ORIGIN, [slug]) };
    const video = parts[1] === 'videos' ? valid(parts[2], VIDEO_ID) : undefined;
    if (video)
      return { ...author, contentType: 'video', contentId: video, permalink: link(ORIGIN, [slug, 'videos', video]) };
    // Clips: /USER/clips/clip_ID, or the channel page with ?clip=clip_ID.
    const clip = valid(parts[1] === 'clips' ? parts[2] : url.searchParams.get('clip'), CLIP_ID);
    if (clip)
      return { ...author, contentType: 'short-video', contentId: clip, permalink: link(ORIGIN, [slug, 'clips', clip]) };
    return { ...author, contentType: 'channel', permalink: author.authorUrl };
  },
};
