/**
 * Checks an evidence package (any Blob the user drops): strict, bounded ZIP reading (`zip.ts`),
 * every SHA-256 recomputed, the signature of manifest.json checked against the public key it
 * carries, and whether that key is this installation's own. Never throws on bad input: a file that
 * is not a package gets a reason, a package gets a verdict and a file-by-file result.
 */
import { MANIFEST_MAX_BYTES, MANIFEST_NAME, SIGNATURE_NAME, parseManifest, type Manifest } from './manifest';
import { jwkThumbprint, sha256Hex, verifyBytes } from './signing';
import { readZipDirectory, readZipEntry, ZipBudget, ZipReadError, type ZipEntry, type ZipProblem } from './zip';
import { TOKEN_NAME } from './timestamp-name';
import { buildAuthorities } from './timestamp-authority-list';
import type { TimestampCheck } from './timestamp-verify';

/**
 * `ok`: as the signed manifest lists it. `unverifiable`: as the manifest lists it, but the
 * manifest's signature does not hold (or its key is not the one it states), so that proves nothing.
 */
export type FileStatus = 'ok' | 'unverifiable' | 'changed' | 'missing' | 'added';

export interface FileCheck {
  path: string;
  status: FileStatus;
  /** What the manifest says (absent for an added file). */
  expected?: { size: number; sha256: string };
  /** What the package holds (absent for a missing file). */
  actual?: { size: number; sha256: string };
  /** The file was exported with a fingerprint that no longer matched its capture (stated by the package itself). */
  exportedChanged?: boolean;
}

export type VerifyFailure = ZipProblem | 'not-vigie' | 'unreadable';

/** A file that could not be checked at all, and why (`entry`: the archive entry concerned, if any). */
export type VerifyFailed = { ok: false; reason: VerifyFailure; detail: string; entry?: string };
/** A signature over the exact bytes it covers, checked with the key the file carries. */
export type SignatureState = 'valid' | 'invalid' | 'missing';

/**
 * What a person must read first:
 * - `intact-own`: signature valid, every file as signed, signed by this installation's key;
 * - `intact-other-key`: the same, but signed by another key: anyone can sign, so only the key's
 *   fingerprint, compared with the one the sender gave, says who;
 * - `changed`: signature valid, but a file changed, is missing or was added;
 * - `seal-broken`: intact as signed (either key), but the package's timestamp (`manifest.tsr`) is not
 *   a valid timestamp of this manifest (for other bytes, a broken signature, not a token). The
 *   files are still what the signature says, so the package is not called "not intact"; but its
 *   time proof is void and the package makes a claim that does not hold, so it is never green
 *   (README, "Seal": why);
 * - `unverifiable`: the manifest's signature is invalid or missing, or its key is not the one it
 *   states: nothing in the package can be trusted.
 */
export type Verdict = 'intact-own' | 'intact-other-key' | 'seal-broken' | 'changed' | 'unverifiable';

/** A timestamp that is there but does not hold for this manifest (`unknown-authority` holds: its issuer is just not shipped). */
export const sealBroken = (timestamp: TimestampCheck | undefined): boolean =>
  timestamp !== undefined &&
  (timestamp.status === 'mismatch' || timestamp.status === 'invalid' || timestamp.status === 'malformed');

export function verdictOf(r: {
  signature: SignatureState;
  fingerprintConsistent: boolean;
  ownKey: boolean;
  allListed: boolean;
  /** A timestamp (of the package, or of one package of a collection) does not hold. */
  sealBroken?: boolean;
}): Verdict {
  if (r.signature !== 'valid' || !r.fingerprintConsistent) return 'unverifiable';
  if (!r.allListed) return 'changed';
  if (r.sealBroken) return 'seal-broken';
  return r.ownKey ? 'intact-own' : 'intact-other-key';
}

export type VerifyResult =
  | VerifyFailed
  | {
      ok: true;
      /**
       * Signature valid, every file listed is there unchanged, nothing added (whoever's key signed).
       * A broken timestamp leaves it true (the files are as signed): the verdict says `seal-broken`.
       */
      intact: boolean;
      verdict: Verdict;
      signature: SignatureState;
      /** The signing key is this installation's own. */
      ownKey: boolean;
      fingerprint: string;
      /** The fingerprint recomputed from the JWK matches the one the manifest states. */
      fingerprintConsistent: boolean;
      files: FileCheck[];
      manifest: Manifest;
      /** The RFC 3161 timestamp (`manifest.tsr`), checked offline; absent when the package has none. */
      timestamp?: TimestampCheck;
    };

export interface VerifyOptions {
  /** This installation's fingerprint (`null` if it has no key yet). */
  ownFingerprint: string | null;
  onProgress?: (done: number, total: number) => void;
  /** The time this check may take (shared when a collection checks its packages). */
  budget?: ZipBudget;
}

const fail = (reason: VerifyFailure, detail: string): VerifyFailed => ({ ok: false, reason, detail });

/** A thrown error as a reason: the ZIP reader's own, else `unreadable` (the detail is for debugging, never shown). */
export function failureOf(error: unknown): VerifyFailed {
  if (error instanceof ZipReadError)
    return { ...fail(error.problem, error.message), ...(error.entry !== undefined ? { entry: error.entry } : {}) };
  return fail('unreadable', error instanceof Error ? error.message : String(error));
}

export async function verifyPackage(blob: Blob, options: VerifyOptions): Promise<VerifyResult> {
  try {
    return await verify(blob, options);
  } catch (error) {
    return failureOf(error);
  }
}

async function verify(blob: Blob, options: VerifyOptions): Promise<VerifyResult> {
  const budget = options.budget ?? new ZipBudget();
  const read = (entry: ZipEntry) => readZipEntry(blob, entry, budget);
  const entries = await readZipDirectory(blob, undefined, budget);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_NAME);
  if (!manifestEntry) return fail('not-vigie', `no ${MANIFEST_NAME}`);
  if (manifestEntry.size > MANIFEST_MAX_BYTES) return fail('not-vigie', `${MANIFEST_NAME} too large`);
  const manifestBytes = await read(manifestEntry);
  const manifest = parseManifest(manifestBytes);
  if (!manifest) return fail('not-vigie', `${MANIFEST_NAME} is not a Vigie manifest`);

  const sigEntry = byName.get(SIGNATURE_NAME);
  let signature: SignatureState = 'missing';
  if (sigEntry) {
    const text = sigEntry.size <= 1024 ? new TextDecoder().decode(await read(sigEntry)) : '';
    signature = (await verifyBytes(manifest.publicKey.jwk, manifestBytes, text)) ? 'valid' : 'invalid';
  }
  const fingerprint = await jwkThumbprint(manifest.publicKey.jwk);
  const fingerprintConsistent = fingerprint === manifest.publicKey.fingerprint;

  const files: FileCheck[] = [];
  const listed = new Set<string>();
  const total = manifest.files.length;
  let done = 0;
  options.onProgress?.(0, total);
  for (const f of manifest.files) {
    listed.add(f.path);
    const expected = { size: f.size, sha256: f.sha256 };
    const exportedChanged = f.matchesCapture === false ? { exportedChanged: true } : {};
    const entry: ZipEntry | undefined =
      f.path === MANIFEST_NAME || f.path === SIGNATURE_NAME ? undefined : byName.get(f.path);
    if (!entry) files.push({ path: f.path, status: 'missing', expected, ...exportedChanged });
    else {
      const bytes = await read(entry);
      const actual = { size: bytes.length, sha256: await sha256Hex(bytes) };
      const same = actual.size === expected.size && actual.sha256 === expected.sha256;
      files.push({ path: f.path, status: same ? 'ok' : 'changed', expected, actual, ...exportedChanged });
    }
    options.onProgress?.(++done, total);
  }
  for (const e of entries) {
    if (listed.has(e.name) || e.name === MANIFEST_NAME || e.name === SIGNATURE_NAME || e.name === TOKEN_NAME) continue;
    // Directory entries carry no data; anything else unlisted was added after signing.
    if (e.name.endsWith('/') && e.size === 0) continue;
    const bytes = await read(e);
    files.push({ path: e.name, status: 'added', actual: { size: bytes.length, sha256: await sha256Hex(bytes) } });
  }
  const allListed = files.every((f) => f.status === 'ok');
  const trusted = signature === 'valid' && fingerprintConsistent;
  // A manifest whose signature does not hold proves nothing: no file is "ok" by it.
  if (!trusted) for (const f of files) if (f.status === 'ok') f.status = 'unverifiable';
  const ownKey = options.ownFingerprint !== null && options.ownFingerprint === fingerprint;
  const timestamp = await checkTimestamp(blob, byName.get(TOKEN_NAME), manifestBytes);
  return {
    ok: true,
    intact: trusted && allListed,
    verdict: verdictOf({ signature, fingerprintConsistent, ownKey, allListed, sealBroken: sealBroken(timestamp) }),
    signature,
    ownKey,
    fingerprint,
    fingerprintConsistent,
    files,
    manifest,
    ...(timestamp ? { timestamp } : {}),
  };
}

/** `manifest.tsr` checked against the manifest's bytes (PKI.js loaded only for a package that has one). */
async function checkTimestamp(blob: Blob, entry: ZipEntry | undefined, manifest: Uint8Array) {
  if (!entry) return undefined;
  if (entry.size > 64 * 1024) return { status: 'malformed' } satisfies TimestampCheck;
  const { verifyTimestamp, withAnchors } = await import('./timestamp-verify');
  return verifyTimestamp(manifest, await readZipEntry(blob, entry), withAnchors(buildAuthorities));
}
