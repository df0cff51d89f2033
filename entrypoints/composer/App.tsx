import { useState } from 'preact/hooks';
import { NotOfficial } from '@/components/NotOfficial';
import { ObservedFacts, PageClaims, PlatformFacts, TargetFacts } from '@/components/DraftFacts';
import { t, formatDateTime, type MessageKey } from '@/utils/i18n';
import { artefactKindLabel, captureProblemLabel, draftStatusLabel, formatBytes } from '@/utils/format/labels';
import { send, type ErrorCode } from '@/utils/messaging/protocol';
import type { Artefact, Draft } from '@/utils/report/draft';
import { reportsFromAbroad } from '@/utils/report/qualification';
import { draftIdFromFragment } from '@/utils/report/urls';
import { useDraft, useObjectUrls } from './useDraft';
import { useSettings } from './useSettings';
import { useEffect } from 'preact/hooks';
import { RedactableImage } from './Redact';
import { lazy } from './lazy';

/**
 * The qualification step (taxonomy, channel registry, routing: large bilingual data) is loaded
 * right after the evidence is on screen, so the composer shows the capture without waiting.
 */
const LazyQualify = lazy(() => import('./Qualify').then((m) => m.Qualify), {
  fallback: () => <p class="muted">{t('loading')}</p>,
  failed: () => <p class="error">{t('saveFailed')}</p>,
});

/** The PDF, the evidence package and the follow-up: loaded after the first render too. */
const LazyAfterQualify = lazy(() => import('./AfterQualify').then((m) => m.AfterQualify));
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

/** Why the full-page capture failed, in this context's words. */
const fullPageErrors: Record<ErrorCode, MessageKey> = {
  'no-tab': 'fullPageFailed',
  'no-draft': 'draftMissing',
  uncapturable: 'fullPageUncapturable',
  'permission-missing': 'fullPagePermission',
  'page-changed': 'fullPagePageChanged',
  'user-scrolled': 'fullPageUserScrolled',
  'capture-failed': 'fullPageFailed',
  'screenshot-failed': 'fullPageFailed',
  'facts-failed': 'fullPageFailed',
  'facts-timeout': 'fullPageFailed',
  'archive-failed': 'fullPageFailed',
  'no-channel': 'errorNoChannel',
  interrupted: 'fullPageFailed',
  'too-large': 'problemTooLarge',
  'page-cut': 'problemPageCut',
  'platform-data-failed': 'fullPageFailed',
  'tab-switched': 'fullPageTabSwitched',
  cancelled: 'fullPageCancelled',
};

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
  const [revealed, setRevealed] = useState(false);
  // Previews are blurred until revealed, unless the user turned that off in the settings.
  const settings = useSettings();
  useEffect(() => {
    if (settings && !settings.blurPreviews) setRevealed(true);
  }, [settings]);
  const [fullPage, setFullPage] = useState<{ running: boolean; error?: string }>({ running: false });
  const urls = useObjectUrls(artefacts);
  // Originals; their redacted copies (`derivedFrom`) are shown with them.
  const screenshot = artefacts.find((a) => a.kind === 'screenshot' && !a.derivedFrom);
  const fullParts = artefacts.filter((a) => a.kind === 'full-page' && !a.derivedFrom);
  const copiesOf = (original: Artefact) => artefacts.filter((a) => a.derivedFrom === original.id);

  const takeFullPage = async () => {
    setFullPage({ running: true });
    props.setProgress(null);
    try {
      const response = await send('capture/full-page', { draftId: draft.id });
      if (response.ok) setFullPage({ running: false });
      else {
        // The detail of an unexpected failure is the browser's own message: kept for diagnosis.
        const detail = response.error === 'capture-failed' && response.detail ? ` ${response.detail}` : '';
        setFullPage({ running: false, error: t(fullPageErrors[response.error]) + detail });
      }
    } catch (error) {
      setFullPage({ running: false, error: `${t('fullPageFailed')} ${error instanceof Error ? error.message : ''}` });
    }
  };

  // The capture stops before its next slice and answers its own request with `cancelled`.
  const cancelFullPage = () => {
    send('capture/cancel', { draftId: draft.id }).catch(() => undefined);
  };
  const storageUsed = artefacts.reduce((sum, a) => sum + a.size, 0);

  const page = draft.page;
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
      <LazyAfterQualify draft={draft} artefacts={artefacts} onChanged={props.reload} />

      <h2>{t('sectionTarget')}</h2>
      <TargetFacts target={draft.target} />

      {draft.mode === 'full' && (
        <section data-testid="capture-section">
          <h2>{t('sectionScreenshot')}</h2>
          {screenshot && urls.get(screenshot.id) ? (
            <RedactableImage
              draft={draft}
              original={screenshot}
              copies={copiesOf(screenshot)}
              urls={urls}
              alt={t('screenshotAlt')}
              revealed={revealed}
              onToggle={() => setRevealed(!revealed)}
              onChanged={props.reload}
            />
          ) : (
            <p class="muted">{draft.status === 'capturing' ? t('loading') : t('noScreenshot')}</p>
          )}
          <div class="row">
            <button type="button" onClick={takeFullPage} disabled={fullPage.running} data-testid="full-page">
              {t('fullPageButton')}
            </button>
            {fullPage.running && (
              <span role="status" data-testid="full-page-progress">
                <progress value={props.progress?.done ?? 0} max={props.progress?.total ?? 1} />{' '}
                {props.progress
                  ? t('fullPageProgress', [
                      String(Math.min(props.progress.done + 1, props.progress.total)),
                      String(props.progress.total),
                    ])
                  : t('loading')}{' '}
                <button type="button" onClick={cancelFullPage} data-testid="full-page-cancel">
                  {t('fullPageCancel')}
                </button>
              </span>
            )}
            {fullPage.error && (
              <span class="error" role="alert">
                {fullPage.error}
              </span>
            )}
          </div>
          {fullParts.map((part) =>
            urls.get(part.id) ? (
              <RedactableImage
                key={part.id}
                draft={draft}
                original={part}
                copies={copiesOf(part)}
                urls={urls}
                alt={t('fullPageAlt')}
                revealed={revealed}
                onToggle={() => setRevealed(!revealed)}
                onChanged={props.reload}
              />
            ) : null,
          )}
        </section>
      )}

      {draft.platform && (
        <>
          <h2>{t('sectionPlatform')}</h2>
          <PlatformFacts platform={draft.platform} />
        </>
      )}

      <h2>{t('sectionObserved')}</h2>
      <ObservedFacts observed={draft.observed} cut={draft.target.cut} />

      {page && <PageClaims page={page} fallbackTimeZone={draft.observed.timeZone} />}

      <h2>{t('sectionEvidence')}</h2>
      {artefacts.length === 0 ? (
        <p class="muted">{draft.mode === 'url-only' ? t('evidenceUrlOnly') : t('loading')}</p>
      ) : (
        <>
          <p class="muted" data-testid="storage-used">
            {t('storageUsed', [formatBytes(storageUsed)])}
          </p>
          {/* The fingerprints are for whoever checks the evidence later: folded, one click away. */}
          <details data-testid="hashes">
            <summary>{t('evidenceCaption')}</summary>
            <table class="facts" data-testid="artefacts">
              <caption class="sr-only">{t('evidenceCaption')}</caption>
              <tbody>
                {artefacts.map((a) => (
                  <tr key={a.id} data-kind={a.kind}>
                    <th scope="row">
                      {artefactKindLabel(a.kind)}
                      {a.part ? ` ${a.part.index + 1}/${a.part.count}` : ''}
                      {a.derivedFrom ? ` (${t('redactCopyShort')})` : ''}
                      <br />
                      <span class="muted">{formatBytes(a.size)}</span>
                    </th>
                    <td class="code" data-testid="sha256">
                      {a.sha256}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </Shell>
  );
}
