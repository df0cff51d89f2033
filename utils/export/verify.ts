/**
 * Checks an evidence package (any Blob the user drops): bounded ZIP reading (`zip.ts`), every
 * SHA-256 recomputed, the signature of manifest.json checked against the public key it carries,
 * and whether that key is this installation's own. Never throws on bad input: a file that is not
 * a package gets a reason, a package gets a file-by-file result.
 */
import { MANIFEST_MAX_BYTES, MANIFEST_NAME, SIGNATURE_NAME, parseManifest, type Manifest } from './manifest';
import { jwkThumbprint, sha256Hex, verifyBytes } from './signing';
import { readZipDirectory, readZipEntry, ZipReadError, type ZipEntry, type ZipProblem } from './zip';
import { TOKEN_NAME } from './timestamp-name';
import { buildAuthorities } from './timestamp-authority-list';
import type { TimestampCheck } from './timestamp-verify';

export type FileStatus = 'ok' | 'changed' | 'missing' | 'added';

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

/** A file that could not be checked at all, and why. */
export type VerifyFailed = { ok: false; reason: VerifyFailure; detail: string };
/** A signature over the exact bytes it covers, checked with the key the file carries. */
export type SignatureState = 'valid' | 'invalid' | 'missing';

export type VerifyResult =
  | VerifyFailed
  | {
      ok: true;
      /** Signature valid, every file listed is there unchanged, nothing added. */
      intact: boolean;
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
}

const fail = (reason: VerifyFailure, detail: string): VerifyResult => ({ ok: false, reason, detail });

export async function verifyPackage(blob: Blob, options: VerifyOptions): Promise<VerifyResult> {
  try {
    return await verify(blob, options);
  } catch (error) {
    if (error instanceof ZipReadError) return fail(error.problem, error.message);
    return fail('unreadable', error instanceof Error ? error.message : String(error));
  }
}

async function verify(blob: Blob, options: VerifyOptions): Promise<VerifyResult> {
  const entries = await readZipDirectory(blob);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(MANIFEST_NAME);
  if (!manifestEntry) return fail('not-vigie', `no ${MANIFEST_NAME}`);
  if (manifestEntry.size > MANIFEST_MAX_BYTES) return fail('not-vigie', `${MANIFEST_NAME} too large`);
  const manifestBytes = await readZipEntry(blob, manifestEntry);
  const manifest = parseManifest(manifestBytes);
  if (!manifest) return fail('not-vigie', `${MANIFEST_NAME} is not a Vigie manifest`);

  const sigEntry = byName.get(SIGNATURE_NAME);
  let signature: SignatureState = 'missing';
  if (sigEntry) {
    const text = sigEntry.size <= 1024 ? new TextDecoder().decode(await readZipEntry(blob, sigEntry)) : '';
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
      const bytes = await readZipEntry(blob, entry);
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
    const bytes = await readZipEntry(blob, e);
    files.push({ path: e.name, status: 'added', actual: { size: bytes.length, sha256: await sha256Hex(bytes) } });
  }
  const intact = signature === 'valid' && fingerprintConsistent && files.every((f) => f.status === 'ok');
  const timestamp = await checkTimestamp(blob, byName.get(TOKEN_NAME), manifestBytes);
  return {
    ok: true,
    intact,
    signature,
    ownKey: options.ownFingerprint !== null && options.ownFingerprint === fingerprint,
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
  const { verifyTimestamp } = await import('./timestamp-verify');
  return verifyTimestamp(manifest, await readZipEntry(blob, entry), buildAuthorities);
}
