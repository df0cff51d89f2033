import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { HistoryRow } from '@/utils/db/history-query';
import type { ImportResult } from '@/utils/db/history-io';
import type { RetentionSetting } from '@/utils/db/settings-repo';
import { AssociationExport, type AssociationDeps } from './AssociationExport';
import { WatchlistExport } from './WatchlistExport';

/** What the page does for the history's tools: files out and in, the retention setting. */
export interface HistoryToolsDeps {
  /** Every report, as Vigie's own JSON list, saved as a file. */
  exportJson(): Promise<void>;
  /** These rows as a CSV table in the user's language, saved as a file. */
  exportCsv(rows: readonly HistoryRow[]): void;
  importList(text: string): Promise<ImportResult>;
  readRetention(): Promise<RetentionSetting>;
  writeRetention(setting: RetentionSetting): Promise<RetentionSetting>;
  association: AssociationDeps;
}

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
  deps: HistoryToolsDeps;
}) {
  const { deps } = props;
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // What the exports for others take: the selected reports, or else those the filters show.
  const chosen = props.selected.size > 0 ? props.rows.filter((r) => props.selected.has(r.id)) : props.rows;
  const importFile = async (file: File) => {
    const result = await deps.importList(await file.text());
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
        <button type="button" data-testid="export-json" onClick={() => void deps.exportJson()}>
          {t('historyExportJson')}
        </button>{' '}
        <button type="button" data-testid="export-csv" onClick={() => deps.exportCsv(props.rows)}>
          {t('historyExportCsv')}
        </button>
      </p>
      <AssociationExport ids={chosen.map((r) => r.id)} selectedCount={props.selected.size} deps={deps.association} />
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
      <Retention notify={props.notify} deps={deps} />
    </section>
  );
}

function Retention({ notify, deps }: { notify: (m: string) => void; deps: HistoryToolsDeps }) {
  const [setting, setSetting] = useState<RetentionSetting | null>(null);
  const [months, setMonths] = useState('12');
  useEffect(() => {
    void deps.readRetention().then((s) => {
      setSetting(s);
      if (s.keep.mode === 'months') setMonths(String(s.keep.months));
    });
  }, []);
  if (!setting) return null;
  const save = async (next: RetentionSetting) => {
    setSetting(await deps.writeRetention(next));
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
