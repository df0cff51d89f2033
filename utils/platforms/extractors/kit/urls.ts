/**
 * URLs and hosts: matching registry domains, parsing page-given URLs, building clean permalinks.
 */

export function normalizeHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** `hostname` is `domain` or one of its subdomains (never a look-alike such as `domain.evil.test`). */
export function hostMatches(hostname: string, domain: string): boolean {
  const host = normalizeHost(hostname);
  const d = normalizeHost(domain);
  return host === d || host.endsWith(`.${d}`);
}

/** The most specific registry domain `hostname` belongs to, if any. */
export function matchDomain(hostname: string, domains: readonly string[]): string | undefined {
  return domains
    .filter((d) => hostMatches(hostname, d))
    .sort((a, b) => b.length - a.length)[0]
    ?.toLowerCase();
}

/** Parses an absolute http(s) URL without credentials; anything else gives `undefined`. */
export function toWebUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || value.length > 8192) return undefined;
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The URL without query, fragment or credentials. */
export function cleanUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Decoded, non-empty path segments. */
export function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Builds a clean URL from an origin, path segments (encoded here; `''` last gives a trailing slash) and params. */
export function link(origin: string, path: readonly string[], params: Record<string, string | undefined> = {}): string {
  const url = new URL(origin);
  const encode = (s: string) => encodeURIComponent(s).replace(/%40/g, '@').replace(/%2B/g, '+');
  url.pathname = `/${path.map(encode).join('/')}`;
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

/** `value` if it fully matches `pattern` (patterns are anchored), else `undefined`. */
export function valid(value: string | null | undefined, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/** Path segments that are site sections, not user names (shared by `/USER` style platforms). */
export function notReserved(segment: string | undefined, reserved: ReadonlySet<string>): string | undefined {
  return segment !== undefined && !reserved.has(segment.toLowerCase()) ? segment : undefined;
}
