/**
 * Mastodon: any instance. There is no domain list; a page is recognised by its markup
 * (`isMastodonPage`, the registry entry's `detect`), and its instance is the page's host.
 */
import { metaValue, type PageFacts } from '@/utils/report/page-facts';
import type { Extractor } from '@/utils/platforms/types';
import { link, makeExtractor, normalizeHost, segments, valid, type Fields, type PlatformSpec } from './common';
import { readerFor, withPublished } from './shared-social';

/** Mastodon usernames: letters, digits and `_`, with `.` and `-` inside (forks allow them). */
const USER = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,62}[A-Za-z0-9_])?$/;
/** An instance host name (ASCII: international names arrive punycoded). */
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/;
const STATUS_ID = /^\d{1,20}$/;

/** `@user` or `@user@other.instance` (a remote account as this instance shows it). */
function account(segment: string | undefined, instance: string): (Fields & { user: string; home: string }) | undefined {
  const m = segment ? /^@([^@]+)(?:@([^@]+))?$/.exec(segment) : null;
  const user = valid(m?.[1], USER);
  const home = m?.[2] === undefined ? instance : valid(m[2].toLowerCase(), DOMAIN);
  if (!user || !home || !DOMAIN.test(instance)) return undefined;
  const path = home === instance ? `@${user}` : `@${user}@${home}`;
  return { user, home, authorHandle: `@${user}@${home}`, authorUrl: link(`https://${instance}`, [path]) };
}

export const mastodon: PlatformSpec = {
  parse(url, domain) {
    const instance = normalizeHost(domain);
    const origin = `https://${instance}`;
    const [first, second, third, fourth] = segments(url);
    // /users/USER and /users/USER/statuses/ID: the ActivityPub addresses, also served as pages.
    const found =
      first === 'users'
        ? { author: account(`@${second ?? ''}`, instance), id: third === 'statuses' ? fourth : undefined }
        : { author: account(first, instance), id: second };
    const { author } = found;
    if (!author) return undefined;
    const { user: _user, home: _home, ...fields } = author;
    if (found.id === undefined) return { ...fields, contentType: 'profile', permalink: fields.authorUrl };
    // /@USER/ID (and /@USER/ID/embed): a status (post).
    const id = valid(found.id, STATUS_ID);
    const path = new URL(fields.authorUrl!).pathname.slice(1);
    return id ? { ...fields, contentType: 'post', contentId: id, permalink: link(origin, [path, id]) } : undefined;
  },
  refine(fields, facts) {
    const instance = fields.permalink ? new URL(fields.permalink).hostname : '';
    return withPublished(fields, facts, readerFor(mastodon, [instance]), ['SocialMediaPosting']);
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The page is a Mastodon page: its URL has Mastodon's shape (`/@user`, `/@user/ID`) and the page
 * carries a Mastodon marker — the ActivityPub alternate (`<link rel="alternate"
 * type="application/activity+json" href="https://HOME/users/USER[/statuses/ID]">`, every public
 * status and profile page has one), an `application-name` of Mastodon (some forks), or the oEmbed
 * alternate on the instance with a `profile:username` naming the same account. A site name, a
 * title or the URL shape alone is not enough (`/@user/123` is common elsewhere).
 */
export function isMastodonPage(facts: PageFacts, pageUrl: URL): boolean {
  const instance = normalizeHost(pageUrl.hostname);
  if (facts.url && normalizeHost(new URL(facts.url).hostname) !== instance) return false;
  const parts = segments(pageUrl);
  const author = account(parts[0] === 'users' ? `@${parts[1] ?? ''}` : parts[0], instance);
  if (!author) return false;
  const alternates = facts.links.filter((l) => l.rel.split(/\s+/).includes('alternate')).map((l) => l.href);
  const activity = new RegExp(
    `^https://${escape(author.home)}/users/${escape(author.user)}(?:/statuses/\\d{1,20})?$`,
    'i',
  );
  if (alternates.some((href) => activity.test(href))) return true;
  if (metaValue(facts, 'application-name')?.trim().toLowerCase() === 'mastodon') return true;
  const oembed = alternates.some((href) => href.startsWith(`https://${instance}/api/oembed?`));
  const username = metaValue(facts, 'profile:username')?.trim().toLowerCase();
  return oembed && username === `${author.user}@${author.home}`.toLowerCase();
}

/** The extractor for one page: the instance is the host of the reported URL. */
export const mastodonExtract: Extractor = (input) =>
  makeExtractor(mastodon, [normalizeHost(input.url.hostname)])(input);
