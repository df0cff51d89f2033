/**
 * « Sceller avec un horodatage »: for one report, on the user's click only, the browser is asked
 * for the authority's site (`permissions.request`, before any await: it needs the click), then the
 * package is built and the SHA-256 of its manifest — nothing else — is sent to the authority
 * (`utils/export/seal-package.ts`, loaded here, with PKI.js, on the click). The reply is kept with
 * the draft and the sealed package saved. Any failure is named; nothing is lost, the report stays
 * usable without a seal and the user may try again later.
 */
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime, t, uiLanguage } from '@/utils/i18n';
import type { Draft } from '@/utils/report/draft';
import type { Seal } from '@/utils/report/seal';
import { authorityFor, buildAuthorities } from '@/utils/export/timestamp-authority-list';
import { authorityHostPattern } from '@/utils/export/timestamp-authorities';
import type { SealProblem } from '@/utils/export/timestamp';
import { saveFile } from '@/components/save-file';
import { exportFailureText } from '@/components/export-failure';
import { SEAL_PROBLEM_TEXT } from '@/components/evidence/seal-problems';
import { useSettings } from './useSettings';

/** Over this gap between the authority's time and this computer's, the user is told (5 min). */
const CLOCK_SKEW_MS = 5 * 60_000;

type State =
  | { kind: 'idle' }
  | { kind: 'sealing' }
  | { kind: 'sealed'; fileName: string; skewMinutes: number | null }
  | { kind: 'failed'; problem: SealProblem | 'other'; detail: string };

const PROBLEM_TEXT = SEAL_PROBLEM_TEXT;

const authorityName = (id: string) => buildAuthorities.find((a) => a.id === id)?.name ?? id;

export function SealInfo(props: { seal: Seal }) {
  const { seal } = props;
  return (
    <p data-testid="evidence-seal-info" data-authority={seal.authorityId}>
      {t('evidenceSealInfo', [authorityName(seal.authorityId), formatDateTime(seal.genTime), seal.serial])}
    </p>
  );
}

export function SealBlock(props: {
  draft: Draft;
  copies: 'original' | 'redacted' | 'both';
  busy: boolean;
  /** The package just downloaded has no timestamp: the report changed since it was sealed. */
  stale: boolean;
}) {
  const { draft, copies } = props;
  const settings = useSettings();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef(false);
  const authority = authorityFor(settings?.timestampAuthority);

  const seal = () => {
    if (running.current) return;
    running.current = true;
    // Asked synchronously in the click handler: the browser grants it only during the user's gesture.
    const granted = browser.permissions.request({ origins: [authorityHostPattern(authority.url)] });
    setState({ kind: 'sealing' });
    void (async () => {
      try {
        if (!(await granted)) {
          setState({ kind: 'failed', problem: 'permission', detail: '' });
          return;
        }
        const [{ buildSealedPackage }, { installationKey }, { draftsRepository }] = await Promise.all([
          import('@/utils/export/seal-package'),
          import('@/utils/export/signing'),
          import('@/utils/db/drafts-repo'),
        ]);
        const stored = await draftsRepository.withArtefacts(draft.id);
        if (!stored) {
          setState({ kind: 'failed', problem: 'other', detail: t('draftMissing') });
          return;
        }
        const result = await buildSealedPackage(
          stored.draft,
          stored.artefacts,
          {
            lang: uiLanguage(),
            copies,
            key: await installationKey(),
            vigieVersion: browser.runtime.getManifest().version,
          },
          authority,
        );
        if (!result.ok) {
          setState({ kind: 'failed', problem: result.problem, detail: result.detail });
          return;
        }
        await draftsRepository.update(draft.id, (d) => ({ ...d, seal: result.seal }));
        saveFile(result.pkg.blob, result.pkg.fileName);
        const skew = Math.abs(result.skewMs) > CLOCK_SKEW_MS ? Math.round(Math.abs(result.skewMs) / 60_000) : null;
        setState({ kind: 'sealed', fileName: result.pkg.fileName, skewMinutes: skew });
      } catch (error) {
        setState({ kind: 'failed', problem: 'other', detail: exportFailureText(error) });
      } finally {
        running.current = false;
      }
    })();
  };

  return (
    <div class="evidence-seal" data-testid="evidence-seal">
      {props.stale && (
        <p class="notice" data-testid="evidence-seal-stale">
          {t('evidenceSealStale')}
        </p>
      )}
      <p class="muted">{t('evidenceSealIntro', authority.name)}</p>
      {!authority.qualified && <p class="muted">{t('evidenceSealNotQualified')}</p>}
      {draft.seal && <SealInfo seal={draft.seal} />}
      <button
        type="button"
        onClick={seal}
        disabled={state.kind === 'sealing' || props.busy}
        data-testid="evidence-seal-button"
      >
        {t('evidenceSealButton')}
      </button>
      <p role="status" aria-live="polite" data-testid="evidence-seal-status">
        {state.kind === 'sealing' && t('evidenceSealing', authority.name)}
        {state.kind === 'sealed' && t('evidenceSealDone', state.fileName)}
      </p>
      {state.kind === 'sealed' && state.skewMinutes !== null && (
        <p class="notice" data-testid="evidence-seal-skew">
          {t('evidenceSealClockSkew', String(state.skewMinutes))}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error" role="alert" data-testid="evidence-seal-error" data-problem={state.problem}>
          {state.problem === 'other' ? state.detail : t(PROBLEM_TEXT[state.problem], state.detail)}{' '}
          {t('evidenceSealFailed')}
        </p>
      )}
    </div>
  );
}
