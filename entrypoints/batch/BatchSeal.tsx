/**
 * The batch page's « Sceller » block: the selection (or, with none, the whole batch) sealed in one
 * click — the authority's site asked once (`permissions.request`, before any await: it needs the
 * click), then one request per report (`utils/export/seal-batch.ts`, loaded on the click with
 * PKI.js). Progress as it goes; each report's outcome named on its own; the ones not sealed can be
 * tried again. Each seal is kept with its report: its package carries it when downloaded.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SEAL_PROBLEM_TEXT } from '@/components/evidence/seal-problems';
import { exportFailureText } from '@/components/export-failure';
import { readSettings } from '@/utils/db/settings-repo';
import { authorityFor } from '@/utils/export/timestamp-authority-list';
import { authorityHostPattern } from '@/utils/export/timestamp-authorities';
import type { BatchSealOutcome } from '@/utils/export/seal-batch';
import { formatDateTime, t, tCount, uiLanguage } from '@/utils/i18n';
import type { Draft } from '@/utils/report/draft';
import { hostOf } from '@/utils/handoff/text';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; outcomes: BatchSealOutcome[] }
  | { kind: 'refused' }
  | { kind: 'failed'; detail: string };

export function BatchSeal(props: {
  /** The chosen reports, or every report of the batch when none is chosen. */
  drafts: readonly Draft[];
  selection: boolean;
  timestampAuthority: string | undefined;
  onSealed: () => void;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef(false);
  const authority = authorityFor(props.timestampAuthority);
  const failedIds =
    state.kind === 'finished'
      ? new Set(state.outcomes.filter((o) => o.status !== 'sealed').map((o) => o.draftId))
      : null;

  const seal = (ids: readonly string[]) => {
    if (running.current || ids.length === 0) return;
    running.current = true;
    // Asked synchronously in the click handler: the browser grants it only during the user's gesture.
    const granted = browser.permissions.request({ origins: [authorityHostPattern(authority.url)] });
    setState({ kind: 'running', done: 0, total: ids.length });
    void (async () => {
      try {
        if (!(await granted)) {
          setState({ kind: 'refused' });
          return;
        }
        const [{ sealBatch }, { installationKey }, { draftsRepository }, settings] = await Promise.all([
          import('@/utils/export/seal-batch'),
          import('@/utils/export/signing'),
          import('@/utils/db/drafts-repo'),
          readSettings().catch(() => null),
        ]);
        const chosen = authorityFor(settings?.timestampAuthority ?? props.timestampAuthority);
        const outcomes = await sealBatch(ids, {
          authority: chosen,
          key: await installationKey(),
          lang: uiLanguage(),
          copies: 'original',
          vigieVersion: browser.runtime.getManifest().version,
          store: draftsRepository,
          onProgress: (done, total) => setState({ kind: 'running', done, total }),
        });
        setState({ kind: 'finished', outcomes });
        props.onSealed();
      } catch (error) {
        setState({ kind: 'failed', detail: exportFailureText(error) });
      } finally {
        running.current = false;
      }
    })();
  };

  const byId = new Map(props.drafts.map((d) => [d.id, d]));
  const sealedCount = state.kind === 'finished' ? state.outcomes.filter((o) => o.status === 'sealed').length : 0;
  return (
    <section class="batch-seal" data-testid="batch-seal">
      <h2>{t('batchSealHeading')}</h2>
      <p class="muted">{t('batchSealIntro', authority.name)}</p>
      {!authority.qualified && <p class="muted">{t('evidenceSealNotQualified')}</p>}
      <button
        type="button"
        disabled={state.kind === 'running' || props.drafts.length === 0}
        onClick={() => seal(props.drafts.map((d) => d.id))}
        data-testid="batch-seal-button"
      >
        {props.selection
          ? tCount(props.drafts.length, { one: 'batchSealSelectionOne', other: 'batchSealSelectionOther' })
          : tCount(props.drafts.length, { one: 'batchSealAllOne', other: 'batchSealAllOther' })}
      </button>
      <p role="status" aria-live="polite" data-testid="batch-seal-status">
        {state.kind === 'running' && t('batchSealProgress', [String(state.done), String(state.total), authority.name])}
        {state.kind === 'finished' && t('batchSealDone', [String(sealedCount), String(state.outcomes.length)])}
      </p>
      {state.kind === 'refused' && (
        <p class="error" role="alert" data-testid="batch-seal-error" data-problem="permission">
          {t('evidenceSealProblemPermission')} {t('batchSealNothingLost')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error" role="alert" data-testid="batch-seal-error" data-problem="other">
          {state.detail} {t('batchSealNothingLost')}
        </p>
      )}
      {state.kind === 'finished' && (
        <>
          <ul class="batch-seal-outcomes" data-testid="batch-seal-outcomes">
            {state.outcomes.map((o) => {
              const d = byId.get(o.draftId);
              const place = d
                ? (d.platform?.platformName ?? hostOf(d.target.url) ?? d.target.url.slice(0, 60))
                : o.draftId;
              return (
                <li key={o.draftId} data-testid="batch-seal-outcome" data-draft={o.draftId} data-status={o.status}>
                  <strong>{place}</strong> — {outcomeText(o)}
                </li>
              );
            })}
          </ul>
          {failedIds && failedIds.size > 0 && (
            <p>
              {t('batchSealNothingLost')}{' '}
              <button type="button" onClick={() => seal([...failedIds])} data-testid="batch-seal-retry">
                {tCount(failedIds.size, { one: 'batchSealRetryOne', other: 'batchSealRetryOther' })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}

function outcomeText(o: BatchSealOutcome): string {
  switch (o.status) {
    case 'sealed':
      return t('batchSealItemSealed', [formatDateTime(o.seal.genTime), o.seal.serial]);
    case 'skipped':
      return t('batchSealItemSkipped');
    case 'failed':
      if (o.problem === 'missing') return t('batchSealItemMissing');
      if (o.problem === 'other') return t('batchSealItemFailed', t('batchSealItemOther'));
      return t('batchSealItemFailed', t(SEAL_PROBLEM_TEXT[o.problem], o.detail));
  }
}
