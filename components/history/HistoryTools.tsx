import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, formatDateTime } from '@/utils/i18n';
import type { HistoryRow } from '@/utils/db/history-query';
import {
  exportReportList,
  historyCsv,
  importReportList,
  type CsvColumn,
  type ImportResult,
} from '@/utils/db/history-io';
import { readRetention, writeRetention, type RetentionSetting } from '@/utils/db/settings-repo';
import { categoryLabel, channelName, decisionLabel, followUpStatusLabel } from './labels';
import { AssociationExport } from './AssociationExport';
import { WatchlistExport } from './WatchlistExport';
import { saveFile } from '../save-file';

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

const importFailure: Record<Extract<ImportResult, { ok: false }>['reason'], Parameters<typeof t>[0]> = {
  'not-json': 'historyImportNotJson',
  'too-large': 'historyImportTooLarge',
  'not-a-report-list': 'historyImportNotList',
  'bad-report': 'historyImportBadReport',
};

/** Export (JSON, CSV), import of Vigie's own JSON, and the retention setting. */
export function HistoryTools(props: {
  rows: HistoryRow[];
  selected: ReadonlySet<string>;
  onImported: () => void;
  notify: (m: string) => void;
}) {
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // What the exports for others take: the selected reports, or else those the filters show.
  const chosen = props.selected.size > 0 ? props.rows.filter((r) => props.selected.has(r.id)) : props.rows;
  const exportJson = async () => {
    const { list } = await exportReportList(browser.runtime.getManifest().version, new Date());
    saveFile(JSON.stringify(list, null, 2), `vigie-historique-${stamp()}.json`, 'application/json');
  };
  const exportCsv = () => {
    const csv = historyCsv(props.rows, {
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
  };
  const importFile = async (file: File) => {
    const result = await importReportList(await file.text());
    if (result.ok) {
      setImportMessage({ ok: true, text: t('historyImportDone', [String(result.added), String(result.duplicates)]) });
      props.onImported();
    } else setImportMessage({ ok: false, text: t('historyImportFailed', t(importFailure[result.reason])) });
  };
  return (
    <section class="history-tools">
      <h2>{t('historyExportHeading')}</h2>
      <p class="muted small">{t('historyExportNote')}</p>
      <p class="row">
        <button type="button" data-testid="export-json" onClick={() => void exportJson()}>
          {t('historyExportJson')}
        </button>{' '}
        <button type="button" data-testid="export-csv" onClick={exportCsv}>
          {t('historyExportCsv')}
        </button>
      </p>
      <AssociationExport ids={chosen.map((r) => r.id)} selectedCount={props.selected.size} />
      <WatchlistExport rows={chosen} selectedCount={props.selected.size} />
      <label>
        {t('historyImport')}{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importFile(file).finally(() => (input.value = ''));
          }}
        />
      </label>
      {importMessage && (
        <p class={importMessage.ok ? 'notice' : 'error'} role="alert" data-testid="import-message">
          {importMessage.text}
        </p>
      )}
      <Retention notify={props.notify} />
    </section>
  );
}

function Retention({ notify }: { notify: (m: string) => void }) {
  const [setting, setSetting] = useState<RetentionSetting | null>(null);
  const [months, setMonths] = useState('12');
  useEffect(() => {
    void readRetention().then((s) => {
      setSetting(s);
      if (s.keep.mode === 'months') setMonths(String(s.keep.months));
    });
  }, []);
  if (!setting) return null;
  const save = async (next: RetentionSetting) => {
    setSetting(await writeRetention(next));
    notify(t('historyRetentionSaved'));
  };
  const n = Number(months);
  const valid = Number.isInteger(n) && n >= 1 && n <= 120;
  return (
    <fieldset class="retention" data-testid="retention">
      <legend>{t('historyRetentionHeading')}</legend>
      <label>
        <input
          type="radio"
          name="retention"
          checked={setting.keep.mode === 'forever'}
          onChange={() => void save({ version: 1, keep: { mode: 'forever' } })}
        />{' '}
        {t('historyRetentionForever')}
      </label>
      <br />
      <label>
        <input
          type="radio"
          name="retention"
          checked={setting.keep.mode === 'months'}
          disabled={!valid}
          onChange={() => void save({ version: 1, keep: { mode: 'months', months: n } })}
        />{' '}
        {t('historyRetentionMonths')}{' '}
        <input
          type="number"
          min={1}
          max={120}
          value={months}
          onInput={(e) => setMonths((e.target as HTMLInputElement).value)}
          onChange={() => {
            if (valid && setting.keep.mode === 'months') void save({ version: 1, keep: { mode: 'months', months: n } });
          }}
        />
      </label>
      <p class="muted small">{t('historyRetentionNote')}</p>
    </fieldset>
  );
}
