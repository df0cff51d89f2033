/**
 * Reports exported together for a trusted flagger or a watch association: a collection
 * (`format: 'vigie-report-collection', version: 1`) whose `reports` are each a `vigie-report`
 * version 1 (the published schema of report.json), and a CSV of the same reports whose columns
 * are named by their path in that schema.
 *
 * Two contents:
 * - `hashes-and-urls`: addresses, times, platform identifiers, qualification, hand-offs, tags and
 *   each capture's name, size and SHA-256 as recorded at capture — no image, no archive, no text
 *   read on the page (title, selection, page claims, author's display name) and not the user's own
 *   description. What an association needs to check a report is the same as its own, without
 *   receiving the content.
 * - `full`: the same reports with the page text and the user's description, alongside the signed
 *   evidence package of each (see `collectionZip`).
 *
 * Link-only (CSAM) reports never carry a file or page text whatever the content chosen.
 * `toCollectionReport`, `reportCollection` and `collectionCsv` are pure.
 */
import { loadCountry } from '@/utils/channels/eu/load';
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { z } from '@/utils/zod';
import type { Lang } from '@/utils/localized';
import type { ArtefactMeta, Draft } from '@/utils/report/draft';
import { csvCell } from '@/utils/csv';
import { entryNames, selectArtefacts } from './package';
import { publicJwkSchema } from './signing';
import { reportFormatSchema, toReportFormat, type ReportFormat } from './report-format';

export const COLLECTION_FORMAT = 'vigie-report-collection';
/** In an association ZIP: the collection, and its signature (as a package's manifest.sig). */
export const COLLECTION_FILE = 'reports.json';
export const COLLECTION_SIGNATURE = 'reports.sig';
export const COLLECTION_VERSION = 1;
export const collectionContents = ['hashes-and-urls', 'full'] as const;
export type CollectionContent = (typeof collectionContents)[number];
/** Most reports in one collection (the history's own export has the same bound). */
export const COLLECTION_MAX_REPORTS = 100_000;

export const reportCollectionSchema = z
  .object({
    format: z.literal(COLLECTION_FORMAT),
    version: z.literal(COLLECTION_VERSION),
    exportedAt: z.string().max(40).describe('ISO 8601 date-time'),
    vigieVersion: z.string().max(40),
    lang: z.enum(['fr', 'en']),
    content: z
      .enum(collectionContents)
      .describe(
        'hashes-and-urls: addresses, identifiers, qualification and SHA-256 of each capture, no image and no page text; full: with page text and description, evidence packages alongside',
      ),
    reports: z.array(reportFormatSchema).max(COLLECTION_MAX_REPORTS).describe('Each a vigie-report, version 1'),
    packages: z
      .array(
        z.object({
          reportId: z.uuid(),
          path: z.string().max(200),
          size: z.number().int().nonnegative(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
        }),
      )
      .max(COLLECTION_MAX_REPORTS)
      .optional()
      .describe(
        'Full content only: the signed evidence package of each report beside this file (a report’s files are named inside its package)',
      ),
    publicKey: z
      .object({ jwk: publicJwkSchema, fingerprint: z.string().regex(/^[0-9a-f]{64}$/) })
      .optional()
      .describe(
        'With packages: the key that signed this file (reports.sig beside it: ECDSA P-256 SHA-256, base64 r||s, over its exact bytes) and each package',
      ),
  })
  .strict();
export type ReportCollection = z.output<typeof reportCollectionSchema>;

/**
 * One report of a collection. Its files are listed as the evidence package would name them, with
 * the SHA-256 recorded at capture (the bytes are not read: a full export re-hashes them in each
 * package). `hashes-and-urls` drops everything read on the page and the user's description.
 */
export function toCollectionReport(
  draft: Draft,
  artefacts: readonly ArtefactMeta[],
  lang: Lang,
  content: CollectionContent,
): ReportFormat {
  const chosen = selectArtefacts(artefacts, 'original', draftIsLinkOnly(draft));
  const names = entryNames(chosen);
  const report = toReportFormat(
    draft,
    chosen.map((a) => ({ artefact: a, name: names.get(a.id)! })),
    lang,
  );
  if (content === 'full') return report;
  const { selectionText: _selection, ...target } = report.target;
  const { tabTitle: _title, ...observed } = report.observed;
  const platform = report.platform ? { ...report.platform } : null;
  if (platform) delete platform.authorName;
  return reportFormatSchema.parse({
    ...report,
    target,
    observed,
    pageClaims: null,
    platform,
    narrative: { ...report.narrative, description: '' },
  });
}

export function reportCollection(
  reports: readonly ReportFormat[],
  meta: {
    lang: Lang;
    content: CollectionContent;
    vigieVersion: string;
    now: Date;
    packages?: ReportCollection['packages'];
    publicKey?: ReportCollection['publicKey'];
  },
): ReportCollection {
  return reportCollectionSchema.parse({
    format: COLLECTION_FORMAT,
    version: COLLECTION_VERSION,
    exportedAt: meta.now.toISOString(),
    vigieVersion: meta.vigieVersion.slice(0, 40),
    lang: meta.lang,
    content: meta.content,
    reports,
    ...(meta.packages ? { packages: meta.packages } : {}),
    ...(meta.publicKey ? { publicKey: meta.publicKey } : {}),
  });
}

/** The CSV's columns: each the path of its value in a `vigie-report` (lists joined with ` | `). */
export const collectionCsvColumns = [
  'reportId',
  'createdAt',
  'observed.capturedAt',
  'observed.timeZone',
  'linkOnly',
  'target.url',
  'target.pageUrl',
  'platform.platformId',
  'platform.contentType',
  'platform.contentId',
  'platform.permalink',
  'platform.authorHandle',
  'platform.authorUrl',
  'platform.publishedAt',
  'qualification.categoryId',
  'qualification.legalBasis',
  'qualification.dsa.category',
  'qualification.urgency',
  'route.channels',
  'handoffs',
  'narrative.publishedAt',
  'tags',
  'files',
] as const;
export type CollectionCsvColumn = (typeof collectionCsvColumns)[number];

function cellValue(r: ReportFormat, column: CollectionCsvColumn): string {
  const join = (values: readonly string[]) => values.join(' | ');
  switch (column) {
    case 'reportId':
      return r.reportId;
    case 'createdAt':
      return r.createdAt;
    case 'observed.capturedAt':
      return r.observed.capturedAt;
    case 'observed.timeZone':
      return r.observed.timeZone;
    case 'linkOnly':
      return String(r.linkOnly);
    case 'target.url':
      return r.target.url;
    case 'target.pageUrl':
      return r.target.pageUrl;
    case 'platform.platformId':
      return r.platform?.platformId ?? '';
    case 'platform.contentType':
      return r.platform?.contentType ?? '';
    case 'platform.contentId':
      return r.platform?.contentId ?? '';
    case 'platform.permalink':
      return r.platform?.permalink ?? '';
    case 'platform.authorHandle':
      return r.platform?.authorHandle ?? '';
    case 'platform.authorUrl':
      return r.platform?.authorUrl ?? '';
    case 'platform.publishedAt':
      return r.platform?.publishedAt ?? '';
    case 'qualification.categoryId':
      return r.qualification.categoryId ?? '';
    case 'qualification.legalBasis':
      return join(r.qualification.legalBasis.map((b) => `${b.code} ${b.article}`));
    case 'qualification.dsa.category':
      return r.qualification.dsa?.category ?? '';
    case 'qualification.urgency':
      return r.qualification.urgency ?? '';
    case 'route.channels':
      return join(r.route.channels.map((c) => c.channelId));
    case 'handoffs':
      return join(r.handoffs.map((h) => (h.reference ? `${h.channelId}:${h.reference}` : h.channelId)));
    case 'narrative.publishedAt':
      return r.narrative.publishedAt ?? '';
    case 'tags':
      return join(r.tags ?? []);
    case 'files':
      return join(r.files.map((f) => `${f.name}=sha256:${f.sha256}`));
  }
}

/**
 * The reports as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark), one row each. The header is
 * the schema paths, not translated, so a script reads every export the same way. Every cell that
 * a spreadsheet could run as a formula is neutralised (`csvCell`).
 */
export function collectionCsv(reports: readonly ReportFormat[]): string {
  const lines = [
    collectionCsvColumns.map(csvCell).join(','),
    ...reports.map((r) => collectionCsvColumns.map((c) => csvCell(cellValue(r, c))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Name of an export for an association: `vigie-association-<UTC day>.<ext>`. */
export function collectionFileName(now: Date, ext: 'json' | 'csv' | 'zip'): string {
  return `vigie-association-${now.toISOString().slice(0, 10)}.${ext}`;
}

/** A report that could not be written into an export: named, never a reason to fail the others. */
export interface LeftOutReport {
  reportId: string;
}

/**
 * The reports `ids` (in that order) as collection entries, read from the database one at a time;
 * ids no longer stored are left out. A report that cannot be written (a record Vigie cannot bring
 * to the export format) is left out and named in `leftOut`: one bad report never fails the export
 * of the others.
 */
export async function collectionReports(
  ids: readonly string[],
  load: (id: string) => Promise<{ draft: Draft; artefacts: readonly ArtefactMeta[] } | undefined>,
  lang: Lang,
  content: CollectionContent,
): Promise<{ reports: ReportFormat[]; leftOut: LeftOutReport[] }> {
  const reports: ReportFormat[] = [];
  const leftOut: LeftOutReport[] = [];
  for (const id of ids) {
    const item = await load(id);
    if (!item) continue;
    try {
      await loadCountry(item.draft.qualification.country);
      reports.push(toCollectionReport(item.draft, item.artefacts, lang, content));
    } catch (error) {
      console.error('Vigie: report left out of the export', id, error);
      leftOut.push({ reportId: id });
    }
  }
  return { reports, leftOut };
}
