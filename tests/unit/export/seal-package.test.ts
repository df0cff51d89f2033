import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestAuthority } from '../../harness/test-tsa.mjs';
import { buildEvidencePackage } from '@/utils/export/package';
import { buildSealedPackage } from '@/utils/export/seal-package';
import { reuseSeal } from '@/utils/export/seal-reuse';
import { verifyPackage } from '@/utils/export/verify';
import { verifyTimestamp } from '@/utils/export/timestamp-verify';
import type { TimestampAuthority } from '@/utils/export/timestamp-authorities';
import { emptyQualification, type Draft } from '@/utils/report/draft';
import { sealSchema } from '@/utils/report/seal';
import { entriesOf, makeArtefact, makeDraft, pngLike, rewrite, testKey } from './helpers';

interface TestAuthority {
  caPem: string;
  reply(query: Uint8Array): Uint8Array;
}

let tsa: TestAuthority;
beforeAll(() => {
  tsa = makeTestAuthority('Seal Test TSA') as TestAuthority;
});

const authority = { id: 'test', name: 'Seal Test TSA', url: 'https://tsa.example.test/tsr' };
const known = (): TimestampAuthority => ({
  ...authority,
  qualified: false,
  free: true,
  terms: 'https://example.test',
  checked: '2026-12-05',
  certificates: [tsa.caPem],
});

/** A fake network that answers with openssl and records what was sent. */
function network() {
  const sent: Uint8Array[] = [];
  const fetch = (async (_url: string, init: RequestInit) => {
    const body = init.body as Uint8Array;
    sent.push(body);
    return new Response(new Uint8Array(tsa.reply(body)), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { sent, fetch };
}

async function fixture(over: Partial<Draft> = {}) {
  const draft = makeDraft({ qualification: { ...emptyQualification(), categoryId: 'spam', role: 'witness' }, ...over });
  const shot = await makeArtefact(draft.id, 'screenshot', pngLike(3000));
  return { draft, artefacts: draft.mode === 'url-only' ? [] : [shot], key: await testKey() };
}

describe('sealing a package', () => {
  it('manifest.tsr is in the package, covers manifest.json, and the verify step shows it valid', async () => {
    const { draft, artefacts, key } = await fixture();
    const net = network();
    const sealed = await buildSealedPackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0' }, authority, {
      fetch: net.fetch,
    });
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    expect(sealSchema.safeParse(sealed.seal).success).toBe(true);
    expect(sealed.pkg.timestamped).toBe(true);
    const entries = await entriesOf(sealed.pkg.blob);
    expect(Object.keys(entries)).toContain('manifest.tsr');
    const check = await verifyTimestamp(entries['manifest.json']!, entries['manifest.tsr']!, [known()]);
    expect(check.status).toBe('valid');
    expect(check.info?.serial).toBe(sealed.seal.serial);
    // One request, and it holds the manifest's hash — not a byte of the screenshot or the report.
    expect(net.sent).toHaveLength(1);
    expect(net.sent[0]!.length).toBeLessThan(120);
    // The package as a whole still verifies: manifest.tsr is not an "added" file.
    const result = await verifyPackage(sealed.pkg.blob, { ownFingerprint: key.fingerprint });
    expect(result.ok && result.intact).toBe(true);
    expect(result.ok && result.files.some((f) => f.path === 'manifest.tsr')).toBe(false);
    // The shipped list does not know the test authority: said, with the signer's name.
    expect(result.ok && result.timestamp?.status).toBe('unknown-authority');
    expect(result.ok && result.timestamp?.signer).toContain('Seal Test TSA');
  });

  it('an altered manifest is named as not matching its timestamp', async () => {
    const { draft, artefacts, key } = await fixture();
    const sealed = await buildSealedPackage(draft, artefacts, { lang: 'en', key, vigieVersion: '0.1.0' }, authority, {
      fetch: network().fetch,
    });
    if (!sealed.ok) throw new Error('not sealed');
    const altered = await rewrite(sealed.pkg.blob, (files) => {
      files['manifest.json'] = new TextEncoder().encode(
        new TextDecoder().decode(files['manifest.json']).replace('"lang": "en"', '"lang": "fr"'),
      );
    });
    const entries = await entriesOf(altered);
    expect((await verifyTimestamp(entries['manifest.json']!, entries['manifest.tsr']!, [known()])).status).toBe(
      'mismatch',
    );
    const result = await verifyPackage(altered, { ownFingerprint: null });
    expect(result.ok && result.timestamp?.status).toBe('mismatch');
  });

  it('an intact signed package beside a timestamp of other bytes: files intact, but never green (seal-broken)', async () => {
    const one = await fixture();
    const two = await fixture();
    const send = { fetch: network().fetch };
    const options = { lang: 'fr' as const, key: one.key, vigieVersion: '0.1.0' };
    const a = await buildSealedPackage(one.draft, one.artefacts, options, authority, send);
    const b = await buildSealedPackage(two.draft, two.artefacts, options, authority, send);
    if (!a.ok || !b.ok) throw new Error('not sealed');
    // Untouched: the test authority is not shipped, which does not make the seal broken.
    const untouched = await verifyPackage(a.pkg.blob, { ownFingerprint: one.key.fingerprint });
    expect(untouched.ok && untouched.verdict).toBe('intact-own');
    const tokenOfB = (await entriesOf(b.pkg.blob))['manifest.tsr']!;
    const swapped = await rewrite(a.pkg.blob, (files) => {
      files['manifest.tsr'] = tokenOfB;
    });
    const result = await verifyPackage(swapped, { ownFingerprint: one.key.fingerprint });
    expect(result.ok && result.intact).toBe(true);
    expect(result.ok && result.files.every((f) => f.status === 'ok')).toBe(true);
    expect(result.ok && result.timestamp?.status).toBe('mismatch');
    expect(result.ok && result.verdict).toBe('seal-broken');
    // Not a token at all: the same.
    const garbage = await rewrite(a.pkg.blob, (files) => {
      files['manifest.tsr'] = new TextEncoder().encode('not a token');
    });
    const other = await verifyPackage(garbage, { ownFingerprint: null });
    expect(other.ok && other.verdict).toBe('seal-broken');
    // A package changed as well stays "changed": the worse verdict wins.
    const changed = await rewrite(swapped, (files) => {
      const shot = Object.keys(files).find((n) => n.startsWith('evidence/'))!;
      files[shot] = new Uint8Array([1, 2, 3]);
    });
    const worse = await verifyPackage(changed, { ownFingerprint: one.key.fingerprint });
    expect(worse.ok && worse.verdict).toBe('changed');
  });

  it('a link-only report is sealed too: no image in the package, only the hash leaves', async () => {
    const { draft, artefacts, key } = await fixture({ csam: true, mode: 'url-only', page: null });
    const net = network();
    const sealed = await buildSealedPackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0' }, authority, {
      fetch: net.fetch,
    });
    expect(sealed.ok).toBe(true);
    if (!sealed.ok) return;
    const names = Object.keys(await entriesOf(sealed.pkg.blob));
    expect(names.filter((n) => n.startsWith('evidence/'))).toEqual([]);
    expect(names).toContain('manifest.tsr');
    expect(net.sent).toHaveLength(1);
  });

  it('authority down: a named failure, and no seal', async () => {
    const { draft, artefacts, key } = await fixture();
    const down = (() => Promise.resolve(new Response('', { status: 503 }))) as typeof fetch;
    const sealed = await buildSealedPackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0' }, authority, {
      fetch: down,
    });
    expect(sealed).toMatchObject({ ok: false, problem: 'http' });
  });
});

describe('a later export of a sealed report', () => {
  it('an unchanged report carries the same manifest.tsr again, without any request', async () => {
    const { draft, artefacts, key } = await fixture();
    const sealed = await buildSealedPackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0' }, authority, {
      fetch: network().fetch,
    });
    if (!sealed.ok) throw new Error('not sealed');
    const reuse = reuseSeal(sealed.seal, { lang: 'fr', copies: 'original' });
    expect(reuse).not.toBeNull();
    const again = await buildEvidencePackage({ ...draft, seal: sealed.seal }, artefacts, {
      lang: 'fr',
      key,
      vigieVersion: '0.1.0',
      ...reuse,
    });
    expect(again.timestamped).toBe(true);
    expect(again.manifestSha256).toBe(sealed.seal.manifestSha256);
    const entries = await entriesOf(again.blob);
    expect((await verifyTimestamp(entries['manifest.json']!, entries['manifest.tsr']!, [known()])).status).toBe(
      'valid',
    );
  });

  it('a changed report (another answer) is exported without the old timestamp; another language is not reused', async () => {
    const { draft, artefacts, key } = await fixture();
    const sealed = await buildSealedPackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0' }, authority, {
      fetch: network().fetch,
    });
    if (!sealed.ok) throw new Error('not sealed');
    const changed: Draft = {
      ...draft,
      qualification: { ...draft.qualification, categoryId: 'hate' },
      seal: sealed.seal,
    };
    const again = await buildEvidencePackage(changed, artefacts, {
      lang: 'fr',
      key,
      vigieVersion: '0.1.0',
      ...reuseSeal(sealed.seal, { lang: 'fr', copies: 'original' }),
    });
    expect(again.timestamped).toBe(false);
    expect(Object.keys(await entriesOf(again.blob))).not.toContain('manifest.tsr');
    expect(reuseSeal(sealed.seal, { lang: 'en', copies: 'original' })).toBeNull();
    expect(reuseSeal(undefined, { lang: 'fr', copies: 'original' })).toBeNull();
  });
});
