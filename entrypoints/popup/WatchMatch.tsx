import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { send, type Reply } from '@/utils/messaging/protocol';

/**
 * "This page is on the watchlist …": the background answers for the tab the popup was opened on
 * (readable then, thanks to `activeTab`). Nothing is shown when there is no match or no answer.
 */
export function WatchMatch() {
  const [matches, setMatches] = useState<Reply<'watch/match'>['matches']>([]);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id === undefined ? null : send('watch/match', { tabId: tab.id })))
      .then((answer) => {
        if (answer) setMatches(answer.matches);
      })
      .catch(() => setMatches([]));
  }, []);
  const lists = matches.filter(
    (m, i) => matches.findIndex((o) => o.listName === m.listName && o.note === m.note) === i,
  );
  if (!lists.length) return null;
  return (
    <div class="notice" role="status" data-testid="watch-match">
      {lists.map((m, i) => (
        <p key={i}>
          <strong>{t('watchPopupMatch', m.listName)}</strong>
          {m.note && <span class="small"> {m.note}</span>}
        </p>
      ))}
    </div>
  );
}
