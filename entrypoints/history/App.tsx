import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NotOfficial } from '@/components/NotOfficial';
import { DraftList } from '@/components/DraftList';
import { t } from '@/utils/i18n';
import { draftsRepository, type StoredDraftProblem } from '@/utils/db/drafts-repo';
import { composerUrl } from '@/utils/report/urls';
import type { Draft } from '@/utils/report/draft';

export function App() {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [unreadable, setUnreadable] = useState<StoredDraftProblem[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    draftsRepository
      .list()
      .then((r) => {
        setDrafts(r.drafts);
        setUnreadable(r.unreadable);
      })
      .catch((e: unknown) => setError(String(e)));

  useEffect(() => {
    void load();
  }, []);

  const remove = async (id: string) => {
    if (!confirm(t('historyDeleteConfirm'))) return;
    await draftsRepository.delete(id);
    await load();
  };

  return (
    <main>
      <h1>{t('historyHeading')}</h1>
      <NotOfficial />
      <p class="muted">{t('historyIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {unreadable.length > 0 && (
        <p class="notice" role="status">
          {t('historyUnreadable', String(unreadable.length))}
        </p>
      )}
      {drafts === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <DraftList
          drafts={drafts}
          onOpen={(id) => void browser.tabs.create({ url: composerUrl(id) })}
          onDelete={(id) => void remove(id)}
          empty={t('historyEmpty')}
        />
      )}
    </main>
  );
}
