import type { PageFacts } from '@/utils/report/page-facts';
import { fill, isoDate, link, segments, valid, type Fields, type PlatformSpec } from './common';

const ORIGIN = 'https://www.reddit.com';
const SUBREDDIT = /^[A-Za-z0-9_]{2,21}$/;
const USERNAME = /^[A-Za-z0-9_-]{3,20}$/;
const THING_ID = /^[a-z0-9]{4,10}$/;
const SHARE_CODE = /^[A-Za-z0-9]{5,20}$/;

function user(name: string | undefined): Fields | undefined {
  const handle = valid(name, USERNAME);
  return handle ? { authorHandle: `u/${handle}`, authorUrl: link(ORIGIN, ['user', handle, '']) } : undefined;
}

/** `…/comments/ID[/slug][/CID]` and `…/comments/ID/comment/CID`, under `scope` (`r/SUB`, `user/NAME` or none). */
function thread(scope: string[], rest: string[], author?: Fields): Fields | undefined {
  const id = valid(rest[1], THING_ID);
  if (rest[0] !== 'comments' || !id) return undefined;
  const comment = valid(rest[3], THING_ID); // after the slug, or after the literal 'comment'
  if (comment) {
    return {
      ...author,
      contentType: 'comment',
      contentId: comment,
      permalink: link(ORIGIN, [...scope, 'comments', id, 'comment', comment, '']),
    };
  }
  return { ...author, contentType: 'post', contentId: id, permalink: link(ORIGIN, [...scope, 'comments', id, '']) };
}

export const reddit: PlatformSpec = {
  refine: (fields, facts) => fromElements(fields, facts),
  parse(url, domain) {
    const parts = segments(url);
    if (domain === 'redd.it') {
      // redd.it/ID is a short link to a post; i.redd.it, v.redd.it… are media hosts.
      const id = url.hostname.toLowerCase() === 'redd.it' ? valid(parts[0], THING_ID) : undefined;
      return id ? { contentType: 'post', contentId: id, permalink: link(ORIGIN, ['comments', id, '']) } : undefined;
    }
    const [first, second] = parts;
    if (first === 'comments') return thread([], parts);
    if (first === 'user' || first === 'u') {
      const author = user(second);
      if (!author) return undefined;
      return (
        thread(['user', second!], parts.slice(2), author) ?? {
          ...author,
          contentType: 'profile',
          permalink: author.authorUrl,
        }
      );
    }
    if (first !== 'r') return undefined;
    const sub = valid(second, SUBREDDIT);
    if (!sub) return undefined;
    const posted = thread(['r', sub], parts.slice(2));
    if (posted) return posted;
    // /r/SUB/s/CODE: a share link resolved by the page (its canonical gives the post).
    const share = parts[2] === 's' ? valid(parts[3], SHARE_CODE) : undefined;
    if (share) return { permalink: link(ORIGIN, ['r', sub, 's', share]) };
    const subUrl = link(ORIGIN, ['r', sub, '']);
    return { contentType: 'group', permalink: subUrl, authorHandle: `r/${sub}`, authorUrl: subUrl };
  },
};

/** The user a `/user/NAME/` (or `/u/NAME`) link names, relative or absolute. */
function linkedUser(href: string | undefined): Fields | undefined {
  if (!href || href.length > 2048) return undefined;
  try {
    const url = new URL(href, ORIGIN);
    if (!/(^|\.)reddit\.com$/i.test(url.hostname)) return undefined;
    const m = /^\/(?:user|u)\/([^/]+)\/?$/.exec(url.pathname);
    return user(m?.[1]);
  } catch {
    return undefined;
  }
}

/** The post (`t3_…`) or comment (`t1_…`) an element sits in: the nearest ancestor id naming one. */
const thingOf = (within: readonly string[] | undefined) =>
  (within ?? [])
    .map((id) => /(?:^|[^A-Za-z0-9])(t[13]_[a-z0-9]{4,10})$/.exec(id)?.[1] ?? /^(t[13]_[a-z0-9]{4,10})$/.exec(id)?.[1])
    .find((t) => t !== undefined);

/** The post id in a `/r/SUB/comments/ID/slug/` permalink attribute. */
const permalinkId = (value: string | undefined) => /\/comments\/([a-z0-9]{4,10})\//.exec(value ?? '')?.[1];

/**
 * The post or comment element of the page that is about `fields` (new Reddit's `<shreddit-post>`
 * and `<shreddit-comment>`, old Reddit's `.thing` with `data-fullname`): its author and time. On
 * the 2019–2023 redesign, the author link of the post (`data-testid="post_author_link"`) or of the
 * comment (`comment_author_link`) inside the container whose id names this very post or comment:
 * never a link of the feed behind the post, of a comment, or the signed-in user's.
 */
function fromElements(fields: Fields, facts: PageFacts): Fields {
  const id = fields.contentId;
  if (!id || (fields.contentType !== 'post' && fields.contentType !== 'comment')) return fields;
  const fullname = `${fields.contentType === 'post' ? 't3' : 't1'}_${id}`;
  for (const el of facts.elements) {
    const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
    const testId = attr('data-testid');
    if (testId === 'post_author_link' || testId === 'comment_author_link') {
      const kind = testId === 'post_author_link' ? 'post' : 'comment';
      if (kind !== fields.contentType || thingOf(el.within) !== fullname) continue;
      const author = linkedUser(attr('href'));
      if (!author) continue;
      return fields.authorHandle && fields.authorHandle !== author.authorHandle
        ? fields
        : fill(fields, 'markup', { ...author }, 'high');
    }
    const about =
      el.tag === 'shreddit-post'
        ? fields.contentType === 'post' && permalinkId(attr('permalink')) === id
        : el.tag === 'shreddit-comment'
          ? attr('thingid') === fullname
          : attr('data-fullname') === fullname;
    if (!about) continue;
    const author = user(attr('author') ?? attr('data-author'));
    const time = isoDate(attr('created-timestamp') ?? attr('created') ?? attr('data-timestamp'));
    // An author the URL names otherwise is not replaced (fill only fills gaps).
    const out =
      fields.authorHandle && author && fields.authorHandle !== author.authorHandle
        ? fields
        : fill(fields, 'markup', { ...author }, 'high');
    return fill(out, 'markup', { publishedAt: time }, 'high');
  }
  return fields;
}
