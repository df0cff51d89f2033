import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NotOfficial } from '@/components/NotOfficial';
import { DraftList } from '@/components/DraftList';
import { t } from '@/utils/i18n';
import { errorCodeLabel } from '@/utils/format/labels';
import { listDraftSummaries, type DraftSummary } from '@/utils/db/draft-summaries';
import { batchSize, isVolunteer } from '@/utils/db/batch-size';
import { send } from '@/utils/messaging/protocol';
import { composerUrl } from '@/utils/report/urls';
import { WatchMatch } from './WatchMatch';

const RECENT = 5;

export function App() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [batch, setBatch] = useState(0);
  const [volunteer, setVolunteer] = useState(false);
  const [added, setAdded] = useState(false);

  useEffect(() => {
    listDraftSummaries(50)
      .then(({ drafts }) => {
        // Unfinished drafts first: they are the ones the user came back for.
        const unfinished = drafts.filter((d) => d.status !== 'ready');
        const rest = drafts.filter((d) => d.status === 'ready');
        setDrafts([...unfinished, ...rest].slice(0, RECENT));
      })
      .catch(() => setDrafts([]));
    batchSize()
      .then(setBatch)
      .catch(() => setBatch(0));
    isVolunteer()
      .then(setVolunteer)
      .catch(() => setVolunteer(false));
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === 'report-page')?.shortcut || ''))
      .catch(() => setShortcut(''));
  }, []);

  const report = async (csam: boolean, toBatch = false) => {
    setBusy(true);
    setError(null);
    setAdded(false);
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error(t('popupNoTab'));
      const response = await send('report/start', { tabId: tab.id, csam, batch: toBatch });
      if (!response.ok) {
        // The detail of an unexpected failure is the browser's own message: kept for diagnosis.
        const detail = response.error === 'capture-failed' && response.detail ? ` ${response.detail}` : '';
        throw new Error(errorCodeLabel(response.error) + detail);
      }
      if (toBatch) {
        // The volunteer stays on the page: the popup says it is in the batch.
        setBatch(await batchSize());
        setAdded(true);
        setBusy(false);
        return;
      }
      window.close();
    } catch (e) {
      setError(`${t('popupReportFailed')} ${e instanceof Error ? e.message : ''}`);
      setBusy(false);
    }
  };

  const open = async (url: string) => {
    await browser.tabs.create({ url });
    window.close();
  };

  return (
    <main class="popup">
      <h1>Vigie</h1>
      <NotOfficial />
      <WatchMatch />
      <button
        type="button"
        class="primary wide"
        disabled={busy}
        onClick={() => report(false)}
        data-testid="report-page"
      >
        {t('popupReportPage')}
      </button>
      <p class="muted small" data-testid="shortcut">
        {shortcut === null ? '' : shortcut ? t('popupShortcut', shortcut) : t('popupNoShortcut')}
      </p>
      {volunteer && (
        <button
          type="button"
          class="wide"
          disabled={busy}
          onClick={() => report(false, true)}
          data-testid="report-batch"
        >
          {t('menuAddToBatch')}
        </button>
      )}
      {added && (
        <p class="muted small" role="status" data-testid="batch-added">
          {t('popupBatchAdded', String(batch))}
        </p>
      )}
      <button type="button" class="wide" disabled={busy} onClick={() => report(true)} data-testid="report-csam">
        {t('menuReportCsam')}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <h2>{t('popupRecentDrafts')}</h2>
      {drafts === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <DraftList drafts={drafts} onOpen={(id) => open(composerUrl(id))} empty={t('popupNoDrafts')} />
      )}
      <p class="nav-links">
        <button
          type="button"
          class="link"
          onClick={() => open(browser.runtime.getURL('/reports.html'))}
          data-testid="open-history"
        >
          {t('popupHistoryLink')}
        </button>{' '}
        {batch > 0 && (
          <>
            <button
              type="button"
              class="link"
              onClick={() => open(browser.runtime.getURL('/batch.html'))}
              data-testid="open-batch"
            >
              {t('popupBatchLink', String(batch))}
            </button>{' '}
          </>
        )}
        <button
          type="button"
          class="link"
          onClick={() => open(browser.runtime.getURL('/support.html'))}
          data-testid="open-support"
        >
          {t('supportLink')}
        </button>{' '}
        <button type="button" class="link" onClick={() => open(browser.runtime.getURL('/watchlists.html'))}>
          {t('watchLink')}
        </button>
      </p>
    </main>
  );
}
