/** Query parameters that only track who shared or clicked a link; they never identify content. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|igsh|si|ref_src|ref_url|s|t|feature|_r|__cft__|__tn__|mibextid|share_id|is_from_webapp|sender_device)$/i,
];
const HOST_PREFIXES = /^(www|m|mobile|web)\./i;

/**
 * A stable form of a URL to recognise the same content reported twice: lower-case host without
 * `www.`/`m.`, no default port, no fragment, no tracking parameters, sorted query, no trailing
 * slash. Not for display or for opening: only for comparison. Non-http(s) input is returned as is.
 */
export function normalizeUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return input.trim();
  const host = url.hostname.toLowerCase().replace(HOST_PREFIXES, '');
  const params = [...url.searchParams.entries()]
    .filter(([key]) => !TRACKING.some((re) => re.test(key)))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `https://${host}${path}${query}`;
}
