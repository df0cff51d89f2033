/**
 * Signing evidence packages with this installation's key: ECDSA P-256 with SHA-256 (WebCrypto).
 * The private key is created non-extractable and stays in IndexedDB (`keys-repo.ts`). The public
 * key travels in each package as a JWK; its fingerprint is the RFC 7638 JWK thumbprint (SHA-256
 * of the canonical JWK `{"crv","kty","x","y"}`), in hex. Signatures are what WebCrypto gives:
 * IEEE P1363 `r || s` (64 bytes), written in base64.
 */
import { keysRepository, type KeysRepository } from '@/utils/db/keys-repo';
import { z } from '@/utils/zod';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

const b64url = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
/** A P-256 public key as a JWK: only the members RFC 7638 names (others are dropped). */
export const publicJwkSchema = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: b64url, y: b64url });
export type PublicJwk = z.output<typeof publicJwkSchema>;

export interface InstallationKey {
  privateKey: CryptoKey;
  jwk: PublicJwk;
  fingerprint: string;
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export async function sha256Hex(data: BufferSource): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', data));
}

/** RFC 7638: SHA-256 of `{"crv":…,"kty":…,"x":…,"y":…}` (members in that order, no spaces), hex. */
export function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return sha256Hex(new TextEncoder().encode(canonical));
}

export function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  // `false`: the private key can never be exported; the public key always can.
  return crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

export async function publicJwkOf(publicKey: CryptoKey): Promise<PublicJwk> {
  return publicJwkSchema.parse(await crypto.subtle.exportKey('jwk', publicKey));
}

/** This installation's key, created (and stored) on first use. */
export async function installationKey(repo: KeysRepository = keysRepository): Promise<InstallationKey> {
  const pair = await repo.getOrCreate(generateSigningKeyPair);
  const jwk = await publicJwkOf(pair.publicKey);
  return { privateKey: pair.privateKey, jwk, fingerprint: await jwkThumbprint(jwk) };
}

/** This installation's fingerprint if it has a key already, else `null` (never creates one). */
export async function existingFingerprint(repo: KeysRepository = keysRepository): Promise<string | null> {
  const pair = await repo.get();
  return pair ? jwkThumbprint(await publicJwkOf(pair.publicKey)) : null;
}

/** ECDSA P-256 / SHA-256 signature of `bytes`, IEEE P1363 `r || s`, base64. */
export async function signBytes(privateKey: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.sign(SIGN, privateKey, bytes)));
}

/** Whether `signature` (base64 P1363) is `jwk`'s signature of `bytes`. Never throws: a bad key or signature is `false`. */
export async function verifyBytes(jwk: PublicJwk, bytes: Uint8Array<ArrayBuffer>, signature: string): Promise<boolean> {
  const raw = fromBase64(signature.trim());
  if (!raw || raw.length !== 64) return false;
  try {
    const key = await crypto.subtle.importKey('jwk', { ...jwk, ext: true }, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGN, key, raw, bytes);
  } catch {
    return false;
  }
}
