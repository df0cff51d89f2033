/**
 * The composer's evidence package: download the signed ZIP (report, captures, archives, manifest)
 * and a link to the verify page; optionally seal it with an RFC 3161 timestamp (`SealButton`). The package code (ZIP, signing, report texts) is loaded on the
 * click, so the composer's first render does not wait for it. The file is saved through an `<a
 * download>` on an object URL of this page: no `downloads` permission.
 */
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '@/utils/i18n';
import type { Artefact, Draft } from '@/utils/report/draft';
import { saveFile } from '@/components/save-file';
import { exportFailureText } from '@/components/export-failure';
import { lazy } from './lazy';

// The seal's block is loaded after the first render (the composer's first-render budget).
const LazySealBlock = lazy(() => import('./Seal').then((m) => m.SealBlock));

type Copies = 'original' | 'redacted' | 'both';

type State =
  | { kind: 'idle' }
  | { kind: 'building'; done: number; total: number }
  | { kind: 'ready'; fileName: string; staleSeal: boolean }
  | { kind: 'failed'; detail: string };

export function Evidence(props: { draft: Draft; artefacts: Artefact[] }) {
  const { draft, artefacts } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [copies, setCopies] = useState<Copies>('original');
  const running = useRef(false);
  const linkOnly = draftIsLinkOnly(draft);
  const hasRedacted = !linkOnly && artefacts.some((a) => a.derivedFrom);

  const download = async () => {
    if (running.current) return;
    running.current = true;
    setState({ kind: 'building', done: 0, total: 1 });
    try {
      const [{ packageWithSeal }, { installationKey }, { draftsRepository }] = await Promise.all([
        import('@/utils/export/seal-reuse'),
        import('@/utils/export/signing'),
        import('@/utils/db/drafts-repo'),
      ]);
      // What is stored now (an answer may have made the report link-only since this page read it).
      const stored = await draftsRepository.withArtefacts(draft.id);
      if (!stored) {
        setState({ kind: 'failed', detail: t('draftMissing') });
        return;
      }
      // A sealed report: the same package again, with its manifest.tsr, if nothing changed since.
      const pkg = await packageWithSeal(stored.draft, stored.artefacts, {
        lang: uiLanguage(),
        copies: hasRedacted ? copies : 'original',
        key: await installationKey(),
        vigieVersion: browser.runtime.getManifest().version,
        onProgress: (done, total) => setState({ kind: 'building', done, total }),
      });
      saveFile(pkg.blob, pkg.fileName);
      setState({ kind: 'ready', fileName: pkg.fileName, staleSeal: pkg.staleSeal });
    } catch (error) {
      setState({ kind: 'failed', detail: exportFailureText(error) });
    } finally {
      running.current = false;
    }
  };

  return (
    <section class="evidence-package" data-testid="evidence-package" aria-labelledby="evidence-package-heading">
      <h3 id="evidence-package-heading">{t('evidencePackageHeading')}</h3>
      <p class="muted">{t('evidencePackageIntro')}</p>
      {linkOnly && (
        <p class="notice" data-testid="evidence-package-link-only">
          {t('evidencePackageLinkOnly')}
        </p>
      )}
      {hasRedacted && (
        <fieldset data-testid="evidence-package-copies">
          <legend>{t('evidencePackageCopies')}</legend>
          {(
            [
              ['original', t('evidencePackageCopiesOriginal')],
              ['redacted', t('evidencePackageCopiesRedacted')],
              ['both', t('evidencePackageCopiesBoth')],
            ] as const
          ).map(([value, label]) => (
            <label key={value} class="row">
              <input
                type="radio"
                name="evidence-copies"
                value={value}
                checked={copies === value}
                onChange={() => setCopies(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      )}
      <div class="row">
        <button
          type="button"
          onClick={() => void download()}
          disabled={state.kind === 'building'}
          data-testid="evidence-package-download"
        >
          {t('evidencePackageDownload')}
        </button>
        <a href="/verify.html" target="_blank" rel="noopener" data-testid="evidence-package-verify">
          {t('evidencePackageVerifyLink')}
        </a>
      </div>
      <p role="status" aria-live="polite" data-testid="evidence-package-status">
        {state.kind === 'building' && (
          <>
            <progress value={state.done} max={state.total} />{' '}
            {t('evidencePackageProgress', [String(state.done), String(state.total)])}
          </>
        )}
        {state.kind === 'ready' && t('evidencePackageReady', state.fileName)}
      </p>
      <LazySealBlock
        draft={draft}
        copies={hasRedacted ? copies : 'original'}
        busy={state.kind === 'building'}
        stale={state.kind === 'ready' && state.staleSeal}
      />
      {state.kind === 'failed' && (
        <p class="error" role="alert" data-testid="evidence-package-error">
          {t('evidencePackageFailed')} {state.detail}
        </p>
      )}
    </section>
  );
}
