import { link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';
import { readerFor, withPublished } from './shared-social';

/** threads.net moved to threads.com in 2025; both serve the same paths. */
export const THREADS_DOMAINS = ['threads.com', 'threads.net'] as const;
const ORIGIN = 'https://www.threads.com';
/** Threads accounts are Instagram accounts: 1 to 30 letters, digits, `.` and `_`. */
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;
/** Post codes are Instagram-style shortcodes. */
const POST_CODE = /^[A-Za-z0-9_-]{8,40}$/;
const RESERVED = new Set(['login', 'logout', 'search', 'settings', 'legal', 'privacy', 'terms', 'intent', 'activity']);

function account(segment: string | undefined): Fields | undefined {
  const user = segment?.startsWith('@') ? valid(segment.slice(1), USERNAME) : undefined;
  return user ? { authorHandle: `@${user}`, authorUrl: link(ORIGIN, [`@${user}`]) } : undefined;
}

export const threads: PlatformSpec = {
  parse(url) {
    const [first, second, third] = segments(url);
    // /t/CODE: the short form of a post, without its author.
    if (first === 't') {
      const code = valid(second, POST_CODE);
      return code ? { contentType: 'post', contentId: code, permalink: link(ORIGIN, ['t', code]) } : undefined;
    }
    const author = account(notReserved(first, RESERVED));
    if (!author) return undefined;
    // /@USER/post/CODE (and its /embed, /media sub-pages): a post.
    if (second === 'post') {
      const code = valid(third, POST_CODE);
      return code
        ? { ...author, contentType: 'post', contentId: code, permalink: link(ORIGIN, [first!, 'post', code]) }
        : undefined;
    }
    return { ...author, contentType: 'profile', permalink: author.authorUrl };
  },
  refine(fields, facts) {
    return withPublished(fields, facts, read, ['SocialMediaPosting', 'DiscussionForumPosting']);
  },
};

const read = readerFor(threads, THREADS_DOMAINS);
