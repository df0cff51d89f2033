import { z } from '@/utils/zod';

/**
 * Signed lists. An association signs the exact bytes of the list file with Ed25519 and shares
 * the signature beside it (a `.sig` file: the 64 signature bytes in base64, or raw). Vigie checks
 * it with WebCrypto against the public keys the user chose to trust (32 raw bytes in base64, or a
 * JWK `{"kty":"OKP","crv":"Ed25519","x":…}`). The README gives the `openssl` commands.
 */
export const KEY_NAME_MAX = 80;
const SIGNATURE_BYTES = 64;
const KEY_BYTES = 32;

export const trustedKeySchema = z.object({
  schemaVersion: z.literal(1),
  id: z.uuid(),
  name: z.string().trim().min(1).max(KEY_NAME_MAX),
  /** The 32 raw bytes of the Ed25519 public key, base64. */
  publicKey: z.base64().refine((s) => fromBase64(s)?.byteLength === KEY_BYTES, 'not a 32-byte key'),
  addedAt: z.iso.datetime(),
});
export type TrustedKey = z.output<typeof trustedKeySchema>;

/** Standard or URL-safe base64 (whitespace ignored, padding optional) as bytes; `undefined` if not base64. */
export function fromBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const padded = clean.replace(/=+$/, '').padEnd(Math.ceil(clean.replace(/=+$/, '').length / 4) * 4, '=');
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The raw public key from what the user pasted (base64 of 32 bytes, or an Ed25519 public JWK). */
export function parsePublicKey(input: string): Uint8Array | undefined {
  const text = input.trim();
  if (text.length > 2000) return undefined;
  if (text.startsWith('{')) {
    try {
      const jwk = z
        .object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), x: z.string().max(100) })
        .safeParse(JSON.parse(text));
      if (!jwk.success) return undefined;
      const raw = fromBase64(jwk.data.x);
      return raw?.byteLength === KEY_BYTES ? raw : undefined;
    } catch {
      return undefined;
    }
  }
  const raw = fromBase64(text);
  return raw?.byteLength === KEY_BYTES ? raw : undefined;
}

/** The signature from a `.sig` file's bytes: base64 text, or the 64 raw bytes. */
export function parseSignature(bytes: Uint8Array): Uint8Array | undefined {
  if (bytes.byteLength > 1000) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const decoded = fromBase64(text);
  if (decoded?.byteLength === SIGNATURE_BYTES) return decoded;
  return bytes.byteLength === SIGNATURE_BYTES ? bytes : undefined;
}

/** Copies into a fresh ArrayBuffer (WebCrypto wants a BufferSource backed by an ArrayBuffer). */
const buffer = (bytes: Uint8Array) => new Uint8Array(bytes).buffer;

/** A short fingerprint to tell keys apart on screen: the first 16 hex digits of the key's SHA-256. */
export async function keyFingerprint(raw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer(raw)));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether one key signed these bytes. A key WebCrypto refuses counts as not matching. */
export async function verifyWith(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', buffer(publicKey), { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, key, buffer(signature), buffer(data));
  } catch {
    return false;
  }
}

/** The trusted key that signed `data`, if any. */
export async function findSigner(
  signature: Uint8Array,
  data: Uint8Array,
  keys: readonly TrustedKey[],
): Promise<TrustedKey | undefined> {
  for (const key of keys) {
    const raw = fromBase64(key.publicKey);
    if (raw && (await verifyWith(raw, signature, data))) return key;
  }
  return undefined;
}
