/**
 * The association export's data side (JSON, CSV, ZIP of signed packages) for the reports it is
 * given: the history page passes its selection or what its filters show, the batch page the
 * batch's items or its selection. The export code loads on the click.
 */
import { browser } from 'wxt/browser';
import type { AssociationDeps } from '@/components/history/AssociationExport';
import { saveFile } from '@/components/save-file';
import { uiLanguage } from '@/utils/i18n';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { reportsWithArtefacts } from '@/utils/db/history';

const vigieVersion = () => browser.runtime.getManifest().version;

/** Export for a trusted flagger or a watch association; the export code loads on the click. */
export const associationDeps: AssociationDeps = {
  async exportCollection(format, ids, hashesOnly, onProgress) {
    const lang = uiLanguage();
    const now = new Date();
    if (format === 'zip') {
      const [{ buildCollectionZip }, { installationKey }] = await Promise.all([
        import('@/utils/export/collection-zip'),
        import('@/utils/export/signing'),
      ]);
      const zip = await buildCollectionZip([...ids], (id) => draftsRepository.withArtefacts(id), {
        lang,
        key: await installationKey(),
        vigieVersion: vigieVersion(),
        onProgress,
      });
      saveFile(zip.blob, zip.fileName);
      return {
        fileName: zip.fileName,
        count: zip.collection.reports.length,
        leftOut: zip.leftOut.map((r) => r.reportId),
      };
    }
    const collection = await import('@/utils/export/collection');
    const content = hashesOnly ? 'hashes-and-urls' : 'full';
    const stored = await reportsWithArtefacts([...ids]);
    const { reports, leftOut } = await collection.collectionReports(
      [...ids],
      async (id) => stored.get(id),
      lang,
      content,
    );
    const fileName = collection.collectionFileName(now, format);
    if (format === 'json') {
      const list = collection.reportCollection(reports, { lang, content, vigieVersion: vigieVersion(), now });
      saveFile(`${JSON.stringify(list, null, 2)}\n`, fileName, 'application/json');
    } else {
      saveFile(collection.collectionCsv(reports), fileName, 'text/csv;charset=utf-8');
    }
    return { fileName, count: reports.length, leftOut: leftOut.map((r) => r.reportId) };
  },
  schemaUrls: () => ({
    collection: browser.runtime.getURL('/report-format/vigie-report-collection.v1.schema.json'),
    report: browser.runtime.getURL('/report-format/vigie-report.v1.schema.json'),
  }),
};
