import { platforms } from '@/utils/platforms/registry';

/**
 * The three kinds of watchlist item, each in the one normalized form that matching looks up:
 *
 * - `domain`: a host name, lower-case, without a trailing dot, IDN as punycode (`xn--…`), with at
 *   least one dot; it matches that host and every subdomain (`example.org` matches
 *   `www.example.org`, never `example.org.evil.test`). A leading `*.` is accepted and dropped.
 * - `account`: `<platform id>:<handle>` (`x:@someone`, `reddit:u/someone`, `twitch:someone`), the
 *   handle as Vigie's platform extractors write it; compared without a leading `@`, lower-cased.
 * - `sha256`: the SHA-256, in hex, of the UTF-8 bytes of the normalized URL (`normalizeUrl`).
 */
export const itemKinds = ['domain', 'account', 'sha256'] as const;
export type ItemKind = (typeof itemKinds)[number];

export const DOMAIN_MAX = 253;
export const HANDLE_MAX = 100;
export const ACCOUNT_MAX = 140;

const platformIds = new Set(platforms.map((p) => p.id));

/** The host as matching compares it: lower-case, no trailing dot. */
export const hostKey = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '');

/** A dotted-quad or bracketed address: matched only exactly, never by suffix. */
export const isIpHost = (host: string) => host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host);

/** The normalized domain, or `undefined` if `value` is not a host name. */
export function normalizeDomain(value: string): string | undefined {
  let host = value.trim().toLowerCase();
  if (host.startsWith('*.')) host = host.slice(2);
  host = host.replace(/\.$/, '');
  if (!host || host.length > DOMAIN_MAX || /[\s/\\?#@:%]/.test(host) || !host.includes('.')) return undefined;
  try {
    const parsed = hostKey(new URL(`http://${host}/`).hostname);
    if (!parsed.includes('.') || parsed.length > DOMAIN_MAX || parsed.startsWith('.') || parsed.includes('..'))
      return undefined;
    return parsed;
  } catch {
    return undefined;
  }
}

/** The account key `<platform>:<handle>` as looked up, from a list item or an extractor's handle. */
export const accountKey = (platformId: string, handle: string) =>
  `${platformId}:${handle.replace(/^@/, '').toLowerCase()}`;

/** The normalized account item, or `undefined` if the platform is unknown or the handle malformed. */
export function normalizeAccount(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length > ACCOUNT_MAX) return undefined;
  const at = trimmed.indexOf(':');
  if (at <= 0) return undefined;
  const platform = trimmed.slice(0, at).toLowerCase();
  const handle = trimmed.slice(at + 1).trim();
  if (!platformIds.has(platform)) return undefined;
  if (!handle || handle.length > HANDLE_MAX || /[\s:?#]/.test(handle) || handle.replace(/^@/, '') === '')
    return undefined;
  return accountKey(platform, handle);
}

/** The normalized hash (lower-case hex), or `undefined`. */
export function normalizeHash(value: string): string | undefined {
  const hex = value.trim().toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}

export const normalizeItem: Record<ItemKind, (value: string) => string | undefined> = {
  domain: normalizeDomain,
  account: normalizeAccount,
  sha256: normalizeHash,
};
