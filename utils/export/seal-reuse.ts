/**
 * A later export of a sealed report: rebuilt with the seal's creation time, language and copies,
 * an unchanged report gives the very `manifest.json` that was sealed, and the package carries the
 * stored `manifest.tsr` again. No network: the stored reply is reused, or left out if the report
 * changed since (the manifest's SHA-256 no longer matches).
 */
import type { Seal } from '@/utils/report/seal';
import type { Copies } from './manifest';
import type { PackageOptions } from './package';
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
