import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import {
  elementValues,
  embeddedValue,
  fill,
  hostMatches,
  isoDate,
  link,
  notReserved,
  segments,
  toWebUrl,
  valid,
  type Fields,
  type PlatformSpec,
} from './common';

const ORIGIN = 'https://www.facebook.com';
const USERNAME = /^[A-Za-z0-9.-]{5,80}$/;
const NUMERIC_ID = /^\d{5,25}$/;
const POST_ID = /^(?:\d{5,25}|pfbid0[A-Za-z0-9]{20,80})$/;
const COMMENT_ID = /^[A-Za-z0-9_=-]{5,120}$/;
const SHARE_CODE = /^[A-Za-z0-9_-]{5,40}$/;
const GROUP = /^(?:\d{5,25}|[A-Za-z0-9.-]{2,80})$/;
const RESERVED = new Set([
  'watch',
  'groups',
  'events',
  'pages',
  'marketplace',
  'gaming',
  'reel',
  'reels',
  'stories',
  'share',
  'login',
  'help',
  'policies',
  'privacy',
  'hashtag',
  'photo',
  'photo.php',
  'story.php',
  'permalink.php',
  'profile.php',
  'settings',
  'notifications',
  'messages',
  'friends',
  'bookmarks',
  'search',
  'sharer',
  'sharer.php',
  'dialog',
  'plugins',
  'ads',
  'business',
  'l.php',
  'people',
  'media',
  'video.php',
  'live',
  'home.php',
  'recover',
  'checkpoint',
  'legal',
  'about',
  'latest',
  'fundraisers',
  'saved',
  'memories',
  'ajax',
]);
const SHARE_KINDS: Record<string, Fields['contentType']> = { p: 'post', v: 'video', r: 'short-video' };
const KINDS: Record<string, Fields['contentType']> = { posts: 'post', videos: 'video', photos: 'post' };

/** A profile by numeric id or by username. */
function person(value: string | null | undefined): Fields | undefined {
  const id = valid(value, NUMERIC_ID);
  if (id) return { authorId: id, authorUrl: link(ORIGIN, ['profile.php'], { id }) };
  const name = valid(notReserved(value ?? undefined, RESERVED), USERNAME);
  return name ? { authorHandle: name, authorUrl: link(ORIGIN, [name]) } : undefined;
}

const asProfile = (p: Fields | undefined): Fields | undefined =>
  p && { ...p, contentType: 'profile', contentId: p.authorId, permalink: p.authorUrl };

/** A comment is addressed by `comment_id` on its post's URL. */
function withComment(post: Fields, url: URL): Fields {
  const comment = valid(url.searchParams.get('comment_id'), COMMENT_ID);
  if (!comment || !post.permalink) return post;
  const permalink = new URL(post.permalink);
  permalink.searchParams.set('comment_id', comment);
  return { ...post, contentType: 'comment', contentId: comment, permalink: permalink.href };
}

function parse(url: URL, domain: string): Fields | undefined {
  const parts = segments(url);
  const q = (name: string) => url.searchParams.get(name);
  if (domain === 'fb.watch') {
    const code = valid(parts[0], SHARE_CODE);
    return code ? { contentType: 'video', permalink: link('https://fb.watch', [code, '']) } : undefined;
  }
  const [first = '', second, third] = parts;
  switch (first) {
    case 'story.php':
    case 'permalink.php': {
      const id = valid(q('story_fbid'), POST_ID);
      const author = person(q('id'));
      const permalink = link(ORIGIN, [first], { story_fbid: id, id: author?.authorId });
      return id ? { ...author, contentType: 'post', contentId: id, permalink } : undefined;
    }
    case 'watch':
    case 'video.php': {
      const id = valid(q('v'), NUMERIC_ID);
      return id
        ? { contentType: 'video', contentId: id, permalink: link(ORIGIN, ['watch', ''], { v: id }) }
        : undefined;
    }
    case 'reel': {
      const id = valid(second, NUMERIC_ID);
      return id ? { contentType: 'short-video', contentId: id, permalink: link(ORIGIN, ['reel', id]) } : undefined;
    }
    case 'photo':
    case 'photo.php': {
      const id = valid(q('fbid'), NUMERIC_ID);
      return id
        ? { contentType: 'post', contentId: id, permalink: link(ORIGIN, ['photo', ''], { fbid: id }) }
        : undefined;
    }
    case 'groups': {
      const group = valid(second, GROUP);
      if (!group) return undefined;
      const id = third === 'posts' || third === 'permalink' ? valid(parts[3], POST_ID) : undefined;
      if (id)
        return { contentType: 'post', contentId: id, permalink: link(ORIGIN, ['groups', group, 'posts', id, '']) };
      return {
        contentType: 'group',
        contentId: valid(group, NUMERIC_ID),
        permalink: link(ORIGIN, ['groups', group, '']),
      };
    }
    case 'share': {
      const kind = second !== undefined && Object.hasOwn(SHARE_KINDS, second) ? second : undefined;
      const code = valid(third, SHARE_CODE);
      return kind && code
        ? { contentType: SHARE_KINDS[kind], permalink: link(ORIGIN, ['share', kind, code, '']) }
        : undefined;
    }
    case 'profile.php':
      return asProfile(person(q('id')));
    case 'pages': {
      // /pages/NAME/ID: an older form of a Page's address, the Page by its numeric id.
      const id = valid(third, NUMERIC_ID);
      return id && second ? asProfile(person(id)) : undefined;
    }
    case 'people':
      return asProfile(person(third));
  }
  const author = person(first);
  if (!author) return undefined;
  const kind = second !== undefined && Object.hasOwn(KINDS, second) ? second : undefined;
  const id = kind ? parts.slice(2).find((s) => POST_ID.test(s)) : undefined;
  if (kind && id) {
    return { ...author, contentType: KINDS[kind], contentId: id, permalink: link(ORIGIN, [first, kind, id]) };
  }
  return asProfile(author);
}

const parseWithComment = (url: URL, domain: string): Fields | undefined => {
  const fields = parse(url, domain);
  return fields?.contentId && fields.contentType !== 'profile' && fields.contentType !== 'group'
    ? withComment(fields, url)
    : fields;
};

const CONTENT = new Set<Fields['contentType']>(['post', 'video', 'short-video', 'comment']);

/** A profile from the embedded state's `actors`/`owner` object: its URL, else its numeric id. */
function embeddedAuthor(facts: PageFacts, key: string): (Fields & { name?: string }) | undefined {
  const url = toWebUrl(embeddedValue(facts, 'url', key));
  const byUrl = url && hostMatches(url.hostname, 'facebook.com') ? parse(url, 'facebook.com') : undefined;
  const author = byUrl?.contentType === 'profile' ? byUrl : person(valid(embeddedValue(facts, 'id', key), NUMERIC_ID));
  if (!author) return undefined;
  return {
    authorHandle: author.authorHandle,
    authorUrl: author.authorUrl,
    authorId: author.authorId,
    name: embeddedValue(facts, 'name', key),
  };
}

const isPfbid = (id: string) => id.startsWith('pfbid');

/**
 * The ids the page's own claims (og:url, canonical) give this content in the other scheme: a post
 * reported by its `pfbid…` whose canonical names it by its numeric id, or the reverse.
 */
function aliases(fields: Fields, facts: PageFacts): string[] {
  const id = fields.contentId!;
  return [metaValue(facts, 'og:url'), facts.canonical]
    .map((claim) => {
      const url = toWebUrl(claim);
      return url && hostMatches(url.hostname, 'facebook.com') ? parseWithComment(url, 'facebook.com') : undefined;
    })
    .filter((c) => c?.contentType === fields.contentType && c?.contentId !== undefined)
    .map((c) => c!.contentId!)
    .filter((other) => isPfbid(other) !== isPfbid(id));
}

/**
 * The post's author and time from the embedded state (`"actors":[{…}]` for posts, `"owner":{…}`
 * for videos; `creation_time`/`publish_time` in Unix seconds), used only when the state mentions
 * this content's id (in either scheme); else the old markup's `data-utime`.
 */
function fromPage(fields: Fields, facts: PageFacts): Fields {
  if (!CONTENT.has(fields.contentType) || !fields.contentId) return fields;
  let out = fields;
  const ids = [fields.contentId, ...aliases(fields, facts)];
  const aboutThis = facts.embedded.some((b) => ids.some((id) => b.text.slice(0, 20000).includes(id)));
  if (aboutThis) {
    const author = embeddedAuthor(facts, 'actors') ?? embeddedAuthor(facts, 'owner');
    const same =
      author &&
      ((!out.authorHandle && !out.authorUrl) ||
        (!!out.authorUrl && out.authorUrl === author.authorUrl) ||
        (!!out.authorId && out.authorId === author.authorId));
    if (author && same) {
      const { name, ...profile } = author;
      out = fill(out, 'embedded-state', profile);
      out = fill(out, 'embedded-state', { authorName: name });
    }
    const time = embeddedValue(facts, 'creation_time') ?? embeddedValue(facts, 'publish_time');
    out = fill(out, 'embedded-state', { publishedAt: isoDate(time) });
  }
  return fill(out, 'markup', { publishedAt: isoDate(elementValues(facts, 'data-utime')[0]) }, 'medium');
}

export const facebook: PlatformSpec = {
  parse: parseWithComment,
  refine: fromPage,
  // A post has a numeric id and a `pfbid…` one: different schemes say nothing about sameness.
  comparableIds: (a, b) => isPfbid(a) === isPfbid(b),
};
