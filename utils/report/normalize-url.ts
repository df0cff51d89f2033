/**
 * The de-duplication key: a stable form of a URL, to recognise the same content reported twice.
 * Two addresses get the same key only when they show the same content, so the rules remove
 * what is *known* to be noise and keep everything else:
 *
 * - the scheme becomes `https:`; the host is lower-cased, without `www.`/`m.`/`mobile.`/`web.`;
 * - a default port is dropped (the URL parser does it), any other port is kept;
 * - credentials are dropped (they name who looked, not what was shown);
 * - query parameters that only track who shared or clicked are dropped, everywhere
 *   (`TRACKING`) and per platform (`HOST_RULES`: YouTube's `t` is a time in the same video,
 *   X's `s`/`t` name the share; on a forum `?t=123` *is* the topic); the rest is sorted;
 * - a fragment that routes content (`#/…`, `#!…`, `#@…`, or any fragment on a host whose app
 *   routes by fragment) is kept; a plain anchor (`#comment-3`) is dropped;
 * - a trailing slash is dropped.
 *
 * Not for display or for opening: only for comparison. Non-http(s) input is returned as is.
 */

/**
 * Longest key kept as is: `URL_MAX` of utils/zod (a test keeps them equal). Not imported: this
 * module is in the popup's and the composer's first load, which must not pull zod in.
 */
export const DEDUP_KEY_MAX = 8192;

/** Parameters that only track, on every site. Exact names, or prefixes ending in `*`. */
const TRACKING: readonly string[] = [
  'utm_*',
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'igshid',
  'igsh',
  'si',
  'ref_src',
  'ref_url',
];

/**
 * Per-platform rules, as data. `domains` match the host and its subdomains. `noise`: parameters
 * that do not change the content on that platform. `fragmentRoutes`: the app routes by fragment
 * (every fragment is kept).
 */
interface HostRule {
  readonly domains: readonly string[];
  readonly noise?: readonly string[];
  readonly fragmentRoutes?: true;
}

export const HOST_RULES: readonly HostRule[] = [
  // A start time (`t`), the share surface (`feature`, `pp`) and the channel name: the same video.
  { domains: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'], noise: ['t', 'feature', 'pp', 'ab_channel'] },
  // `s` (share surface) and `t` (share token) on a post: the same post.
  { domains: ['x.com', 'twitter.com'], noise: ['s', 't'] },
  { domains: ['facebook.com', 'fb.com', 'fb.watch'], noise: ['mibextid', 'rdid', 'sfnsn', '__cft__*', '__tn__*'] },
  { domains: ['instagram.com'], noise: ['img_index', 'hl'] },
  { domains: ['tiktok.com'], noise: ['_r', '_t', 'is_from_webapp', 'sender_device', 'share_id', 'share_app_id'] },
  { domains: ['reddit.com'], noise: ['share_id', 'rdt'] },
  // Telegram's web apps route every chat by fragment (`/k/#@channel`, `/a/#-100123`).
  { domains: ['telegram.org'], fragmentRoutes: true },
];

const HOST_PREFIXES = /^(www|m|mobile|web)\./i;
/** Fragments that name a route in a single-page app, not a place in the page. */
const ROUTING_FRAGMENT = /^#[/!@]/;

const matches = (names: readonly string[], key: string) =>
  names.some((n) => (n.endsWith('*') ? key.toLowerCase().startsWith(n.slice(0, -1)) : key.toLowerCase() === n));

/** Code-unit order: the key must not depend on the user's locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input.trim();
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const rules = HOST_RULES.filter((r) => r.domains.some((d) => onDomain(hostname, d)));
  const noise = rules.flatMap((r) => r.noise ?? []);
  const host = hostname.replace(HOST_PREFIXES, '') + (url.port ? `:${url.port}` : '');
  const params = [...url.searchParams.entries()]
    .filter(([key]) => !matches(TRACKING, key) && !matches(noise, key))
    .sort(([a, av], [b, bv]) => compare(a, b) || compare(av, bv));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  const routes = url.hash.length > 1 && (ROUTING_FRAGMENT.test(url.hash) || rules.some((r) => r.fragmentRoutes));
  return `https://${host}${path}${query}${routes ? url.hash : ''}`;
}

/**
 * For a stored draft record: its de-duplication key taken again with today's rules, or `null`
 * when it is already right or cannot be taken again from what is stored — an address stored cut
 * (its key came from the whole address), an inline-data description, a non-web address, a key
 * that would not fit. Reads the record defensively (it may be of any past shape).
 */
export function refreshedDedupKey(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const target = (record as { target?: unknown }).target;
  if (typeof target !== 'object' || target === null) return null;
  const { url, normalizedUrl, cut } = target as { url?: unknown; normalizedUrl?: unknown; cut?: unknown };
  if (typeof url !== 'string' || typeof normalizedUrl !== 'string') return null;
  if (Array.isArray(cut) && cut.length > 0) return null;
  if (!/^https?:\/\//i.test(url)) return null;
  const key = normalizeUrl(url);
  if (key.length > DEDUP_KEY_MAX || key === normalizedUrl) return null;
  return key;
}
