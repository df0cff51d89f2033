import { describe, expect, it } from 'vitest';
import { buildCollectionZip } from '@/utils/export/collection-zip';
import { buildEvidencePackage } from '@/utils/export/package';
import { verifyCollection } from '@/utils/export/verify-collection';
import type { Artefact, Draft } from '@/utils/report/draft';
import { makeArtefact, makeDraft, pngLike, rewrite, testKey } from './helpers';

async function collectionOf(count: number) {
  const key = await testKey();
  const store = new Map<string, { draft: Draft; artefacts: Artefact[] }>();
  for (let i = 0; i < count; i++) {
    const draft = makeDraft();
    store.set(draft.id, { draft, artefacts: [await makeArtefact(draft.id, 'screenshot', pngLike(2000, i + 1))] });
  }
  const zip = await buildCollectionZip([...store.keys()], async (id) => store.get(id), {
    lang: 'fr',
    key,
    vigieVersion: '0.1.0',
  });
  return { key, zip, store };
}

describe('verifying an export for an association', () => {
  it('an untouched collection: every package listed, as listed, signed and unchanged', async () => {
    const { key, zip, store } = await collectionOf(2);
    const progress: number[] = [];
    const result = await verifyCollection(zip.blob, {
      ownFingerprint: key.fingerprint,
      onProgress: (done) => progress.push(done),
    });
    expect(result?.ok && result.intact).toBe(true);
    if (!result?.ok) throw new Error('not ok');
    expect(result.packages.map((p) => p.reportId).sort()).toEqual([...store.keys()].sort());
    expect(result.packages.every((p) => p.listing === 'ok' && p.result?.ok && p.result.intact && p.result.ownKey)).toBe(
      true,
    );
    expect(progress).toEqual([0, 1, 2]);
    expect(result).toMatchObject({
      verdict: 'intact-own',
      listSignature: 'valid',
      fingerprint: key.fingerprint,
      fingerprintConsistent: true,
      ownKey: true,
    });
  });

  it('the list itself is signed: an edited reports.json or a missing reports.sig is not intact', async () => {
    const { key, zip } = await collectionOf(1);
    const edited = await rewrite(zip.blob, (files) => {
      const list = JSON.parse(new TextDecoder().decode(files['reports.json'])) as { exportedAt: string };
      list.exportedAt = '2020-01-01T00:00:00.000Z';
      files['reports.json'] = new TextEncoder().encode(`${JSON.stringify(list, null, 2)}\n`);
    });
    const changed = await verifyCollection(edited, { ownFingerprint: key.fingerprint });
    expect(changed).toMatchObject({ ok: true, intact: false, verdict: 'unverifiable', listSignature: 'invalid' });
    if (changed?.ok) expect(changed.packages.every((p) => p.listing === 'ok')).toBe(true);
    const unsigned = await rewrite(zip.blob, (files) => {
      delete files['reports.sig'];
    });
    expect(await verifyCollection(unsigned, { ownFingerprint: null })).toMatchObject({
      ok: true,
      intact: false,
      listSignature: 'missing',
      ownKey: false,
    });
  });

  it('names the package that changed, went missing or was added, and is then not intact', async () => {
    const { key, zip } = await collectionOf(3);
    const paths = zip.collection.packages!.map((p) => p.path);
    const single = await buildEvidencePackage(makeDraft(), [], { lang: 'fr', key, vigieVersion: '0.1.0' });
    const singleBytes = new Uint8Array(await single.blob.arrayBuffer());
    const tampered = await rewrite(zip.blob, (files) => {
      // One byte of the first package's screenshot, re-zipped: its listed fingerprint and its own
      // manifest both disagree now.
      const inner = files[paths[0]!]!;
      const copy = inner.slice();
      const at = copy.length - 300;
      copy[at] = copy[at]! ^ 0xff;
      files[paths[0]!] = copy;
      delete files[paths[1]!];
      files['packages/extra.zip'] = singleBytes;
    });
    const result = await verifyCollection(tampered, { ownFingerprint: key.fingerprint });
    if (!result?.ok) throw new Error(`not ok: ${JSON.stringify(result)}`);
    expect(result.intact).toBe(false);
    expect(result.verdict).toBe('changed');
    const byPath = new Map(result.packages.map((p) => [p.path, p]));
    expect(byPath.get(paths[0]!)?.listing).toBe('changed');
    expect(byPath.get(paths[1]!)?.listing).toBe('missing');
    expect(byPath.get(paths[2]!)?.listing).toBe('ok');
    expect(byPath.get(paths[2]!)?.result?.ok && byPath.get(paths[2]!)?.result).toMatchObject({ intact: true });
    expect(byPath.get('packages/extra.zip')?.listing).toBe('added');
  });

  it('a collection signed by another key is intact for that key, not "own"', async () => {
    const { key, zip } = await collectionOf(1);
    const result = await verifyCollection(zip.blob, { ownFingerprint: null });
    expect(result).toMatchObject({ ok: true, intact: true, verdict: 'intact-other-key', fingerprint: key.fingerprint });
  });

  it('is not for a single package, and refuses a collection whose list is not Vigie’s', async () => {
    const { key, zip } = await collectionOf(1);
    const single = await buildEvidencePackage(makeDraft(), [], { lang: 'fr', key, vigieVersion: '0.1.0' });
    expect(await verifyCollection(single.blob, { ownFingerprint: null })).toBeNull();
    expect(await verifyCollection(new Blob(['not a zip']), { ownFingerprint: null })).toBeNull();
    const bad = await rewrite(zip.blob, (files) => {
      files['reports.json'] = new TextEncoder().encode('{"format":"something-else"}');
    });
    expect(await verifyCollection(bad, { ownFingerprint: null })).toMatchObject({ ok: false, reason: 'not-vigie' });
  });
});
