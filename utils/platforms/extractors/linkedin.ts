import { link, segments, valid, type Fields, type PlatformSpec } from './common';
import { readerFor, withConfirmedAuthor, withPublished } from './shared-social';

export const LINKEDIN_DOMAINS = ['linkedin.com', 'lnkd.in'] as const;
const POSTING_TYPES = ['SocialMediaPosting', 'DiscussionForumPosting', 'Article'];

const ORIGIN = 'https://www.linkedin.com';
/** Public profile and company names: letters (any script), digits, `-`, `_`. */
const VANITY = /^[\p{L}\p{N}_-]{2,100}$/u;
const ACTIVITY = /^\d{15,25}$/;
const URN = /^urn:li:(activity|share|ugcPost):(\d{15,25})$/;

const post = (kind: string, id: string, author?: Fields): Fields => {
  const urn = `urn:li:${kind}:${id}`;
  // Built by hand: `link` would percent-encode the colons LinkedIn writes as they are.
  return { ...author, contentType: 'post', contentId: urn, permalink: `${ORIGIN}/feed/update/${urn}/` };
};

const member = (name: string | undefined): Fields | undefined => {
  const handle = valid(name, VANITY);
  return handle ? { authorHandle: handle, authorUrl: link(ORIGIN, ['in', handle, '']) } : undefined;
};

export const linkedin: PlatformSpec = {
  parse(url, domain) {
    // lnkd.in/CODE: a redirect whose target only the page knows.
    if (domain === 'lnkd.in') return undefined;
    const [first, second, third] = segments(url);
    if (first === 'in') {
      const author = member(second);
      return author ? { ...author, contentType: 'profile', permalink: author.authorUrl } : undefined;
    }
    if (first === 'company' || first === 'school' || first === 'showcase') {
      const name = valid(second, VANITY);
      const authorUrl = name && link(ORIGIN, [first, name, '']);
      return authorUrl && name
        ? { authorHandle: name, authorUrl, contentType: 'profile', permalink: authorUrl }
        : undefined;
    }
    // /posts/AUTHOR_title-words-activity-ID-XXXX: the author's public name before the first `_`.
    // A member's or a company's: the URL does not say which, so no profile URL is derived.
    if (first === 'posts' && second) {
      const at = second.lastIndexOf('-activity-');
      const id = at > 0 ? valid(second.slice(at + '-activity-'.length).split('-')[0], ACTIVITY) : undefined;
      const underscore = second.indexOf('_');
      const handle = underscore > 0 && underscore < at ? valid(second.slice(0, underscore), VANITY) : undefined;
      return id ? post('activity', id, handle ? { authorHandle: handle } : undefined) : undefined;
    }
    // /feed/update/urn:li:activity:ID/ (also share: and ugcPost: ids).
    const urn = first === 'feed' && second === 'update' ? URN.exec(third ?? '') : null;
    return urn ? post(urn[1]!, urn[2]!) : undefined;
  },
  refine(fields, facts) {
    // A /feed/update/ URL names no author: the page's author claims must be about that post.
    if (fields.contentType !== 'post') return fields;
    return withPublished(withConfirmedAuthor(fields, facts, read, POSTING_TYPES), facts, read, POSTING_TYPES);
  },
};

const read = readerFor(linkedin, LINKEDIN_DOMAINS);
