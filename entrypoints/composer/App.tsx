import { useEffect, useState } from 'preact/hooks';
import { NotOfficial } from '@/components/NotOfficial';
import { t, formatDateTime } from '@/utils/i18n';
import { captureProblemLabel, draftStatusLabel } from '@/utils/format/labels';
import type { Artefact, Draft } from '@/utils/report/draft';
import { reportsFromAbroad } from '@/utils/report/qualification';
import { draftIdFromFragment } from '@/utils/report/urls';
import { useDraft } from './useDraft';
import { lazy } from './lazy';

/**
 * The three steps (taxonomy, channel registry, routing: large bilingual data) are loaded right
 * after the first render, so the composer shows the draft's status without waiting.
 */
const LazyQualify = lazy(() => import('./Qualify').then((m) => m.Qualify), {
  fallback: () => <p class="muted">{t('loading')}</p>,
  failed: () => <p class="error">{t('saveFailed')}</p>,
});

/**
 * Under the steps, folded: the evidence and captured facts, the exports, the follow-up. Loaded
 * after the first render too (the facts, the screenshots and their redaction are not in it).
 */
const LazySecondary = lazy(() => import('./Secondary').then((m) => m.Secondary));
// The link-only banner cites the law of the reporter's country (France's, or the EU directive).
const LinkOnlyNotice = lazy(() => import('@/components/qualify/LinkOnlyNotice').then((m) => m.LinkOnlyNotice));

/**
 * The draft named in the fragment; a malformed or foreign fragment shows "draft missing". A link
 * to another draft's composer only changes the fragment: the page follows it.
 */
export function App() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const follow = () => setHash(location.hash);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const draftId = draftIdFromFragment(hash);
  if (draftId === null)
    return (
      <Shell>
        <p class="error">{t('draftMissing')}</p>
      </Shell>
    );
  return <DraftApp key={draftId} draftId={draftId} />;
}

function DraftApp({ draftId }: { draftId: string }) {
  const { state, progress, setProgress, reload, purgedElsewhere } = useDraft(draftId);
  if (state.kind === 'loading') return <Shell>{<p class="muted">{t('loading')}</p>}</Shell>;
  if (state.kind === 'missing') return <Shell>{<p class="error">{t('draftMissing')}</p>}</Shell>;
  if (state.kind === 'error')
    return (
      <Shell>
        <p class="error" role="alert">
          {t('draftUnreadable')} {state.message}
        </p>
      </Shell>
    );
  return (
    <Composer
      draft={state.draft}
      artefacts={state.artefacts}
      progress={progress}
      setProgress={setProgress}
      reload={reload}
      purgedElsewhere={purgedElsewhere}
    />
  );
}

function Shell({ children }: { children: preact.ComponentChildren }) {
  return (
    <main>
      <h1>{t('composerHeading')}</h1>
      <NotOfficial />
      {children}
    </main>
  );
}

function Composer(props: {
  draft: Draft;
  artefacts: Artefact[];
  progress: { done: number; total: number } | null;
  setProgress: (p: { done: number; total: number } | null) => void;
  reload: () => void;
  /** Artefacts another open page deleted (CSAM rule), or `null`. */
  purgedElsewhere: number | null;
}) {
  const { draft, artefacts } = props;
  return (
    <Shell>
      <p class="row" data-testid="draft-status" data-status={draft.status}>
        <span class={`badge ${draft.status}`}>{draftStatusLabel(draft.status)}</span>
        <span class="muted">
          {t('capturedAt')} {formatDateTime(draft.observed.capturedAt, draft.observed.timeZone)}
        </span>
      </p>

      {draft.csam && <LinkOnlyNotice abroad={reportsFromAbroad(draft.qualification)} />}

      {props.purgedElsewhere !== null && (
        <p class="notice" role="status" data-testid="evidence-deleted">
          {t('evidenceDeletedElsewhere')}
        </p>
      )}

      {draft.problems.length > 0 && (
        <ul class="notice" data-testid="problems">
          {draft.problems.map((p, i) => (
            <li key={i}>{captureProblemLabel(p)}</li>
          ))}
        </ul>
      )}

      <LazyQualify draft={draft} artefacts={artefacts} onChanged={props.reload} />
      <LazySecondary
        draft={draft}
        artefacts={artefacts}
        progress={props.progress}
        setProgress={props.setProgress}
        onChanged={props.reload}
      />
    </Shell>
  );
}
