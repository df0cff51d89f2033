/**
 * Checks an export for an association (`collection-zip.ts`): the ZIP holds `reports.json` (a
 * `vigie-report-collection` listing each package with its SHA-256) and one signed evidence package
 * per report under `packages/`. Each package is checked as the verify page checks one package
 * (signature, every file), and its bytes against the fingerprint `reports.json` lists; the list
 * itself is checked against its signature `reports.sig` and the key it carries, which must be the
 * key that signed every package.
 *
 * `null` when the file is not a collection (the caller then checks it as one package). Never
 * throws on bad input.
 */
import {
  COLLECTION_FILE,
  COLLECTION_MAX_REPORTS,
  COLLECTION_SIGNATURE,
  reportCollectionSchema,
  type ReportCollection,
} from './collection';
import { jwkThumbprint, sha256Hex, verifyBytes } from './signing';
import {
  failureOf,
  verdictOf,
  verifyPackage,
  type SignatureState,
  type Verdict,
  type VerifyFailed,
  type VerifyOptions,
  type VerifyResult,
} from './verify';
import { readZipDirectory, readZipEntry, ZIP_LIMITS, ZipBudget, type ZipEntry } from './zip';

const PACKAGES = 'packages/';
/**
 * A collection lists at most this many packages, so its ZIP may hold that many entries and three
 * files; its packages (stored) and its list may declare more in all than one package, and checking
 * every package may take longer.
 */
const LIMITS = {
  ...ZIP_LIMITS,
  entries: COLLECTION_MAX_REPORTS + 3,
  totalBytes: 1.5 * 1024 * 1024 * 1024,
  inflatedBytes: 1024 * 1024 * 1024,
  timeMs: 10 * 60_000,
};
/** Largest reports.json read (characters of JSON, 100,000 reports of a few KB each). */
const COLLECTION_JSON_MAX_BYTES = 512 * 1024 * 1024;

export type PackageListing = 'ok' | 'changed' | 'missing' | 'added';

export interface PackageCheck {
  path: string;
  reportId: string | null;
  /** The package's bytes against the SHA-256 reports.json lists (`added`: a package it does not list). */
  listing: PackageListing;
  /** The package checked on its own (absent when missing). */
  result?: VerifyResult;
}

export type CollectionResult =
  | VerifyFailed
  | {
      ok: true;
      /** The list signed and its key consistent; every listed package present, as listed, signed by that key and unchanged; nothing added. */
      intact: boolean;
      /** As for one package (`Verdict`), for the list's signature and key and every package. */
      verdict: Verdict;
      /** `reports.sig` over the exact bytes of `reports.json`, with the key the list carries. */
      listSignature: SignatureState;
      /** SHA-256 thumbprint of the list's key, and whether the list states that same one. */
      fingerprint: string | null;
      fingerprintConsistent: boolean;
      ownKey: boolean;
      collection: ReportCollection;
      packages: PackageCheck[];
    };

const intactPackage = (p: PackageCheck) => p.listing === 'ok' && p.result?.ok === true && p.result.intact;

export async function verifyCollection(blob: Blob, options: VerifyOptions): Promise<CollectionResult | null> {
  let entries: ZipEntry[];
  const budget = options.budget ?? new ZipBudget(LIMITS.timeMs);
  try {
    entries = await readZipDirectory(blob, LIMITS, budget);
  } catch {
    return null;
  }
  const read = (entry: ZipEntry) => readZipEntry(blob, entry, budget);
  const listFile = entries.find((e) => e.name === COLLECTION_FILE);
  if (!listFile || !entries.some((e) => e.name.startsWith(PACKAGES))) return null;
  try {
    if (listFile.size > COLLECTION_JSON_MAX_BYTES)
      return { ok: false, reason: 'not-vigie', detail: `${COLLECTION_FILE} too large` };
    let json: unknown;
    const listBytes = await read(listFile);
    try {
      json = JSON.parse(new TextDecoder().decode(listBytes));
    } catch (e) {
      return { ok: false, reason: 'not-vigie', detail: `${COLLECTION_FILE}: ${String(e).slice(0, 200)}` };
    }
    const parsed = reportCollectionSchema.safeParse(json);
    if (!parsed.success || !parsed.data.packages)
      return { ok: false, reason: 'not-vigie', detail: `${COLLECTION_FILE} is not a Vigie collection of packages` };
    const collection = parsed.data;
    const byName = new Map(entries.map((e) => [e.name, e]));
    const sigEntry = byName.get(COLLECTION_SIGNATURE);
    const key = collection.publicKey;
    let listSignature: SignatureState = 'missing';
    if (sigEntry && key) {
      const text = sigEntry.size <= 1024 ? new TextDecoder().decode(await read(sigEntry)) : '';
      listSignature = (await verifyBytes(key.jwk, listBytes, text)) ? 'valid' : 'invalid';
    }
    const fingerprint = key ? await jwkThumbprint(key.jwk) : null;
    const fingerprintConsistent = key !== undefined && fingerprint === key.fingerprint;
    const listed = collection.packages ?? [];
    const packages: PackageCheck[] = [];
    const total = listed.length;
    options.onProgress?.(0, total);
    for (const [i, p] of listed.entries()) {
      const entry = byName.get(p.path);
      if (!entry) packages.push({ path: p.path, reportId: p.reportId, listing: 'missing' });
      else {
        const bytes = await read(entry);
        const same = bytes.length === p.size && (await sha256Hex(bytes)) === p.sha256;
        const result = await verifyPackage(new Blob([bytes]), { ownFingerprint: options.ownFingerprint, budget });
        // The shared time budget ran out inside this package: the whole check stops.
        if (!result.ok && result.reason === 'too-slow') return result;
        packages.push({ path: p.path, reportId: p.reportId, listing: same ? 'ok' : 'changed', result });
      }
      options.onProgress?.(i + 1, total);
    }
    const names = new Set(listed.map((p) => p.path));
    for (const e of entries)
      if (e.name.startsWith(PACKAGES) && !names.has(e.name) && !(e.name.endsWith('/') && e.size === 0))
        packages.push({ path: e.name, reportId: null, listing: 'added' });
    const sameKey = (p: PackageCheck) => p.result?.ok === true && p.result.fingerprint === fingerprint;
    const allListed = packages.length > 0 && packages.every((p) => intactPackage(p) && sameKey(p));
    const ownKey = fingerprint !== null && fingerprint === options.ownFingerprint;
    return {
      ok: true,
      intact: listSignature === 'valid' && fingerprintConsistent && allListed,
      verdict: verdictOf({
        signature: listSignature,
        fingerprintConsistent,
        ownKey,
        allListed,
        sealBroken: packages.some((p) => p.result?.ok === true && p.result.verdict === 'seal-broken'),
      }),
      listSignature,
      fingerprint,
      fingerprintConsistent,
      ownKey,
      collection,
      packages,
    };
  } catch (error) {
    return failureOf(error);
  }
}
