/**
 * "Sceller avec un horodatage": build the package, send the SHA-256 of its signed manifest — and
 * nothing else — to the chosen authority, and put the reply in the package as `manifest.tsr`.
 * Loaded on the click only (it pulls PKI.js). A failure leaves nothing half-done: no package is
 * offered and the draft is unchanged; the report stays usable without a seal.
 */
import type { Artefact, Draft } from '@/utils/report/draft';
import type { Seal } from '@/utils/report/seal';
import { buildEvidencePackage, type EvidencePackage, type PackageOptions } from './package';
import { toBase64 } from './signing';
import { sealManifest, type SealProblem, type SendOptions } from './timestamp';
import type { TimestampAuthority } from './timestamp-authorities';

export type SealedPackage =
  { ok: true; pkg: EvidencePackage; seal: Seal; skewMs: number } | { ok: false; problem: SealProblem; detail: string };

export async function buildSealedPackage(
  draft: Draft,
  artefacts: readonly Artefact[],
  options: PackageOptions,
  authority: Pick<TimestampAuthority, 'id' | 'name' | 'url'>,
  send: SendOptions = {},
): Promise<SealedPackage> {
  let outcome: Awaited<ReturnType<typeof sealManifest>> | null = null;
  const pkg = await buildEvidencePackage(draft, artefacts, {
    ...options,
    timestamp: async (manifest) => {
      outcome = await sealManifest(manifest, authority.url, {
        ...send,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return outcome.ok ? outcome.token : null;
    },
  });
  const result = outcome as Awaited<ReturnType<typeof sealManifest>> | null;
  if (!result) return { ok: false, problem: 'malformed', detail: 'no timestamp asked' };
  if (!result.ok) return result;
  return {
    ok: true,
    pkg,
    skewMs: result.skewMs,
    seal: {
      authorityId: authority.id,
      token: toBase64(result.token),
      genTime: result.info.genTime,
      serial: result.info.serial,
      manifestSha256: pkg.manifestSha256,
      packageCreatedAt: pkg.manifest.createdAt,
      lang: pkg.manifest.lang,
      copies: pkg.manifest.copies,
    },
  };
}
