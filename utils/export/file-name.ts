/**
 * Names of the files a report leaves the browser as (evidence package, complaint PDF). Pure.
 *
 * `vigie-<UTC day of the capture>-<first 8 hex of the report id>[-plainte|-complaint].<ext>` (the
 * PDF's word in the document's language): sortable, the same on
 * every machine whatever its time zone, free of anything the page wrote (a title could carry a
 * path, a reserved name or a right-to-left override).
 */
import type { Lang } from '@/utils/localized';

export type ExportKind = 'package' | 'pdf';

/** What the PDF is, in the file's own language: a French document is a « plainte ». */
const PDF_SUFFIX: Record<Lang, string> = { fr: '-plainte', en: '-complaint' };

const EXTENSIONS: Record<ExportKind, string> = { package: 'zip', pdf: 'pdf' };

export function exportFileName(report: { id: string; capturedAt: string }, kind: ExportKind, lang: Lang): string {
  const time = Date.parse(report.capturedAt);
  const day = Number.isNaN(time) ? 'undated' : new Date(time).toISOString().slice(0, 10);
  const short =
    report.id
      .replace(/[^0-9a-f]/gi, '')
      .slice(0, 8)
      .toLowerCase() || 'report';
  const suffix = kind === 'pdf' ? PDF_SUFFIX[lang] : '';
  return `vigie-${day}-${short}${suffix}.${EXTENSIONS[kind]}`;
}
