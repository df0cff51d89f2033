/**
 * "Verify an evidence package": the user picks or drops a ZIP; every fingerprint is recomputed and
 * the signature checked, in this page, offline. The result says plainly whether the package is
 * intact, which file changed, is missing or was added, whether the signature holds, and whether
 * the key is this installation's own or another's.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, formatDateTime, type MessageKey } from '@/utils/i18n';
import { existingFingerprint } from '@/utils/export/signing';
import {
  verifyPackage,
  type FileStatus,
  type SignatureState,
  type VerifyFailure,
  type VerifyResult,
} from '@/utils/export/verify';
import { verifyCollection, type CollectionResult, type PackageListing } from '@/utils/export/verify-collection';
import { TimestampFacts } from './TimestampFacts';

const REASONS: Record<VerifyFailure, MessageKey> = {
  'not-zip': 'verifyReasonNotZip',
  'too-large': 'verifyReasonTooLarge',
  bomb: 'verifyReasonBomb',
  unsupported: 'verifyReasonUnsupported',
  'not-vigie': 'verifyReasonNotVigie',
  unreadable: 'verifyReasonUnreadable',
};
const STATUS: Record<FileStatus, MessageKey> = {
  ok: 'verifyFileOk',
  changed: 'verifyFileChanged',
  missing: 'verifyFileMissing',
  added: 'verifyFileAdded',
};

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'done'; name: string; result: VerifyResult }
  | { kind: 'collection'; name: string; result: CollectionResult };

const LISTING: Record<PackageListing, MessageKey> = {
  ok: 'verifyPackageListed',
  changed: 'verifyPackageNotAsListed',
  missing: 'verifyPackageMissing',
  added: 'verifyPackageAdded',
};

export function App() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [over, setOver] = useState(false);
  const [own, setOwn] = useState<string | null>(null);
  useEffect(() => {
    existingFingerprint()
      .then(setOwn)
      .catch(() => setOwn(null));
  }, []);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'checking', name: file.name });
    const ownFingerprint = await existingFingerprint().catch(() => own);
    // An export for an association holds one package per report: each is checked on its own.
    const collection = await verifyCollection(file, { ownFingerprint });
    if (collection) {
      setState({ kind: 'collection', name: file.name, result: collection });
      return;
    }
    const result = await verifyPackage(file, { ownFingerprint });
    setState({ kind: 'done', name: file.name, result });
  };

  return (
    <main class="page verify">
      <h1>{t('verifyTitle')}</h1>
      <p>{t('verifyIntro')}</p>
      <div
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="verify-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void check(e.dataTransfer?.files[0]);
        }}
      >
        <label for="verify-file">{t('verifyPick')}</label>{' '}
        <input
          id="verify-file"
          type="file"
          accept=".zip,application/zip"
          data-testid="verify-file"
          onChange={(e) => void check((e.target as HTMLInputElement).files?.[0])}
        />
        <p class="muted">{t('verifyDrop')}</p>
      </div>
      <div role="status" aria-live="polite" data-testid="verify-status">
        {state.kind === 'checking' && <p>{t('verifyChecking')}</p>}
        {(state.kind === 'done' || state.kind === 'collection') && <p class="muted">{t('verifyFile', state.name)}</p>}
      </div>
      {state.kind === 'done' && <ResultView result={state.result} />}
      {state.kind === 'collection' && <CollectionView result={state.result} />}
    </main>
  );
}

/** Why a file could not be checked at all (not a Vigie file, unreadable, too large…). */
function Failure(props: { reason: VerifyFailure; testId: string }) {
  return (
    <p class="error" role="alert" data-testid={props.testId} data-result={props.reason}>
      {t(REASONS[props.reason])}
    </p>
  );
}

/** The verdict line: announced at once when something changed. */
function Verdict(props: { intact: boolean; children: ComponentChildren }) {
  return (
    <p class={`verdict ${props.intact ? 'intact' : 'changed'}`} role={props.intact ? undefined : 'alert'}>
      {props.children}
    </p>
  );
}

function ResultView({ result, testId = 'verify-result' }: { result: VerifyResult; testId?: string }) {
  if (!result.ok) return <Failure reason={result.reason} testId={testId} />;
  const m = result.manifest;
  return (
    <section data-testid={testId} data-result={result.intact ? 'intact' : 'changed'}>
      <Verdict intact={result.intact}>{result.intact ? t('verifyIntact') : t('verifyNotIntact')}</Verdict>
      <p class="muted">{t('verifyReport', [m.reportId, formatDateTime(m.capturedAt), m.vigieVersion])}</p>
      <SignatureFacts
        signature={result.signature}
        testId="verify-signature"
        labels={SIGNATURE}
        ownKey={result.ownKey}
        fingerprint={result.fingerprint}
        fingerprintConsistent={result.fingerprintConsistent}
      />
      {result.timestamp && <TimestampFacts check={result.timestamp} />}
      <table class="facts" data-testid="verify-files">
        <caption>{t('verifyFilesCaption')}</caption>
        <tbody>
          {result.files.map((f) => (
            <tr key={f.path} class={`status-${f.status}`} data-path={f.path} data-status={f.status}>
              <th scope="row" class="code">
                {f.path}
              </th>
              <td>
                <strong>{t(STATUS[f.status])}</strong>
                {f.exportedChanged && <div class="small">{t('verifyExportedChanged')}</div>}
              </td>
              <td class="code small">{(f.actual ?? f.expected)?.sha256}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A collection: its verdict, then each package with what reports.json says of it and its own check. */
function CollectionView({ result }: { result: CollectionResult }) {
  if (!result.ok) return <Failure reason={result.reason} testId="verify-result" />;
  return (
    <section data-testid="verify-result" data-result={result.intact ? 'intact' : 'changed'} data-collection="true">
      <Verdict intact={result.intact}>
        {result.intact
          ? t('verifyCollectionIntact', String(result.packages.length))
          : t('verifyCollectionNotIntact', String(result.packages.length))}
      </Verdict>
      <p class="muted">{t('verifyCollectionNote', formatDateTime(result.collection.exportedAt))}</p>
      <SignatureFacts
        signature={result.listSignature}
        testId="verify-list-signature"
        labels={LIST_SIGNATURE}
        ownKey={result.ownKey}
        fingerprint={result.fingerprint}
        fingerprintConsistent={result.fingerprintConsistent}
      />
      <ul class="packages">
        {result.packages.map((p) => (
          <li key={p.path} data-testid="verify-package" data-path={p.path} data-listing={p.listing}>
            <details open={p.listing !== 'ok' || !(p.result?.ok && p.result.intact)}>
              <summary>
                <span class="code">{p.path}</span> — <strong>{t(LISTING[p.listing])}</strong>
                {p.result && (
                  <>
                    {' · '}
                    {p.result.ok && p.result.intact ? t('verifyIntact') : t('verifyNotIntact')}
                  </>
                )}
              </summary>
              {p.result && <ResultView result={p.result} testId="verify-package-result" />}
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Signature = SignatureState;
const SIGNATURE: Record<Signature, MessageKey> = {
  valid: 'verifySignatureValid',
  invalid: 'verifySignatureInvalid',
  missing: 'verifySignatureMissing',
};
const LIST_SIGNATURE: Record<Signature, MessageKey> = {
  valid: 'verifyListSignatureValid',
  invalid: 'verifyListSignatureInvalid',
  missing: 'verifyListSignatureMissing',
};

/** A signature's state, whose key signed (this installation's or another's) and its fingerprint. */
function SignatureFacts(props: {
  signature: Signature;
  testId: string;
  labels: Record<Signature, MessageKey>;
  ownKey: boolean;
  fingerprint: string | null;
  fingerprintConsistent: boolean;
}) {
  return (
    <ul>
      <li data-testid={props.testId} data-signature={props.signature}>
        {t(props.labels[props.signature])}
      </li>
      {props.fingerprint !== null && (
        <>
          <li data-testid="verify-key" data-own={String(props.ownKey)}>
            {props.ownKey ? t('verifyOwnKey') : t('verifyOtherKey')}
          </li>
          <li>
            {t('verifyFingerprint')} <span class="code">{props.fingerprint}</span>
          </li>
          {!props.fingerprintConsistent && <li class="error">{t('verifyFingerprintMismatch')}</li>}
        </>
      )}
    </ul>
  );
}
