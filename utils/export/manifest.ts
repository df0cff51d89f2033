/**
 * `manifest.json` of an evidence package: every other file with its size and SHA-256, the capture
 * times, Vigie's version and the public key (JWK and fingerprint) of the installation that signed.
 *
 * The signature scheme, chosen so that `openssl` can check it: the signed bytes are exactly the
 * bytes of the file `manifest.json` as stored in the ZIP (UTF-8, no signature inside it), and the
 * signature is in the file `manifest.sig`: ECDSA P-256 over SHA-256 of those bytes, IEEE P1363
 * `r || s` (64 bytes, as WebCrypto gives it), written in base64 (one line). Every file of the
 * package other than these two must be listed in the manifest, with the same bytes.
 */
import { z } from '@/utils/zod';
import { artefactKinds } from '@/utils/report/draft';
import { publicJwkSchema } from './signing';

export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'manifest.sig';
export const MANIFEST_FORMAT = 'vigie-evidence-package';
export const MANIFEST_MAX_BYTES = 1024 * 1024;

export const copyChoices = ['original', 'redacted', 'both'] as const;
export type Copies = (typeof copyChoices)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().max(40);
export const fileRoles = ['report', 'report-text', ...artefactKinds] as const;

export const manifestFileSchema = z.object({
  path: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  sha256,
  type: z.string().max(100),
  role: z.enum(fileRoles),
  /** When the file was captured (evidence files). */
  capturedAt: isoTime.optional(),
  /** A redacted copy: the path (if exported too) and SHA-256 of its original. */
  derivedFrom: z.object({ path: z.string().max(200).optional(), sha256 }).optional(),
  part: z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() }).optional(),
  /**
   * `false`: the bytes exported no longer match the SHA-256 recorded when the file was captured
   * (`recordedSha256`); `sha256` above is that of the bytes in the package.
   */
  matchesCapture: z.boolean().optional(),
  recordedSha256: sha256.optional(),
});
export type ManifestFile = z.output<typeof manifestFileSchema>;

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  createdAt: isoTime,
  vigieVersion: z.string().max(40),
  reportId: z.uuid(),
  capturedAt: isoTime,
  lang: z.enum(['fr', 'en']),
  copies: z.enum(copyChoices),
  linkOnly: z.boolean(),
  files: z.array(manifestFileSchema).max(1000),
  publicKey: z.object({ jwk: publicJwkSchema, fingerprint: sha256 }),
  signature: z.object({
    file: z.literal(SIGNATURE_NAME),
    algorithm: z.literal('ECDSA-P256-SHA256'),
    encoding: z.literal('base64 IEEE-P1363 r||s'),
    signed: z.literal(`the exact bytes of ${MANIFEST_NAME}`),
  }),
});
export type Manifest = z.output<typeof manifestSchema>;

export const SIGNATURE_INFO: Manifest['signature'] = {
  file: SIGNATURE_NAME,
  algorithm: 'ECDSA-P256-SHA256',
  encoding: 'base64 IEEE-P1363 r||s',
  signed: `the exact bytes of ${MANIFEST_NAME}`,
};

/** The bytes of `manifest.json`: the ones that are signed. */
export function manifestBytes(manifest: Manifest): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`);
}

/** The manifest read from its bytes, or `null` if they are not one. */
export function parseManifest(bytes: Uint8Array): Manifest | null {
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
