import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import {
  bareHandle,
  fill,
  link,
  notReserved,
  segments,
  valid,
  withSnowflakeTime,
  type Fields,
  type PlatformSpec,
} from './common';

const ORIGIN = 'https://x.com';
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const STATUS_ID = /^\d{1,20}$/;
/** First path segments that are X sections, not accounts. */
const RESERVED = new Set([
  'i',
  'home',
  'explore',
  'search',
  'notifications',
  'messages',
  'settings',
  'compose',
  'hashtag',
  'intent',
  'share',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'about',
  'download',
  'account',
]);

function account(name: string | undefined): Fields | undefined {
  const handle = valid(notReserved(name, RESERVED), HANDLE);
  return handle ? { authorHandle: `@${handle}`, authorUrl: link(ORIGIN, [handle]) } : undefined;
}

/**
 * `NAME on X: "…" / X` (en), `NAME sur X : "…" / X` (fr): a post page's title names its author
 * (after an unread count such as `(3) ` when signed in).
 */
const TITLE_NAME = /^(?:\(\d{1,4}\)\s*)?(.{1,60}?) (?:on|sur) X\s?:\s/u;

/** The post's author's display name from the page's title, when nothing better gave one. */
function titledName(fields: Fields, facts: PageFacts): Fields {
  if (fields.contentType !== 'post' || fields.authorName) return fields;
  for (const title of [metaValue(facts, 'og:title'), facts.title ?? undefined]) {
    const name = TITLE_NAME.exec((title ?? '').slice(0, 300))?.[1]?.trim();
    if (!name || name.startsWith('@')) continue;
    if (fields.authorHandle && bareHandle(name) === bareHandle(fields.authorHandle)) continue;
    return fill(fields, 'text', { authorName: name }, 'medium');
  }
  return fields;
}

export const x: PlatformSpec = {
  refine: titledName,
  parse(url) {
    const parts = segments(url);
    // /i/web/status/ID and /i/status/ID: a post without its author in the URL.
    if (parts[0] === 'i') {
      const at = parts.indexOf('status');
      const id = at > 0 ? valid(parts[at + 1], STATUS_ID) : undefined;
      if (id)
        return withSnowflakeTime(
          { contentType: 'post', contentId: id, permalink: link(ORIGIN, ['i', 'web', 'status', id]) },
          'x',
        );
      const broadcast = parts[1] === 'broadcasts' ? valid(parts[2], /^[A-Za-z0-9]{8,20}$/) : undefined;
      if (broadcast)
        return {
          contentType: 'live-stream',
          contentId: broadcast,
          permalink: link(ORIGIN, ['i', 'broadcasts', broadcast]),
        };
      const community = parts[1] === 'communities' ? valid(parts[2], STATUS_ID) : undefined;
      if (community)
        return { contentType: 'group', contentId: community, permalink: link(ORIGIN, ['i', 'communities', community]) };
      return undefined;
    }
    const author = account(parts[0]);
    if (!author) return undefined;
    const id = parts[1] === 'status' ? valid(parts[2], STATUS_ID) : undefined;
    if (id) {
      const post: Fields = {
        ...author,
        contentType: 'post',
        contentId: id,
        permalink: link(ORIGIN, [parts[0]!, 'status', id]),
      };
      return withSnowflakeTime(post, 'x');
    }
    return { ...author, contentType: 'profile', permalink: author.authorUrl };
  },
};
