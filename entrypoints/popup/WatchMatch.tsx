import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { watchMatchResponseSchema, type WatchMatchResponse } from '@/utils/messaging/watch';

/**
 * "This page is on the watchlist …": the background answers for the tab the popup was opened on
 * (readable then, thanks to `activeTab`). Nothing is shown when there is no match or no answer.
 */
export function WatchMatch() {
  const [matches, setMatches] = useState<WatchMatchResponse['matches']>([]);
  useEffect(() => {
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) =>
        tab?.id === undefined ? null : browser.runtime.sendMessage({ type: 'watch/match', tabId: tab.id }),
      )
      .then((answer) => {
        const parsed = watchMatchResponseSchema.safeParse(answer);
        if (parsed.success) setMatches(parsed.data.matches);
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
