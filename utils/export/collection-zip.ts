/**
 * The full export for an association: one ZIP holding the signed evidence package of each report
 * (`packages/<name>.zip`, each verifiable on its own on Vigie's verify page), `reports.json` (a
 * `vigie-report-collection` with the SHA-256 of each package and the public key), its signature
 * `reports.sig` (same key and form as a package's `manifest.sig`) and `reports.csv`. Reports are read
 * and packed one at a time, so only one report's captures are in memory at once.
 */
import type { Lang } from '@/utils/localized';
import type { Artefact, Draft } from '@/utils/report/draft';
import {
  COLLECTION_FILE,
  COLLECTION_SIGNATURE,
  collectionCsv,
  collectionFileName,
  reportCollection,
  toCollectionReport,
  type LeftOutReport,
  type ReportCollection,
} from './collection';
import { buildEvidencePackage } from './package';
import { sha256Hex, signBytes, type InstallationKey } from './signing';
import { ZIP_ENTRIES_MAX, ZipBlobWriter, ZipTooManyEntriesError } from './zip';
import type { ReportFormat } from './report-format';

/** Most reports in one association ZIP: one package each, beside reports.json, reports.sig and reports.csv. */
export const COLLECTION_ZIP_MAX_REPORTS = ZIP_ENTRIES_MAX - 3;

export interface CollectionZipOptions {
  lang: Lang;
  key: InstallationKey;
  vigieVersion: string;
  now?: () => Date;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export async function buildCollectionZip(
  ids: readonly string[],
  load: (id: string) => Promise<{ draft: Draft; artefacts: Artefact[] } | undefined>,
  options: CollectionZipOptions,
): Promise<{ blob: Blob; fileName: string; collection: ReportCollection; leftOut: LeftOutReport[] }> {
  // Said before any work, not after an hour of packing.
  if (ids.length > COLLECTION_ZIP_MAX_REPORTS) throw new ZipTooManyEntriesError();
  const now = options.now ?? (() => new Date());
  const zip = new ZipBlobWriter();
  const reports: ReportFormat[] = [];
  const packages: NonNullable<ReportCollection['packages']> = [];
  const used = new Set<string>();
  const leftOut: LeftOutReport[] = [];
  options.onProgress?.(0, ids.length);
  for (const [i, id] of ids.entries()) {
    if (options.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const item = await load(id);
    if (item) {
      try {
        // The collection entry first: a report that cannot be written adds no package either.
        const entry = toCollectionReport(item.draft, item.artefacts, options.lang, 'full');
        const pkg = await buildEvidencePackage(item.draft, item.artefacts, {
          lang: options.lang,
          key: options.key,
          vigieVersion: options.vigieVersion,
          now,
          signal: options.signal,
        });
        const stem = pkg.fileName.replace(/\.zip$/, '');
        let path = `packages/${stem}.zip`;
        for (let n = 2; used.has(path); n++) path = `packages/${stem}-${n}.zip`;
        used.add(path);
        const bytes = new Uint8Array(await pkg.blob.arrayBuffer());
        zip.add(path, bytes, { deflate: false, mtime: now() });
        packages.push({ reportId: item.draft.id, path, size: bytes.length, sha256: await sha256Hex(bytes) });
        reports.push(entry);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        console.error('Vigie: report left out of the export', id, error);
        leftOut.push({ reportId: id });
      }
    }
    options.onProgress?.(i + 1, ids.length);
  }
  const at = now();
  const collection = reportCollection(reports, {
    lang: options.lang,
    content: 'full',
    vigieVersion: options.vigieVersion,
    now: at,
    packages,
    publicKey: { jwk: options.key.jwk, fingerprint: options.key.fingerprint },
  });
  const encoder = new TextEncoder();
  const listBytes = encoder.encode(`${JSON.stringify(collection, null, 2)}\n`);
  zip.add(COLLECTION_FILE, listBytes, { deflate: true, mtime: at });
  zip.add(COLLECTION_SIGNATURE, encoder.encode(`${await signBytes(options.key.privateKey, listBytes)}\n`), {
    deflate: false,
    mtime: at,
  });
  zip.add('reports.csv', encoder.encode(collectionCsv(reports)), { deflate: true, mtime: at });
  return { blob: zip.end(), fileName: collectionFileName(at, 'zip'), collection, leftOut };
}
