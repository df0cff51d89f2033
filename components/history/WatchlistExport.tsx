import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '@/utils/i18n';
import type { HistoryRow } from '@/utils/db/history-query';
import { NAME_MAX } from '@/utils/watch/limits';
import { saveFile } from '../save-file';
import { today } from './labels';
import { ExportScope, Tick } from './ExportParts';

type State =
  | { kind: 'idle' }
  | { kind: 'building' }
  | { kind: 'done'; text: string }
  | { kind: 'empty' }
  | { kind: 'failed'; text: string };

/**
 * A watchlist of the chosen reports (selected, or those the filters show), for the volunteer's
 * watch network: fingerprints of the addresses only, the accounts if asked, never child sexual
 * abuse reports. The file is the one the Watchlists page imports. The code loads on the click.
 */
export function WatchlistExport(props: {
  rows: readonly HistoryRow[];
  selectedCount: number;
  /** How the page names the reports taken, when not "selected / shown by the filters". */
  scopeText?: string;
}) {
  const [name, setName] = useState('');
  const [withAccounts, setWithAccounts] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef(false);
  const day = today(); // the user's own calendar day, for the default name
  const count = props.rows.length;
  // Counted as the list will hold it (one line, trimmed): too long is said, never cut.
  const nameLength = [...name.replace(/\s+/g, ' ').trim()].length;
  const nameTooLong = nameLength > NAME_MAX;

  const run = async () => {
    if (running.current || count === 0 || nameTooLong) return;
    running.current = true;
    setState({ kind: 'building' });
    try {
      const { watchlistFromReports, WatchlistTooLarge } = await import('@/utils/watch/export');
      try {
        const out = await watchlistFromReports(props.rows, {
          name,
          fallbackName: t('watchExportDefaultName', day),
          note: t('watchExportNote'),
          withAccounts,
          now: new Date(),
        });
        if (out.included === 0) return setState({ kind: 'empty' });
        saveFile(out.bytes, out.fileName, 'application/json');
        const parts = [tCount(out.included, { one: 'watchExportDoneOne', other: 'watchExportDone' }, [out.fileName])];
        if (out.csamLeftOut > 0)
          parts.push(tCount(out.csamLeftOut, { one: 'watchExportCsamLeftOutOne', other: 'watchExportCsamLeftOut' }));
        if (out.unusable > 0)
          parts.push(tCount(out.unusable, { one: 'watchExportUnusableOne', other: 'watchExportUnusable' }));
        setState({ kind: 'done', text: parts.join(' ') });
      } catch (error) {
        if (error instanceof WatchlistTooLarge) return setState({ kind: 'failed', text: t('watchExportTooLarge') });
        throw error;
      }
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      setState({ kind: 'failed', text: t('watchExportFailed', detail) });
    } finally {
      running.current = false;
    }
  };

  return (
    <section class="association-export" aria-labelledby="watchlist-export-heading" data-testid="watchlist-export">
      <h3 id="watchlist-export-heading">{t('watchExportHeading')}</h3>
      <p class="muted small">{t('watchExportIntro')}</p>
      <ExportScope
        count={count}
        selectedCount={props.selectedCount}
        testId="watchlist-scope"
        {...(props.scopeText === undefined ? {} : { text: props.scopeText })}
      />
      <p class="field-grid">
        <label for="watchlist-name">{t('watchExportName')}</label>
        <input
          id="watchlist-name"
          value={name}
          aria-invalid={nameTooLong}
          aria-describedby={nameTooLong ? 'watchlist-name-error' : undefined}
          placeholder={t('watchExportDefaultName', day)}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
          data-testid="watchlist-name"
        />
      </p>
      {nameTooLong && (
        <p class="error small" role="alert" id="watchlist-name-error" data-testid="watchlist-name-error">
          {t('watchExportNameTooLong', [String(nameLength), String(NAME_MAX)])}
        </p>
      )}
      <Tick
        checked={withAccounts}
        onChange={setWithAccounts}
        label={t('watchExportAccounts')}
        testId="watchlist-accounts"
      />
      <p class="row">
        <button
          type="button"
          disabled={state.kind === 'building' || count === 0 || nameTooLong}
          onClick={() => void run()}
          data-testid="watchlist-export-button"
        >
          {t('watchExportButton')}
        </button>
      </p>
      <p role="status" aria-live="polite" data-testid="watchlist-export-status" data-state={state.kind}>
        {state.kind === 'done' && state.text}
        {state.kind === 'empty' && t('watchExportEmpty')}
      </p>
      {state.kind === 'failed' && (
        <p class="error" role="alert" data-testid="watchlist-export-error">
          {state.text}
        </p>
      )}
    </section>
  );
}
