/**
 * The history's export and import: Vigie's own report list (JSON, versioned, zod-checked both
 * ways) and a CSV of the main columns for spreadsheets. Artefacts (screenshots, archives) are
 * never in these files: they stay in the browser (the evidence package carries them).
 *
 * Import is all or nothing: a file that is not a valid report list, or holds one report that
 * cannot be read, is refused with a reason and nothing is written. Reports already present (same
 * id) are skipped and counted, never overwritten.
 */
import { z } from '@/utils/zod';
import { csvCell } from '@/utils/csv';
import { draftSchema, migrateDraft, type Draft } from '@/utils/report/draft';
import { renameStoredChannelIds } from '@/utils/report/renamed-channels';
import { vigieDb } from './connection';
import { DraftsRepository } from './drafts-repo';
import type { HistoryRow } from './history-query';

export const REPORT_LIST_FORMAT = 'vigie-report-list';
export const REPORT_LIST_VERSION = 1;
/** Largest file read (characters) and number of reports accepted in one import. */
export const IMPORT_MAX_CHARS = 200_000_000;
export const IMPORT_MAX_REPORTS = 100_000;

const envelope = {
  format: z.literal(REPORT_LIST_FORMAT),
  version: z.literal(REPORT_LIST_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  extensionVersion: z.string().max(40),
};

/** The report list as Vigie writes it: every report a current, valid draft record. */
export const reportListSchema = z.object({ ...envelope, reports: z.array(draftSchema).max(IMPORT_MAX_REPORTS) });
export type ReportList = z.output<typeof reportListSchema>;

/** What an import accepts before each report is brought to the current schema (`migrateDraft`). */
const importedListSchema = z.object({
  ...envelope,
  reports: z.array(z.looseObject({ id: z.string().max(100), schemaVersion: z.number() })).max(IMPORT_MAX_REPORTS),
});

/** Every readable report, oldest first, as a report list (records that cannot be read are counted, not exported). */
export async function exportReportList(
  extensionVersion: string,
  now: Date,
  dbName?: string,
): Promise<{ list: ReportList; skipped: number }> {
  const db = await vigieDb(dbName);
  const raws: unknown[] = await db.getAllFromIndex('drafts', 'byCreatedAt');
  const reports: Draft[] = [];
  let skipped = 0;
  for (const raw of raws) {
    const m = migrateDraft(raw);
    if (m.ok) reports.push(renameStoredChannelIds(m.draft));
    else skipped++;
  }
  const list = reportListSchema.parse({
    format: REPORT_LIST_FORMAT,
    version: REPORT_LIST_VERSION,
    exportedAt: now.toISOString(),
    extensionVersion: extensionVersion.slice(0, 40),
    reports,
  });
  return { list, skipped };
}

export type ImportResult =
  | { ok: true; added: number; duplicates: number }
  | { ok: false; reason: 'not-json' | 'too-large' | 'not-a-report-list' | 'bad-report'; detail: string };

/** Checks a file's text as a report list and brings each report to the current schema; writes nothing. */
export function parseReportList(text: string): { ok: true; reports: Draft[] } | Extract<ImportResult, { ok: false }> {
  if (text.length > IMPORT_MAX_CHARS) return { ok: false, reason: 'too-large', detail: `${text.length} characters` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: 'not-json', detail: String(e).slice(0, 300) };
  }
  const list = importedListSchema.safeParse(json);
  if (!list.success)
    return { ok: false, reason: 'not-a-report-list', detail: z.prettifyError(list.error).slice(0, 500) };
  const reports: Draft[] = [];
  for (const [i, raw] of list.data.reports.entries()) {
    const m = migrateDraft(raw);
    if (!m.ok) return { ok: false, reason: 'bad-report', detail: `#${i + 1}: ${m.reason} ${m.detail}`.slice(0, 500) };
    // A door once named by its place in a list is imported under its stable name.
    reports.push(renameStoredChannelIds(m.draft));
  }
  return { ok: true, reports };
}

/**
 * Imports a report list file: validated first (nothing written if anything is wrong), then every
 * report whose id is not stored yet is added, in one transaction, through the drafts repository
 * (so a link-only report — the `csam` mark, its mode or its answers — keeps addresses and times only).
 */
export async function importReportList(text: string, dbName?: string): Promise<ImportResult> {
  const parsed = parseReportList(text);
  if (!parsed.ok) return parsed;
  // Written by the repository, the one writer: the link-only rule holds for imported reports too.
  return { ok: true, ...(await new DraftsRepository(dbName).importDrafts(parsed.reports)) };
}

// ---------------------------------------------------------------------------------------------
// CSV

export const csvColumns = [
  'capturedAt',
  'status',
  'category',
  'platform',
  'url',
  'author',
  'channels',
  'references',
  'decision',
  'tags',
  'id',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export interface CsvLabels {
  header: Record<CsvColumn, string>;
  status: (row: HistoryRow) => string;
  category: (id: string | null) => string;
  channel: (id: string) => string;
  decision: (row: HistoryRow) => string;
  date: (iso: string) => string;
}

/** The rows as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheets read accents). */
export function historyCsv(rows: readonly HistoryRow[], labels: CsvLabels): string {
  const value = (r: HistoryRow, c: CsvColumn): string => {
    switch (c) {
      case 'capturedAt':
        return labels.date(r.createdAt);
      case 'status':
        return labels.status(r);
      case 'category':
        return labels.category(r.categoryId);
      case 'platform':
        return r.platformName ?? '';
      case 'url':
        return r.url;
      case 'author':
        return r.author ?? '';
      case 'channels':
        return r.channels.map(labels.channel).join(' | ');
      case 'references':
        return r.references.join(' | ');
      case 'decision':
        return labels.decision(r);
      case 'tags':
        return r.tags.join(' | ');
      case 'id':
        return r.id;
    }
  };
  const lines = [
    csvColumns.map((c) => csvCell(labels.header[c])).join(','),
    ...rows.map((r) => csvColumns.map((c) => csvCell(value(r, c))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
