import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import {
  embeddedValue,
  fill,
  isoDate,
  link,
  segments,
  toWebUrl,
  valid,
  type Fields,
  type PlatformSpec,
} from './common';

const ORIGIN = 'https://www.youtube.com';
const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
/** Handles: 3 to 30 letters (any script), digits, `_`, `-`, `.`. */
const HANDLE = /^[\p{L}\p{M}\p{N}._-]{3,30}$/u;
const LEGACY_NAME = /^[A-Za-z0-9_.-]{1,100}$/;
const COMMENT_ID = /^[A-Za-z0-9_.-]{10,100}$/;
const POST_ID = /^Ug[A-Za-z0-9_-]{10,60}$/;
const LIST_ID = /^[A-Za-z0-9_-]{10,64}$/;

const video = (id: string | undefined, contentType: Fields['contentType'], path?: string[]): Fields | undefined =>
  id
    ? { contentType, contentId: id, permalink: path ? link(ORIGIN, path) : link(ORIGIN, ['watch'], { v: id }) }
    : undefined;

function channel(kind: string, value: string | undefined): Fields | undefined {
  if (kind.startsWith('@')) {
    const handle = valid(kind.slice(1), HANDLE);
    if (!handle) return undefined;
    const authorUrl = link(ORIGIN, [`@${handle}`]);
    return { contentType: 'channel', permalink: authorUrl, authorHandle: `@${handle}`, authorUrl };
  }
  const id = kind === 'channel' ? valid(value, CHANNEL_ID) : undefined;
  const name = kind === 'c' || kind === 'user' ? valid(value, LEGACY_NAME) : undefined;
  if (!id && !name) return undefined;
  const authorUrl = link(ORIGIN, [kind, (id ?? name)!]);
  return { contentType: 'channel', permalink: authorUrl, contentId: id, authorId: id, authorUrl };
}

const VIDEO_TYPES = new Set<Fields['contentType']>(['video', 'short-video', 'live-stream']);

/**
 * The player's embedded state (`ytInitialPlayerResponse`: videoDetails, microformat), only when it
 * is about this video: after single-page navigation the inline state is the first video's.
 */
function fromPlayerState(fields: Fields, facts: PageFacts): Fields {
  if (!VIDEO_TYPES.has(fields.contentType) || !fields.contentId) return fields;
  if (embeddedValue(facts, 'videoId', 'videoDetails') !== fields.contentId) return fields;
  let out = fields;
  const ownerUrl = toWebUrl(embeddedValue(facts, 'ownerProfileUrl'));
  const owner =
    ownerUrl && /(^|\.)youtube\.com$/i.test(ownerUrl.hostname) ? youtube.parse(ownerUrl, 'youtube.com') : undefined;
  const channelId = valid(embeddedValue(facts, 'channelId', 'videoDetails'), CHANNEL_ID);
  const fromOwner = owner?.contentType === 'channel' ? owner : channelId ? channel('channel', channelId) : undefined;
  // The player state is about this very video (checked above): its owner replaces an author the
  // page's other markup gave (a URL never names a video's channel), with that author's name.
  const other =
    fromOwner &&
    (out.authorUrl || out.authorHandle) &&
    out.authorUrl !== fromOwner.authorUrl &&
    !(out.authorId && out.authorId === fromOwner.authorId) &&
    !(out.authorHandle && out.authorHandle.toLowerCase() === fromOwner.authorHandle?.toLowerCase());
  if (other)
    out = { ...out, authorHandle: undefined, authorUrl: undefined, authorId: undefined, authorName: undefined };
  const sameAuthor = !out.authorUrl || !fromOwner || out.authorUrl === fromOwner.authorUrl;
  if (fromOwner && !out.authorHandle && !out.authorUrl) {
    out = fill(out, 'embedded-state', {
      authorHandle: fromOwner.authorHandle,
      authorUrl: fromOwner.authorUrl,
      authorId: fromOwner.authorId,
    });
  }
  if (sameAuthor) {
    out = fill(out, 'embedded-state', {
      authorName: embeddedValue(facts, 'ownerChannelName') ?? embeddedValue(facts, 'author', 'videoDetails'),
    });
  }
  return fill(out, 'embedded-state', {
    publishedAt: isoDate(embeddedValue(facts, 'publishDate')) ?? isoDate(embeddedValue(facts, 'uploadDate')),
  });
}

export const youtube: PlatformSpec = {
  parse(url, domain) {
    const [first = '', second] = segments(url);
    if (domain === 'youtu.be') return video(valid(first, VIDEO_ID), 'video');
    if (first === 'watch') {
      const id = valid(url.searchParams.get('v'), VIDEO_ID);
      const comment = valid(url.searchParams.get('lc'), COMMENT_ID);
      if (id && comment) {
        return {
          contentType: 'comment',
          contentId: comment,
          permalink: link(ORIGIN, ['watch'], { v: id, lc: comment }),
        };
      }
      return video(id, 'video');
    }
    if (first === 'shorts') return video(valid(second, VIDEO_ID), 'short-video', ['shorts', second ?? '']);
    if (first === 'live') return video(valid(second, VIDEO_ID), 'live-stream');
    if (first === 'embed' || first === 'v') return video(valid(second, VIDEO_ID), 'video');
    if (first === 'post') {
      const id = valid(second, POST_ID);
      return id ? { contentType: 'post', contentId: id, permalink: link(ORIGIN, ['post', id]) } : undefined;
    }
    if (first === 'playlist') {
      const id = valid(url.searchParams.get('list'), LIST_ID);
      return id
        ? { contentType: 'other', contentId: id, permalink: link(ORIGIN, ['playlist'], { list: id }) }
        : undefined;
    }
    return channel(first, second);
  },
  refine(fields, facts) {
    // On a channel page the title is the channel's display name.
    if (fields.contentType !== 'channel') return fromPlayerState(fields, facts);
    return fill(fields, 'meta', { authorName: metaValue(facts, 'og:title') });
  },
};
