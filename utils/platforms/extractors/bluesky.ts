import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import { cleanName, segments, valid, type Fields, type PlatformSpec } from './common';
import { jsonLdAbout, jsonLdAuthor, readerFor, withPublished } from './shared-social';

export const BLUESKY_DOMAINS = ['bsky.app'] as const;
const ORIGIN = 'https://bsky.app';
/** Handles are domain names (case-insensitive, compared lower-cased). */
const HANDLE = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]{4,253})$/;
/** Post record keys are TIDs: 13 base32-sortable characters. */
const TID = /^[2-7a-z]{13}$/;
/** Other record keys (feeds, lists). */
const RKEY = /^[A-Za-z0-9._~-]{1,100}$/;
const POSTING_TYPES = ['DiscussionForumPosting', 'SocialMediaPosting'];

/** The author named in the URL: a handle (`@name.bsky.social`) or, for some links, only a DID. */
function actor(segment: string | undefined): Fields | undefined {
  const value = segment?.toLowerCase();
  const handle = valid(value, HANDLE);
  const did = handle ? undefined : valid(value, DID);
  const id = handle ?? did;
  // Built by hand (validated above): `link` would percent-encode the colons of a DID.
  if (!id) return undefined;
  return { authorHandle: handle && `@${handle}`, authorId: did, authorUrl: `${ORIGIN}/profile/${id}` };
}

export const bluesky: PlatformSpec = {
  parse(url) {
    const [first, second, third, fourth] = segments(url);
    if (first !== 'profile') return undefined;
    const author = actor(second);
    if (!author) return undefined;
    const base = author.authorUrl!;
    if (third === undefined) return { ...author, contentType: 'profile', permalink: base };
    if (third === 'post') {
      const rkey = valid(fourth, TID);
      return rkey ? { ...author, contentType: 'post', contentId: rkey, permalink: `${base}/post/${rkey}` } : undefined;
    }
    // /profile/ACTOR/feed/RKEY and /profile/ACTOR/lists/RKEY: a custom feed or a list of accounts.
    if (third === 'feed' || third === 'lists') {
      const rkey = valid(fourth, RKEY);
      return rkey
        ? { ...author, contentType: 'other', contentId: `${third}/${rkey}`, permalink: `${base}/${third}/${rkey}` }
        : undefined;
    }
    return undefined;
  },
  refine(fields, facts) {
    return withPublished(withHandleOfDid(fields, facts), facts, read, POSTING_TYPES);
  },
};

const read = readerFor(bluesky, BLUESKY_DOMAINS);

/**
 * A URL naming its author by DID only: the page (about that URL) states the handle in
 * `profile:username` (posts) or its title "NAME (@handle)" (profiles), and profiles state their DID.
 */
function withHandleOfDid(fields: Fields, facts: PageFacts): Fields {
  if (fields.authorHandle || !fields.authorId) return fields;
  if (metaValue(facts, 'twitter:label1') === 'Account DID' && metaValue(facts, 'twitter:value1') !== fields.authorId)
    return fields;
  const fromTitle = /\(@([^()\s]{3,253})\)\s*$/.exec(metaValue(facts, 'og:title') ?? '')?.[1];
  const handle = valid((metaValue(facts, 'profile:username') ?? fromTitle)?.toLowerCase(), HANDLE);
  if (!handle) return fields;
  const out: Fields = { ...fields, authorHandle: `@${handle}` };
  if (!out.authorName) {
    // The name of the post's JSON-LD author, if it is that account; else the title's.
    const author = jsonLdAbout(facts, POSTING_TYPES, fields, read).map(jsonLdAuthor)[0];
    const sameAccount = author && read(author.url)?.authorHandle === out.authorHandle;
    const titleName = /^(.{1,100}?)\s*\(@[^()\s]+\)\s*$/.exec(metaValue(facts, 'og:title') ?? '')?.[1];
    out.authorName = cleanName(sameAccount ? author.name : titleName);
  }
  return out;
}
