import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import { cleanName, link, notReserved, segments, valid, type Fields, type PlatformSpec } from './common';
import { jsonLdAbout, jsonLdAuthor, readerFor, withConfirmedAuthor, withPublished, type Reader } from './shared-social';

const PIN_TYPES = ['SocialMediaPosting', 'Article'];

const PIN_ID = /^\d{5,25}$/;
/** Pinterest usernames: 3 to 30 letters, digits or `_`. */
const USERNAME = /^[A-Za-z0-9_]{3,30}$/;
const BOARD = /^[\p{L}\p{N}_-]{1,100}$/u;
/** First path segments that are site sections, not usernames. */
const RESERVED = new Set([
  'pin',
  'pins',
  'search',
  'ideas',
  'today',
  'business',
  'settings',
  'login',
  'logout',
  'signup',
  'password',
  'about',
  'explore',
  'categories',
  'topics',
  'shopping',
  'videos',
  'news_hub',
  'resource',
  'oauth',
  'help',
  'homefeed',
  'discover',
  'secret',
  'edit',
  'convert',
  'creator',
  'analytics',
  'ads',
  'privacy',
  'terms',
  'notifications',
  'messages',
]);

/** Pin ids, also in the `/pin/title-words--ID/` form of shared links. */
const pinId = (segment: string | undefined) => valid(segment?.split('--').pop(), PIN_ID);

export const pinterest: PlatformSpec = {
  parse(url, domain) {
    // pin.it/CODE: a redirect whose target only the page knows.
    if (domain === 'pin.it') return undefined;
    const origin = `https://www.${domain}`;
    const [first, second] = segments(url);
    if (first === 'pin') {
      const id = pinId(second);
      return id ? { contentType: 'post', contentId: id, permalink: link(origin, ['pin', id, '']) } : undefined;
    }
    const user = valid(notReserved(first, RESERVED), USERNAME);
    if (!user) return undefined;
    const author: Fields = { authorHandle: user, authorUrl: link(origin, [user, '']) };
    // /USER/ and its tabs (/USER/_saved/, /USER/_created/): the profile.
    if (second === undefined || second.startsWith('_'))
      return { ...author, contentType: 'profile', permalink: author.authorUrl };
    // /USER/BOARD/ (and its sections /USER/BOARD/SECTION/): a board of that user.
    const board = valid(second, BOARD);
    return board ? { ...author, permalink: link(origin, [user, board, '']) } : undefined;
  },
  refine(fields, facts) {
    if (fields.contentType !== 'post' || !fields.permalink) return fields;
    // Claims are read on the pin's own country site (its subdomains included).
    const read = readerFor(pinterest, [new URL(fields.permalink).hostname.replace(/^www\./, '')]);
    const checked = withPinner(withConfirmedAuthor(fields, facts, read, PIN_TYPES), facts, read);
    return withPublished(checked, facts, read, PIN_TYPES);
  },
};

/** The account that saved the pin, as its page states it (`pinterestapp:pinner`), when nothing else named it. */
function withPinner(fields: Fields, facts: PageFacts, read: Reader): Fields {
  if (fields.authorHandle || fields.authorUrl) return fields;
  const pinner = read(metaValue(facts, 'pinterestapp:pinner'));
  if (pinner?.contentType !== 'profile' || !pinner.authorHandle) return fields;
  const out: Fields = { ...fields, authorHandle: pinner.authorHandle, authorUrl: pinner.authorUrl };
  const author = jsonLdAbout(facts, PIN_TYPES, fields, read).map(jsonLdAuthor)[0];
  if (author && read(author.url)?.authorHandle === pinner.authorHandle) out.authorName = cleanName(author.name);
  return out;
}
