/**
 * A later export of a sealed report: rebuilt with the seal's creation time, language and copies,
 * an unchanged report gives the very `manifest.json` that was sealed, and the package carries the
 * stored `manifest.tsr` again. No network: the stored reply is reused, or left out if the report
 * changed since (the manifest's SHA-256 no longer matches).
 */
import type { Seal } from '@/utils/report/seal';
import type { Copies } from './manifest';
import type { Artefact, Draft } from '@/utils/report/draft';
import { buildEvidencePackage, type EvidencePackage, type PackageOptions } from './package';
import { fromBase64, sha256Hex } from './signing';

export function reuseSeal(
  seal: Seal | undefined,
  wanted: { lang: 'fr' | 'en'; copies: Copies },
): Pick<PackageOptions, 'now' | 'timestamp'> | null {
  if (!seal || seal.lang !== wanted.lang || seal.copies !== wanted.copies) return null;
  const token = fromBase64(seal.token);
  if (!token) return null;
  return {
    now: () => new Date(seal.packageCreatedAt),
    timestamp: async (manifest) => ((await sha256Hex(manifest)) === seal.manifestSha256 ? token : null),
  };
}

/**
 * The package of a report for a download: with the stored `manifest.tsr` if the report is sealed
 * and unchanged; else a fresh package (`staleSeal`: it was sealed, but has changed since).
 */
export async function packageWithSeal(
  draft: Draft,
  artefacts: readonly Artefact[],
  options: PackageOptions & { copies: Copies },
): Promise<EvidencePackage & { staleSeal: boolean }> {
  const reuse = reuseSeal(draft.seal, options);
  if (reuse) {
    const sealed = await buildEvidencePackage(draft, artefacts, { ...options, ...reuse });
    if (sealed.timestamped) return { ...sealed, staleSeal: false };
  }
  return { ...(await buildEvidencePackage(draft, artefacts, options)), staleSeal: Boolean(draft.seal) };
}
