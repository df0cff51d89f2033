import { normalizeUrl } from '@/utils/report/normalize-url';
import { detectPlatform } from '@/utils/platforms/registry';
import { accountKey, hostKey, isIpHost, type ItemKind } from './items';

/** What matching needs of a list: its identity, and its items in normalized form. */
export interface MatchableList {
  id: string;
  name: string;
  note: string;
  domains: readonly string[];
  accounts: readonly string[];
  sha256: readonly string[];
}

export interface WatchMatch {
  listId: string;
  listName: string;
  note: string;
  kind: ItemKind;
  /** The item that matched: the domain, the account key, or the hash. */
  item: string;
}

type Ref = Pick<MatchableList, 'id' | 'name' | 'note'>;

/** Every item of every list in three look-up tables: each lookup is one `Map.get`. */
export interface WatchIndex {
  domain: Map<string, Ref[]>;
  account: Map<string, Ref[]>;
  sha256: Map<string, Ref[]>;
  size: number;
}

export function buildIndex(lists: readonly MatchableList[]): WatchIndex {
  const index: WatchIndex = { domain: new Map(), account: new Map(), sha256: new Map(), size: lists.length };
  const add = (map: Map<string, Ref[]>, key: string, ref: Ref) => {
    const refs = map.get(key);
    if (!refs) map.set(key, [ref]);
    else if (refs[refs.length - 1] !== ref) refs.push(ref);
  };
  for (const list of lists) {
    const ref: Ref = { id: list.id, name: list.name, note: list.note };
    for (const d of list.domains) add(index.domain, d, ref);
    for (const a of list.accounts) add(index.account, a, ref);
    for (const h of list.sha256) add(index.sha256, h, ref);
  }
  return index;
}

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The hash a `sha256` item holds for a URL: SHA-256 of the UTF-8 bytes of `normalizeUrl(url)`,
 * in lower-case hex. This is what an association computes to share a list without its URLs.
 */
export async function urlHash(url: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalizeUrl(url))));
}

/** The host and each parent domain, most specific first (`a.b.example.org`, `b.example.org`, …). */
function hostSuffixes(host: string): string[] {
  if (isIpHost(host)) return [host];
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.')).filter((s) => s.includes('.'));
}

/**
 * The lists that name this address: by its domain (or a parent domain), by the account the
 * platform extractors read from the URL alone, or by the hash of its normalized form. One match
 * per list and kind; nothing for a non-web address. Given lists, it indexes them first: callers
 * that match many addresses build the index once (`buildIndex`) and pass it.
 */
export async function matchUrl(url: string, lists: WatchIndex | readonly MatchableList[]): Promise<WatchMatch[]> {
  const index = Array.isArray(lists) ? buildIndex(lists) : (lists as WatchIndex);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || index.size === 0) return [];
  const found: WatchMatch[] = [];
  const seen = new Set<string>();
  const record = (kind: ItemKind, item: string, refs: Ref[] | undefined) => {
    for (const ref of refs ?? []) {
      if (seen.has(`${ref.id}\u0000${kind}`)) continue;
      seen.add(`${ref.id}\u0000${kind}`);
      found.push({ listId: ref.id, listName: ref.name, note: ref.note, kind, item });
    }
  };
  if (index.domain.size)
    for (const suffix of hostSuffixes(hostKey(parsed.hostname))) record('domain', suffix, index.domain.get(suffix));
  if (index.account.size) {
    const platform = detectPlatform(parsed.href, parsed.href, null);
    if (platform?.authorHandle) {
      const key = accountKey(platform.platformId, platform.authorHandle);
      record('account', key, index.account.get(key));
    }
  }
  if (index.sha256.size) {
    const hash = await urlHash(parsed.href);
    record('sha256', hash, index.sha256.get(hash));
  }
  return found;
}
