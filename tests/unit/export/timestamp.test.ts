import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority } from '../../harness/test-tsa.mjs';
import { clockShiftMs } from '../../support/clock';
import {
  buildTimestampRequest,
  parseTimestampReply,
  sealManifest,
  sendTimestampRequest,
} from '@/utils/export/timestamp';
import { verifyTimestamp } from '@/utils/export/timestamp-verify';
import type { TimestampAuthority } from '@/utils/export/timestamp-authorities';

interface TestAuthority {
  caPem: string;
  tsaPem: string;
  reply(query: Uint8Array): Uint8Array;
  makeRequest(data: Uint8Array): Uint8Array;
}

const manifest = new TextEncoder().encode('{\n  "format": "vigie-evidence-package"\n}\n');
const sha256 = async (b: Uint8Array<ArrayBuffer>) => new Uint8Array(await crypto.subtle.digest('SHA-256', b));
const nonce = Uint8Array.from([0x12, 1, 2, 3, 4, 5, 6, 7]);
const known = (a: TestAuthority, id = 'test'): TimestampAuthority => ({
  id,
  name: `Authority ${id}`,
  url: 'http://127.0.0.1:1/tsr',
  qualified: false,
  free: true,
  terms: 'https://example.test/terms',
  checked: '2026-12-05',
  certificates: [a.caPem],
});

let tsa: TestAuthority;
let other: TestAuthority;
beforeAll(() => {
  tsa = makeTestAuthority('Vigie Test TSA');
  other = makeTestAuthority('Other Test TSA');
});

describe('RFC 3161 request (PKI.js) answered by openssl ts -reply', () => {
  it('openssl accepts the request and answers for the same hash and nonce', async () => {
    const hash = await sha256(manifest);
    const reply = tsa.reply(buildTimestampRequest(hash, nonce));
    const parsed = parseTimestampReply(reply, { sha256: hash, nonce });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.info.genTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(parsed.info.serial).toMatch(/^[0-9a-f]+$/);
    expect(parsed.info.policy).toBe('1.3.6.1.4.1.99999.1');
    // openssl answers on the machine's clock, which a moved test clock (VIGIE_TEST_NOW) is not.
    expect(Math.abs(parsed.skewMs + clockShiftMs())).toBeLessThan(24 * 3600_000);
  });

  it('refuses an answer for another hash or another nonce', async () => {
    const hash = await sha256(manifest);
    const reply = tsa.reply(buildTimestampRequest(hash, nonce));
    const otherHash = await sha256(new TextEncoder().encode('other'));
    expect(parseTimestampReply(reply, { sha256: otherHash, nonce })).toMatchObject({
      ok: false,
      problem: 'wrong-imprint',
    });
    expect(
      parseTimestampReply(reply, { sha256: hash, nonce: Uint8Array.from([0x13, 1, 2, 3, 4, 5, 6, 7]) }),
    ).toMatchObject({
      ok: false,
      problem: 'wrong-nonce',
    });
  });

  it('names a malformed answer and a refusal', async () => {
    const hash = await sha256(manifest);
    expect(parseTimestampReply(new TextEncoder().encode('<html>busy</html>'), { sha256: hash, nonce })).toMatchObject({
      ok: false,
      problem: 'malformed',
    });
    // PKIStatusInfo { status: rejection (2) } and no token.
    const rejection = Uint8Array.from([0x30, 0x05, 0x30, 0x03, 0x02, 0x01, 0x02]);
    expect(parseTimestampReply(rejection, { sha256: hash, nonce })).toMatchObject({ ok: false, problem: 'rejected' });
  });

  it('reports the clock gap between the authority and this computer', async () => {
    const hash = await sha256(manifest);
    const reply = tsa.reply(buildTimestampRequest(hash, nonce));
    const later = new Date(Date.now() + 3 * 3600_000);
    const parsed = parseTimestampReply(reply, { sha256: hash, nonce }, later);
    expect(parsed.ok && parsed.skewMs).toBeLessThan(-2 * 3600_000);
  });
});

describe('sending: failures are named, never thrown', () => {
  const body = new Uint8Array([0x30, 0]);
  it('no network', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    expect(await sendTimestampRequest('https://tsa.example.test/', body, { fetch: failing })).toMatchObject({
      ok: false,
      problem: 'offline',
    });
  });
  it('authority down (HTTP 503)', async () => {
    const down = (() => Promise.resolve(new Response('down', { status: 503 }))) as typeof fetch;
    expect(await sendTimestampRequest('https://tsa.example.test/', body, { fetch: down })).toMatchObject({
      ok: false,
      problem: 'http',
      detail: 'HTTP 503',
    });
  });
  it('too slow: aborted at the deadline', async () => {
    const slow = ((_: unknown, init: RequestInit) =>
      new Promise((_r, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      )) as typeof fetch;
    expect(await sendTimestampRequest('https://tsa.example.test/', body, { fetch: slow, timeoutMs: 1 })).toMatchObject({
      ok: false,
      problem: 'timeout',
    });
  });
  it('an answer too large is not read', async () => {
    const huge = (() => Promise.resolve(new Response(new Uint8Array(200 * 1024)))) as typeof fetch;
    expect(await sendTimestampRequest('https://tsa.example.test/', body, { fetch: huge })).toMatchObject({
      ok: false,
      problem: 'too-large',
    });
  });
  it('only the request (the hash) is sent, as application/timestamp-query, without credentials', async () => {
    const seen: { body: Uint8Array; init: RequestInit }[] = [];
    const fake = (async (_url: string, init: RequestInit) => {
      const query = init.body as Uint8Array;
      seen.push({ body: query, init });
      return new Response(new Uint8Array(tsa.reply(query)), { status: 200 });
    }) as unknown as typeof fetch;
    const sealed = await sealManifest(manifest, 'https://tsa.example.test/', { fetch: fake });
    expect(sealed.ok).toBe(true);
    expect(seen).toHaveLength(1);
    const { init, body: sent } = seen[0]!;
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('omit');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/timestamp-query');
    // The request holds the manifest's hash, never its bytes.
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    expect(hex(sent)).toContain(hex(await sha256(manifest)));
    expect(hex(sent)).not.toContain(hex(manifest.subarray(0, 16)));
  });
});

describe('offline verification of manifest.tsr', () => {
  it('valid: imprint matches, signature chains to the shipped certificate; authority and time shown', async () => {
    const reply = tsa.reply(buildTimestampRequest(await sha256(manifest), nonce));
    const check = await verifyTimestamp(manifest, reply, [known(other, 'other'), known(tsa)]);
    expect(check.status).toBe('valid');
    expect(check.authority).toEqual({ id: 'test', name: 'Authority test', qualified: false });
    expect(check.signer).toContain('Vigie Test TSA');
    expect(check.info?.genTime).toMatch(/^\d{4}-/);
  });

  it('also accepts a request made by openssl itself (interoperability both ways)', async () => {
    const reply = tsa.reply(tsa.makeRequest(manifest));
    expect((await verifyTimestamp(manifest, reply, [known(tsa)])).status).toBe('valid');
  });

  it('mismatch: the manifest was altered after the seal', async () => {
    const reply = tsa.reply(buildTimestampRequest(await sha256(manifest), nonce));
    const altered = new TextEncoder().encode('{\n  "format": "vigie-evidence-package" }\n');
    const check = await verifyTimestamp(altered, reply, [known(tsa)]);
    expect(check.status).toBe('mismatch');
    expect(check.info?.serial).toBeTruthy();
  });

  it('unknown authority: a genuine token from a TSA whose chain is not shipped (or shipped as "to add")', async () => {
    const reply = other.reply(buildTimestampRequest(await sha256(manifest), nonce));
    const toAdd = { ...known(other, 'to-add'), certificates: [] };
    const check = await verifyTimestamp(manifest, reply, [known(tsa), toAdd]);
    expect(check.status).toBe('unknown-authority');
    expect(check.signer).toContain('Other Test TSA');
  });

  it('invalid: a token whose signed content was tampered with', async () => {
    const reply = tsa.reply(buildTimestampRequest(await sha256(manifest), nonce));
    // Flip one byte of the signature (the last bytes of the DER are the signer's signature value).
    const bad = new Uint8Array(reply);
    bad[bad.length - 5]! ^= 0x01;
    const check = await verifyTimestamp(manifest, bad, [known(tsa)]);
    expect(check.status).toBe('invalid');
  });

  it('malformed: not a token', async () => {
    expect((await verifyTimestamp(manifest, new Uint8Array([1, 2, 3]), [known(tsa)])).status).toBe('malformed');
  });
});
