/**
 * "Verify an evidence package": the user picks or drops a ZIP; every fingerprint is recomputed and
 * the signature checked, in this page, offline. The verdict says plainly whether the package is
 * intact and signed by this installation (green), intact but signed by another key (not green, its
 * fingerprint shown: anyone can sign), changed (naming what changed), or not verifiable (the
 * manifest's signature does not hold: no file is "intact" by it). Every name read from the file is
 * shown with its invisible and bidi characters made visible (`visibleName`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, formatDateTime, type MessageKey } from '@/utils/i18n';
import { visibleName } from '@/utils/format/visible';
import { existingFingerprint } from '@/utils/export/signing';
import {
  verifyPackage,
  type FileCheck,
  type FileStatus,
  type SignatureState,
  type Verdict as VerdictKind,
  type VerifyFailed,
  type VerifyFailure,
  type VerifyResult,
} from '@/utils/export/verify';
import { verifyCollection, type CollectionResult, type PackageListing } from '@/utils/export/verify-collection';
import { TimestampFacts } from './TimestampFacts';

const REASONS: Record<VerifyFailure, MessageKey> = {
  'not-zip': 'verifyReasonNotZip',
  'too-large': 'verifyReasonTooLarge',
  'too-many-entries': 'verifyReasonTooManyEntries',
  bomb: 'verifyReasonBomb',
  unsupported: 'verifyReasonUnsupported',
  mismatch: 'verifyReasonMismatch',
  'hidden-data': 'verifyReasonHiddenData',
  overlap: 'verifyReasonOverlap',
  'duplicate-name': 'verifyReasonDuplicateName',
  'unsafe-name': 'verifyReasonUnsafeName',
  'size-mismatch': 'verifyReasonSizeMismatch',
  crc: 'verifyReasonCrc',
  damaged: 'verifyReasonDamaged',
  'too-slow': 'verifyReasonTooSlow',
  'not-vigie': 'verifyReasonNotVigie',
  unreadable: 'verifyReasonUnreadable',
};
const STATUS: Record<FileStatus, MessageKey> = {
  ok: 'verifyFileOk',
  unverifiable: 'verifyFileUnverifiable',
  changed: 'verifyFileChanged',
  missing: 'verifyFileMissing',
  added: 'verifyFileAdded',
};
/** The verdict's look: green only for a package intact and signed by this installation. */
const VERDICT_CLASS: Record<VerdictKind, string> = {
  'intact-own': 'intact',
  'intact-other-key': 'other-key',
  'seal-broken': 'other-key',
  changed: 'changed',
  unverifiable: 'changed',
};
const SHORT_VERDICT: Record<VerdictKind, MessageKey> = {
  'intact-own': 'verifyShortIntactOwn',
  'intact-other-key': 'verifyShortIntactOtherKey',
  'seal-broken': 'verifyShortSealBroken',
  changed: 'verifyShortChanged',
  unverifiable: 'verifyShortUnverifiable',
};
/** How many changed files the verdict line names before "and N more". */
const NAMED = 5;

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
        {(state.kind === 'done' || state.kind === 'collection') && (
          <p class="muted">{t('verifyFile', visibleName(state.name))}</p>
        )}
      </div>
      {state.kind === 'done' && <ResultView result={state.result} />}
      {state.kind === 'collection' && <CollectionView result={state.result} />}
    </main>
  );
}

/** Why a file could not be checked at all (not a ZIP, refused by the strict reader, not a Vigie file…), and which entry. */
function Failure(props: { failure: VerifyFailed; testId: string }) {
  const { reason, entry } = props.failure;
  return (
    <div class="error" role="alert" data-testid={props.testId} data-result={reason}>
      <p>{t(REASONS[reason])}</p>
      {entry !== undefined && <p data-testid="verify-entry">{t('verifyReasonEntry', visibleName(entry))}</p>}
    </div>
  );
}

/** The verdict line: announced at once when something changed or cannot be verified. */
function Verdict(props: { verdict: VerdictKind; children: ComponentChildren }) {
  const alarm = props.verdict === 'changed' || props.verdict === 'unverifiable';
  return (
    <p
      class={`verdict ${VERDICT_CLASS[props.verdict]}`}
      data-testid="verify-verdict"
      role={alarm ? 'alert' : undefined}
    >
      {props.children}
    </p>
  );
}

/** "evidence/a.png — changed; b.txt — added…": what changed, as named in the file. */
function changedList(files: readonly FileCheck[]): string {
  const changed = files.filter((f) => f.status !== 'ok' && f.status !== 'unverifiable');
  const named = changed.slice(0, NAMED).map((f) => `${visibleName(f.path)} — ${t(STATUS[f.status])}`);
  if (changed.length > NAMED) named.push(t('verifyChangedMore', String(changed.length - NAMED)));
  return named.join('; ');
}

function packageVerdict(result: Extract<VerifyResult, { ok: true }>): string {
  switch (result.verdict) {
    case 'intact-own':
      return t('verifyIntactOwn');
    case 'intact-other-key':
      return t('verifyIntactOtherKey', result.fingerprint);
    case 'seal-broken':
      return result.ownKey ? t('verifySealBrokenOwn') : t('verifySealBrokenOtherKey', result.fingerprint);
    case 'changed':
      return t('verifyChanged', changedList(result.files));
    case 'unverifiable':
      return unverifiable(result.signature, result.fingerprintConsistent);
  }
}

function unverifiable(signature: SignatureState, fingerprintConsistent: boolean): string {
  if (signature === 'invalid') return t('verifyUnverifiableInvalid');
  if (signature === 'missing') return t('verifyUnverifiableMissing');
  return fingerprintConsistent ? t('verifyUnverifiableInvalid') : t('verifyUnverifiableFingerprint');
}

function ResultView({ result, testId = 'verify-result' }: { result: VerifyResult; testId?: string }) {
  if (!result.ok) return <Failure failure={result} testId={testId} />;
  const m = result.manifest;
  return (
    <section data-testid={testId} data-result={result.verdict}>
      <Verdict verdict={result.verdict}>{packageVerdict(result)}</Verdict>
      <p class="muted">
        {t('verifyReport', [visibleName(m.reportId), formatDateTime(m.capturedAt), visibleName(m.vigieVersion)])}
      </p>
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
                {visibleName(f.path)}
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
  if (!result.ok) return <Failure failure={result} testId="verify-result" />;
  const count = String(result.packages.length);
  const verdict = {
    'intact-own': () => t('verifyCollectionIntactOwn', count),
    'intact-other-key': () => t('verifyCollectionIntactOtherKey', [count, result.fingerprint ?? '']),
    'seal-broken': () => t('verifyCollectionSealBroken', count),
    changed: () => t('verifyCollectionNotIntact', count),
    unverifiable: () =>
      `${unverifiable(result.listSignature, result.fingerprintConsistent)} ${t('verifyCollectionNotIntact', count)}`,
  }[result.verdict]();
  return (
    <section data-testid="verify-result" data-result={result.verdict} data-collection="true">
      <Verdict verdict={result.verdict}>{verdict}</Verdict>
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
                <span class="code">{visibleName(p.path)}</span> — <strong>{t(LISTING[p.listing])}</strong>
                {p.result && (
                  <>
                    {' · '}
                    {p.result.ok ? t(SHORT_VERDICT[p.result.verdict]) : t(REASONS[p.result.reason])}
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
