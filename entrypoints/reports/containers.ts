/**
 * The history page's data side: what its components (components/history/, which only render) read,
 * write, build and save, wired to the database, the export code and the browser here.
 */
import { browser } from 'wxt/browser';
import type { FollowUpDeps } from '@/components/history/draft-store';
import type { HistoryToolsDeps } from '@/components/history/HistoryTools';
import { categoryLabel, channelName, decisionLabel, followUpStatusLabel } from '@/components/history/labels';
import { saveFile } from '@/components/save-file';
import { formatDateTime, t } from '@/utils/i18n';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { exportReportList, historyCsv, importReportList, type CsvColumn } from '@/utils/db/history-io';
import { readRetention, writeRetention } from '@/utils/db/settings-repo';
import { associationDeps } from './association';

export { associationDeps };

/** The follow-up opened on a row: the drafts repository, and the browser's tabs. */
export const followUpDeps: FollowUpDeps = {
  drafts: draftsRepository,
  openTab: (url) => browser.tabs.create({ url, active: true }),
};

const vigieVersion = () => browser.runtime.getManifest().version;

const csvHeader: Record<CsvColumn, string> = {
  capturedAt: 'historyCsvCapturedAt',
  status: 'historyCsvStatus',
  category: 'historyCsvCategory',
  platform: 'historyCsvPlatform',
  url: 'historyCsvUrl',
  author: 'historyCsvAuthor',
  channels: 'historyCsvChannels',
  references: 'historyCsvReferences',
  decision: 'historyCsvDecision',
  tags: 'historyCsvTags',
  id: 'historyCsvId',
} as const;

const stamp = () => new Date().toISOString().slice(0, 10);

/** Export (JSON, CSV), import of Vigie's own JSON, and the retention setting. */
export const historyToolsDeps: HistoryToolsDeps = {
  async exportJson() {
    const { list } = await exportReportList(vigieVersion(), new Date());
    saveFile(JSON.stringify(list, null, 2), `vigie-historique-${stamp()}.json`, 'application/json');
  },
  exportCsv(rows) {
    const csv = historyCsv([...rows], {
      header: Object.fromEntries(Object.entries(csvHeader).map(([k, v]) => [k, t(v as never)])) as Record<
        CsvColumn,
        string
      >,
      status: (r) => followUpStatusLabel(r.status),
      category: categoryLabel,
      channel: channelName,
      decision: (r) => (r.decision ? decisionLabel(r.decision) : ''),
      date: (iso) => formatDateTime(iso),
    });
    saveFile(csv, `vigie-historique-${stamp()}.csv`, 'text/csv;charset=utf-8');
  },
  importList: importReportList,
  readRetention,
  writeRetention,
  association: associationDeps,
};
