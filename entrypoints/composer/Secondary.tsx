/**
 * What comes after the three steps, folded: the evidence and the captured facts (the screenshots,
 * their redaction, the full-page capture, the fingerprints), the exports (the complaint PDF, the
 * evidence package) and the follow-up. Each is a `<details>` a person opens with a click, Enter or
 * Space; all are closed whenever the composer opens, so the step's action stays in sight. Loaded
 * after the first render (its own chunk), like the steps.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ObservedFacts, PageClaims, PlatformFacts, TargetFacts } from '@/components/DraftFacts';
import { DeadlineHint } from '@/components/history/DeadlineHint';
import { FollowUpEditor } from '@/components/history/FollowUpEditor';
import type { FollowUpDeps } from '@/components/history/draft-store';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { t, tCount, type MessageKey } from '@/utils/i18n';
import { artefactKindLabel, formatBytes } from '@/utils/format/labels';
import { send, type ErrorCode } from '@/utils/messaging/protocol';
import type { Artefact, Draft } from '@/utils/report/draft';
import { ComplaintPdf } from './ComplaintPdf';
import { Evidence } from './Evidence';
import { RedactableImage } from './Redact';
import { useObjectUrls } from './useDraft';
import { useSettings } from './useSettings';
import { EVIDENCE_PART_ID } from './parts';

/** The follow-up's reads and writes: the drafts repository, and the browser's tabs. */
const followUp: FollowUpDeps = {
  drafts: draftsRepository,
  openTab: (url) => browser.tabs.create({ url, active: true }),
};

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

interface PartsProps {
  draft: Draft;
  artefacts: Artefact[];
  progress: { done: number; total: number } | null;
  setProgress: (p: { done: number; total: number } | null) => void;
  onChanged: () => void;
}

export function Secondary(props: PartsProps) {
  const { draft, artefacts } = props;
  const qualified = draft.qualification.categoryId !== null;
  return (
    <section class="secondary" data-testid="secondary" aria-labelledby="secondary-heading">
      <h2 id="secondary-heading" class="secondary-heading">
        {t('secondaryHeading')}
      </h2>
      <details class="secondary-part" id={EVIDENCE_PART_ID} data-testid="part-evidence">
        <summary>
          <span class="part-title">{t('partEvidence')}</span>{' '}
          <span class="muted small">
            {draft.mode === 'url-only'
              ? t('partEvidenceLinkOnly')
              : tCount(artefacts.length, { one: 'partEvidenceCountOne', other: 'partEvidenceCountOther' })}
          </span>
        </summary>
        <EvidencePart {...props} />
      </details>
      <details class="secondary-part" data-testid="part-exports">
        <summary>
          <span class="part-title">{t('partExports')}</span>
        </summary>
        <ComplaintPdf draft={draft} artefacts={artefacts} />
        <Evidence draft={draft} artefacts={artefacts} />
      </details>
      {qualified && (
        <details class="secondary-part" data-testid="part-follow-up">
          <summary>
            <span class="part-title">{t('partFollowUp')}</span>{' '}
            <DeadlineHint draft={draft} now={new Date().toISOString()} />
          </summary>
          <FollowUpEditor {...followUp} draft={draft} onChanged={props.onChanged} withTags titled={false} />
        </details>
      )}
    </section>
  );
}

/** The captured facts, the screenshots with their redaction, the full-page capture and the fingerprints. */
function EvidencePart(props: PartsProps) {
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
    <div class="part-body">
      <h3>{t('sectionTarget')}</h3>
      <TargetFacts target={draft.target} />

      {draft.mode === 'full' && (
        <section data-testid="capture-section">
          <h3>{t('sectionScreenshot')}</h3>
          {screenshot && urls.get(screenshot.id) ? (
            <RedactableImage
              draft={draft}
              original={screenshot}
              copies={copiesOf(screenshot)}
              urls={urls}
              alt={t('screenshotAlt')}
              revealed={revealed}
              onToggle={() => setRevealed(!revealed)}
              onChanged={props.onChanged}
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
                onChanged={props.onChanged}
              />
            ) : null,
          )}
        </section>
      )}

      {draft.platform && (
        <>
          <h3>{t('sectionPlatform')}</h3>
          <PlatformFacts platform={draft.platform} />
        </>
      )}

      <h3>{t('sectionObserved')}</h3>
      <ObservedFacts observed={draft.observed} cut={draft.target.cut} />

      {page && <PageClaims page={page} fallbackTimeZone={draft.observed.timeZone} />}

      <h3>{t('sectionEvidence')}</h3>
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
    </div>
  );
}
