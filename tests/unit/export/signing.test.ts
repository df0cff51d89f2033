import { describe, expect, it } from 'vitest';
import { KeysRepository } from '@/utils/db/keys-repo';
import {
  existingFingerprint,
  fromBase64,
  installationKey,
  jwkThumbprint,
  publicJwkSchema,
  signBytes,
  toBase64,
  verifyBytes,
} from '@/utils/export/signing';
import { dbName } from '../db/helpers';

const repos: KeysRepository[] = [];
const repo = (name: string) => {
  const r = new KeysRepository(name);
  repos.push(r);
  return r;
};

describe('installation key', () => {
  it('is created on first use, then the same one is returned; the private key cannot be exported', async () => {
    const name = dbName();
    expect(await existingFingerprint(repo(name))).toBeNull();
    const first = await installationKey(repo(name));
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(first.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', first.privateKey)).rejects.toThrow();
    const again = await installationKey(repo(name));
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(await existingFingerprint(repo(name))).toBe(first.fingerprint);
    // The stored private key signs what the public key verifies.
    const bytes = new TextEncoder().encode('manifest');
    expect(await verifyBytes(first.jwk, bytes, await signBytes(again.privateKey, bytes))).toBe(true);
    await Promise.all(repos.splice(0).map((r) => r.close()));
  });

  it('two pages asking at once end with one key', async () => {
    const name = dbName();
    const keys = await Promise.all([1, 2, 3, 4].map(() => installationKey(repo(name))));
    expect(new Set(keys.map((k) => k.fingerprint)).size).toBe(1);
    expect(await existingFingerprint(repo(name))).toBe(keys[0]!.fingerprint);
    await Promise.all(repos.splice(0).map((r) => r.close()));
  });
});

describe('fingerprint and signatures', () => {
  it('the fingerprint is the RFC 7638 thumbprint: canonical members only, in order', async () => {
    const jwk = publicJwkSchema.parse({
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
      x: 'gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0',
      kty: 'EC',
      crv: 'P-256',
      ext: true,
      key_ops: ['verify'],
    });
    expect(Object.keys(jwk)).not.toContain('ext');
    const canonical =
      '{"crv":"P-256","kty":"EC","x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}';
    const expected = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical))).toString(
      'hex',
    );
    expect(await jwkThumbprint(jwk)).toBe(expected);
  });

  it('a bad signature, a bad key or garbage is "false", never an exception', async () => {
    const name = dbName();
    const key = await installationKey(repo(name));
    const bytes = new TextEncoder().encode('x');
    const sig = await signBytes(key.privateKey, bytes);
    expect(await verifyBytes(key.jwk, new TextEncoder().encode('y'), sig)).toBe(false);
    expect(await verifyBytes(key.jwk, bytes, 'not base64 !')).toBe(false);
    expect(await verifyBytes(key.jwk, bytes, toBase64(new Uint8Array(10)))).toBe(false);
    expect(await verifyBytes({ ...key.jwk, x: 'A'.repeat(43) }, bytes, sig)).toBe(false);
    expect(fromBase64(toBase64(new Uint8Array([0, 255, 7])))).toEqual(new Uint8Array([0, 255, 7]));
    await Promise.all(repos.splice(0).map((r) => r.close()));
  });
});

describe('database step 4', () => {
  it('adds the keys store to a version 3 database and keeps what it held', async () => {
    const { openVigieDb } = await import('@/utils/db/database');
    const name = dbName();
    const v3 = await openVigieDb(name, 3);
    await v3.put('settings', { key: 'identity', value: { name: 'A', email: '' } });
    v3.close();
    const v4 = await openVigieDb(name, 4);
    expect([...v4.objectStoreNames]).toContain('keys');
    expect(await v4.get('settings', 'identity')).toEqual({ key: 'identity', value: { name: 'A', email: '' } });
    v4.close();
    const key = await installationKey(repo(name));
    expect(await existingFingerprint(repo(name))).toBe(key.fingerprint);
    await Promise.all(repos.splice(0).map((r) => r.close()));
  });
});
