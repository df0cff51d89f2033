import { describe, expect, it } from 'vitest';
import { canonicalJson, dataUrlToBytes, sha256Hex } from '@/utils/capture/hash';

describe('sha256Hex', () => {
  it('matches the known digests (FIPS 180-2 test vectors)', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes a Blob the same as its bytes', async () => {
    const bytes = new TextEncoder().encode('preuve');
    expect(await sha256Hex(new Blob([bytes]))).toBe(await sha256Hex(bytes));
  });
});

describe('dataUrlToBytes', () => {
  it('decodes a base64 PNG data URL', () => {
    const { mime, bytes } = dataUrlToBytes('data:image/png;base64,iVBORw0KGgo=');
    expect(mime).toBe('image/png');
    expect(Array.from(bytes.slice(0, 4))).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('refuses anything that is not a base64 data URL', () => {
    expect(() => dataUrlToBytes('https://example.org/a.png')).toThrow();
    expect(() => dataUrlToBytes('data:image/png,<svg>')).toThrow();
  });
});

describe('canonicalJson', () => {
  it('is independent of key order at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('drops undefined values like JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});
