import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NotOfficial } from '@/components/NotOfficial';
import { FactsTable, type FactRow } from '@/components/FactsTable';
import { ScreenshotViewer } from '@/components/ScreenshotViewer';
import { draftStatusLabel } from '@/components/DraftList';
import { t, formatDateTime, uiLanguage, type MessageKey } from '@/utils/i18n';
import { responseSchema } from '@/utils/messaging/protocol';
import { uncapturableMessageKey, type UncapturableReason } from '@/utils/capture/capturability';
import type { Artefact, Draft } from '@/utils/report/draft';
import { useDraft, useObjectUrls } from './useDraft';
import { useEffect } from 'preact/hooks';
import type { Qualify as QualifyComponent } from './Qualify';

/**
 * The qualification step (taxonomy, channel registry, routing: large bilingual data) is loaded
 * right after the evidence is on screen, so the composer shows the capture without waiting.
 */
function LazyQualify(props: Parameters<typeof QualifyComponent>[0]) {
  const [Loaded, setLoaded] = useState<typeof QualifyComponent | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import('./Qualify').then((m) => setLoaded(() => m.Qualify)).catch(() => setFailed(true));
  }, []);
  if (failed) return <p class="error">{t('saveFailed')}</p>;
  return Loaded ? <Loaded {...props} /> : <p class="muted">{t('loading')}</p>;
}
import { metaValue } from '@/utils/report/page-facts';

const draftIdFromHash = () => decodeURIComponent(location.hash.slice(1));

export function App() {
  const draftId = draftIdFromHash();
  const { state, progress, setProgress, reload } = useDraft(draftId);
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

const artefactLabels: Record<Artefact['kind'], MessageKey> = {
  screenshot: 'artefactScreenshot',
  'full-page': 'artefactFullPage',
  mhtml: 'artefactMhtml',
  'dom-snapshot': 'artefactDomSnapshot',
  facts: 'artefactFacts',
};

const problemLabels: Record<Draft['problems'][number]['code'], MessageKey> = {
  uncapturable: 'problemUncapturable',
  'screenshot-failed': 'problemScreenshotFailed',
  'facts-failed': 'problemFactsFailed',
  'facts-timeout': 'problemFactsTimeout',
  'archive-failed': 'problemArchiveFailed',
  interrupted: 'problemInterrupted',
  'permission-missing': 'problemPermissionMissing',
};

const fullPageErrors: Record<string, MessageKey> = {
  'page-changed': 'fullPagePageChanged',
  'user-scrolled': 'fullPageUserScrolled',
  'permission-missing': 'fullPagePermission',
  uncapturable: 'fullPageUncapturable',
};

function Composer(props: {
  draft: Draft;
  artefacts: Artefact[];
  progress: { done: number; total: number } | null;
  setProgress: (p: { done: number; total: number } | null) => void;
  reload: () => void;
}) {
  const { draft, artefacts } = props;
  const [revealed, setRevealed] = useState(false);
  const [fullPage, setFullPage] = useState<{ running: boolean; error?: string }>({ running: false });
  const urls = useObjectUrls(artefacts);
  const screenshot = artefacts.find((a) => a.kind === 'screenshot');
  const fullParts = artefacts.filter((a) => a.kind === 'full-page');

  const takeFullPage = async () => {
    setFullPage({ running: true });
    props.setProgress(null);
    try {
      const raw: unknown = await browser.runtime.sendMessage({ type: 'capture/full-page', draftId: draft.id });
      const response = responseSchema.parse(raw);
      if (response.ok) setFullPage({ running: false });
      else
        setFullPage({
          running: false,
          error: fullPageErrors[response.error]
            ? t(fullPageErrors[response.error]!)
            : `${t('fullPageFailed')} ${response.detail ?? ''}`,
        });
    } catch (error) {
      setFullPage({ running: false, error: `${t('fullPageFailed')} ${error instanceof Error ? error.message : ''}` });
    }
  };

  const page = draft.page;
  return (
    <Shell>
      <p class="row" data-testid="draft-status" data-status={draft.status}>
        <span class={`badge ${draft.status}`}>{draftStatusLabel(draft)}</span>
        <span class="muted">
          {t('capturedAt')} {formatDateTime(draft.observed.capturedAt)}
        </span>
      </p>

      {draft.csam && (
        <div class="notice" role="alert" data-testid="csam-notice">
          <strong>{t('csamNoticeTitle')}</strong>
          <p>{t('csamNoticeBody')}</p>
        </div>
      )}

      {draft.problems.length > 0 && (
        <ul class="notice" data-testid="problems">
          {draft.problems.map((p, i) => (
            <li key={i}>
              {p.code === 'uncapturable' && p.detail
                ? t(uncapturableMessageKey(p.detail as UncapturableReason))
                : t(problemLabels[p.code])}
            </li>
          ))}
        </ul>
      )}

      <LazyQualify draft={draft} onChanged={props.reload} />

      <h2>{t('sectionTarget')}</h2>
      <FactsTable
        caption={t('sectionTargetCaption')}
        rows={[
          { label: t('targetKind'), value: t(`context_${draft.target.context}` as MessageKey) },
          { label: t('targetUrl'), value: draft.target.url, code: true },
          {
            label: t('pageUrl'),
            value: draft.target.pageUrl !== draft.target.url ? draft.target.pageUrl : null,
            code: true,
          },
          {
            label: t('linkUrl'),
            value: draft.target.linkUrl !== draft.target.url ? draft.target.linkUrl : null,
            code: true,
          },
          { label: t('selectionText'), value: draft.target.selectionText },
        ]}
      />

      {draft.mode === 'full' && (
        <section data-testid="capture-section">
          <h2>{t('sectionScreenshot')}</h2>
          {screenshot && urls.get(screenshot.id) ? (
            <ScreenshotViewer
              src={urls.get(screenshot.id)!}
              alt={t('screenshotAlt')}
              revealed={revealed}
              onToggle={() => setRevealed(!revealed)}
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
                  ? t('fullPageProgress', [String(props.progress.done), String(props.progress.total)])
                  : t('loading')}
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
              <ScreenshotViewer
                key={part.id}
                src={urls.get(part.id)!}
                alt={t('fullPageAlt')}
                revealed={revealed}
                onToggle={() => setRevealed(!revealed)}
              />
            ) : null,
          )}
        </section>
      )}

      {draft.platform && (
        <>
          <h2>{t('sectionPlatform')}</h2>
          <FactsTable
            caption={draft.platform.platformName}
            rows={[
              { label: t('platformContentType'), value: draft.platform.contentType },
              { label: t('platformPermalink'), value: draft.platform.permalink, code: true },
              { label: t('platformContentId'), value: draft.platform.contentId, code: true },
              { label: t('platformAuthorHandle'), value: draft.platform.authorHandle },
              { label: t('platformAuthorName'), value: draft.platform.authorName },
              { label: t('platformAuthorUrl'), value: draft.platform.authorUrl, code: true },
            ]}
          />
        </>
      )}

      <h2>{t('sectionObserved')}</h2>
      <FactsTable
        caption={t('sectionObservedCaption')}
        rows={[
          { label: t('observedTabUrl'), value: draft.observed.tabUrl, code: true },
          { label: t('observedCapturedAt'), value: draft.observed.capturedAt, code: true },
          { label: t('observedLocalTime'), value: `${draft.observed.localTime} (${draft.observed.timeZone})` },
          { label: t('observedBrowser'), value: draft.observed.browser },
          { label: t('observedExtension'), value: `Vigie ${draft.observed.extensionVersion}` },
        ]}
      />

      {page && (
        <FactsTable
          caption={t('sectionPageClaims')}
          rows={
            [
              { label: t('pageTitle'), value: page.title },
              { label: t('pageUrlClaimed'), value: page.url, code: true },
              { label: t('pageCanonical'), value: page.canonical, code: true },
              { label: t('pageLang'), value: page.lang },
              {
                label: t('pageDescription'),
                value: metaValue(page, 'description') ?? metaValue(page, 'og:description'),
              },
              { label: t('pageOgTitle'), value: metaValue(page, 'og:title') },
              {
                label: t('pageViewport'),
                value: `${page.viewport.width}×${page.viewport.height} @${page.viewport.devicePixelRatio}x`,
              },
              {
                label: t('pageLocalTime'),
                value: page.time.iso ? `${page.time.iso} (${page.time.timeZone ?? '?'})` : null,
              },
            ] satisfies FactRow[]
          }
        />
      )}

      <h2>{t('sectionEvidence')}</h2>
      {artefacts.length === 0 ? (
        <p class="muted">{draft.mode === 'url-only' ? t('evidenceUrlOnly') : t('loading')}</p>
      ) : (
        <table class="facts" data-testid="artefacts">
          <caption>{t('evidenceCaption')}</caption>
          <tbody>
            {artefacts.map((a) => (
              <tr key={a.id} data-kind={a.kind}>
                <th scope="row">
                  {t(artefactLabels[a.kind])}
                  {a.part ? ` ${a.part.index + 1}/${a.part.count}` : ''}
                  <br />
                  <span class="muted">{formatSize(a.size)}</span>
                </th>
                <td class="code" data-testid="sha256">
                  {a.sha256}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Shell>
  );
}

function formatSize(bytes: number): string {
  const [value, unit] =
    bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value as number);
}
