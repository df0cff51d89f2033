/**
 * A watchlist made from one's own reports, to share with one's watch network: what was already
 * reported, so that the others do not report it again. By default the file holds only the SHA-256
 * of each address normalized (the addresses themselves are not in it); the accounts the addresses
 * name can be added. It is the `vigie-watchlist` version 1 that Vigie imports (`format.ts`).
 *
 * Child sexual abuse reports are never put in a list: a list tells its readers that reporting
 * again is useless, and for that content every report to PHAROS counts.
 */
import { normalizeUrl } from '@/utils/report/normalize-url';
import { detectPlatform } from '@/utils/platforms/registry';
import { FILE_MAX_BYTES, FORMAT_ID, FORMAT_VERSION, NAME_MAX, NOTE_MAX } from './limits';
import { accountKey, normalizeAccount } from './items';
import { urlHash } from './match';

/** What the export reads of a report (a history row has it). */
export interface ReportAddress {
  url: string;
  /** The de-duplication key stored with the report: `normalizeUrl` of the whole address. */
  normalizedUrl: string;
  csam: boolean;
}

export interface WatchlistFile {
  format: typeof FORMAT_ID;
  version: typeof FORMAT_VERSION;
  name: string;
  note: string;
  accounts?: string[];
  sha256: string[];
}

export interface WatchlistExport {
  file: WatchlistFile;
  /** The file's bytes (UTF-8 JSON), at most the import's 2 MB. */
  bytes: Uint8Array;
  fileName: string;
  /** Reports whose address is in the list (several reports of one address count once in `sha256`). */
  included: number;
  /** Child sexual abuse reports, never listed. */
  csamLeftOut: number;
  /** Reports whose address cannot be listed: stored cut, inline data, not a web address. */
  unusable: number;
}

/** The export would be over the 2 MB an import accepts: fewer reports must be chosen. */
export class WatchlistTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(`watchlist of ${bytes} bytes, limit ${FILE_MAX_BYTES}`);
  }
}

/** The name or note as the import will read it: one line of printable text, bounded. */
function tidy(text: string, max: number): string {
  return [
    ...text
      .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, max)
    .join('')
    .trim();
}

/**
 * The watchlist of these reports. An address is listed only when its hash can be taken again from
 * what is stored (the whole address, a web one); `fallbackName` is used when `name` is empty.
 */
export async function watchlistFromReports(
  reports: readonly ReportAddress[],
  options: { name: string; fallbackName: string; note: string; withAccounts: boolean; now: Date },
): Promise<WatchlistExport> {
  const hashes = new Set<string>();
  const accounts = new Set<string>();
  let included = 0;
  let csamLeftOut = 0;
  let unusable = 0;
  for (const report of reports) {
    if (report.csam) {
      csamLeftOut++;
      continue;
    }
    // A cut address keeps the key of the whole one, which the stored (cut) address no longer gives.
    const web = /^https?:\/\//i.test(report.url);
    if (!web || normalizeUrl(report.url) !== report.normalizedUrl) {
      unusable++;
      continue;
    }
    hashes.add(await urlHash(report.url));
    included++;
    if (options.withAccounts) {
      const platform = detectPlatform(report.url, report.url, null);
      const account = platform?.authorHandle
        ? normalizeAccount(accountKey(platform.platformId, platform.authorHandle))
        : undefined;
      if (account) accounts.add(account);
    }
  }
  const file: WatchlistFile = {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    name: tidy(options.name, NAME_MAX) || tidy(options.fallbackName, NAME_MAX),
    note: tidy(options.note, NOTE_MAX),
    ...(options.withAccounts ? { accounts: [...accounts].sort() } : {}),
    // Sorted: the file says nothing of the order in which things were reported.
    sha256: [...hashes].sort(),
  };
  const bytes = new TextEncoder().encode(`${JSON.stringify(file, null, 1)}\n`);
  if (bytes.byteLength > FILE_MAX_BYTES) throw new WatchlistTooLarge(bytes.byteLength);
  const day = options.now.toISOString().slice(0, 10);
  return { file, bytes, fileName: `vigie-watchlist-${day}.json`, included, csamLeftOut, unusable };
}
