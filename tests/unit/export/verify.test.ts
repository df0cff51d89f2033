import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEvidencePackage } from '@/utils/export/package';
import { verifyPackage } from '@/utils/export/verify';
import { readZipDirectory, ZIP_LIMITS, ZipBudget, ZipReadError } from '@/utils/export/zip';
import { emptyQualification } from '@/utils/report/draft';
import { makeArtefact, makeDraft, pngLike, rewrite, testKey } from './helpers';

async function smallPackage() {
  const draft = makeDraft({ qualification: { ...emptyQualification(), categoryId: 'spam', role: 'witness' } });
  const shot = await makeArtefact(draft.id, 'screenshot', pngLike(2000));
  const key = await testKey();
  const { blob } = await buildEvidencePackage(draft, [shot], { lang: 'en', key, vigieVersion: '0.1.0' });
  return { blob, key };
}

const reasonOf = async (blob: Blob) => {
  const result = await verifyPackage(blob, { ownFingerprint: null });
  return result.ok ? 'ok' : result.reason;
};

/** Sets the uncompressed size of entry `name` in the central directory (and its local header) of a ZIP. */
function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const isCentral = sig === 0x02014b50;
    const isLocal = sig === 0x04034b50;
    if (!isCentral && !isLocal) continue;
    const nameAt = isCentral ? i + 46 : i + 30;
    const len = view.getUint16(isCentral ? i + 28 : i + 26, true);
    if (len !== nameBytes.length || !out.subarray(nameAt, nameAt + len).every((b, k) => b === nameBytes[k])) continue;
    view.setUint32(isCentral ? i + 24 : i + 22, size, true);
  }
  return out;
}

describe('verifyPackage: bad input gets a clear reason, never an exception', () => {
  it('garbage, an empty file, a truncated package, a text file', async () => {
    expect(await reasonOf(new Blob([]))).toBe('not-zip');
    expect(await reasonOf(new Blob([pngLike(5000)]))).toBe('not-zip');
    expect(await reasonOf(new Blob(['PK\u0005\u0006 hello, not really a zip at all']))).toBe('not-zip');
    const { blob } = await smallPackage();
    expect(await reasonOf(blob.slice(0, blob.size - 30))).toBe('not-zip');
    expect(await reasonOf(blob.slice(100))).toBe('not-zip');
  });

  it('a ZIP that is not a Vigie package', async () => {
    expect(await reasonOf(new Blob([zipSync({ 'a.txt': new TextEncoder().encode('hello') })]))).toBe('not-vigie');
    const notOurs = zipSync({ 'manifest.json': new TextEncoder().encode('{"format":"other"}') });
    expect(await reasonOf(new Blob([notOurs]))).toBe('not-vigie');
    const notJson = zipSync({ 'manifest.json': pngLike(100) });
    expect(await reasonOf(new Blob([notJson]))).toBe('not-vigie');
  });

  it('a file over 1 GiB is refused before anything is read', async () => {
    let read = false;
    const huge = {
      size: ZIP_LIMITS.fileBytes + 1,
      slice: () => {
        read = true;
        return new Blob([]);
      },
    } as unknown as Blob;
    expect(await reasonOf(huge)).toBe('too-large');
    expect(read).toBe(false);
  });

  it('too many entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) files[`f${i}.txt`] = new Uint8Array([i & 0xff]);
    expect(await reasonOf(new Blob([zipSync(files, { level: 0 })]))).toBe('too-many-entries');
  });

  it('a compression ratio bomb is refused from the central directory, before inflating', async () => {
    const zeros = new Uint8Array(5 * 1024 * 1024);
    const zip = zipSync({ 'manifest.json': zeros }, { level: 9 });
    expect(zip.length).toBeLessThan(zeros.length / ZIP_LIMITS.ratio);
    expect(await reasonOf(new Blob([zip]))).toBe('bomb');
  });

  it('declared totals over 1 GiB are a bomb', async () => {
    const deflated = zipSync({ 'a.bin': pngLike(1000), 'b.bin': pngLike(1000, 2), 'c.bin': pngLike(1000, 3) });
    // Each entry under the 1 GiB limit, together over it (the ratio check set aside to reach this one).
    const forged = ['a.bin', 'b.bin', 'c.bin'].reduce<Uint8Array<ArrayBuffer>>(
      (zip, name) => withDeclaredSize(zip, name, 500e6),
      deflated,
    );
    const limits = { ...ZIP_LIMITS, ratio: Number.POSITIVE_INFINITY };
    await expect(readZipDirectory(new Blob([forged]), limits)).rejects.toMatchObject({ problem: 'bomb' });
    await expect(readZipDirectory(new Blob([deflated]), limits)).resolves.toHaveLength(3);
  });

  it('an entry that inflates past, or short of, its declared size: size-mismatch', async () => {
    const { blob } = await smallPackage();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(await reasonOf(new Blob([withDeclaredSize(bytes, 'report.json', 10)]))).toBe('size-mismatch');
    expect(await reasonOf(new Blob([withDeclaredSize(bytes, 'report.json', 1_000_000)]))).toBe('size-mismatch');
  });

  it('a refusal names the entry concerned, and the detail is never the only explanation', async () => {
    const { blob } = await smallPackage();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const result = await verifyPackage(new Blob([withDeclaredSize(bytes, 'report.json', 10)]), {
      ownFingerprint: null,
    });
    expect(result).toMatchObject({ ok: false, reason: 'size-mismatch', entry: 'report.json' });
  });

  it('past its time budget, the check stops with too-slow', async () => {
    const { blob } = await smallPackage();
    let now = 0;
    const budget = new ZipBudget(1000, () => (now += 600));
    expect(await verifyPackage(blob, { ownFingerprint: null, budget })).toMatchObject({
      ok: false,
      reason: 'too-slow',
    });
  });

  it('ZipReadError carries its problem', () => {
    expect(new ZipReadError('bomb', 'x').problem).toBe('bomb');
  });

  it('a valid package passes, and the same bytes rewritten by another tool still verify', async () => {
    const { blob, key } = await smallPackage();
    const result = await verifyPackage(blob, { ownFingerprint: key.fingerprint });
    expect(result.ok && result.intact && result.ownKey && result.verdict).toBe('intact-own');
    const repacked = await rewrite(blob, () => undefined);
    const again = await verifyPackage(repacked, { ownFingerprint: key.fingerprint });
    expect(again.ok && again.intact && again.verdict).toBe('intact-own');
  });
});
