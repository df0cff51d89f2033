import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildEvidencePackage, entryNames, selectArtefacts } from '@/utils/export/package';
import { parseManifest } from '@/utils/export/manifest';
import { reportFormatSchema } from '@/utils/export/report-format';
import { verifyPackage } from '@/utils/export/verify';
import { readZipDirectory } from '@/utils/export/zip';
import { emptyQualification, type Artefact, type Draft } from '@/utils/report/draft';
import { entriesOf, makeArtefact, makeDraft, pngLike, rewrite, testKey, text } from './helpers';

const HARASSMENT = { ...emptyQualification(), categoryId: 'cyber-harassment', role: 'witness' as const, minor: false };

async function fullReport(over: Parameters<typeof makeDraft>[0] = {}) {
  const draft = makeDraft({ qualification: HARASSMENT, ...over });
  const shot = await makeArtefact(draft.id, 'screenshot', pngLike(4000));
  const parts = [
    await makeArtefact(draft.id, 'full-page', pngLike(3000, 2), { part: { index: 0, count: 2 } }),
    await makeArtefact(draft.id, 'full-page', pngLike(3000, 3), { part: { index: 1, count: 2 } }),
  ];
  const mhtml = await makeArtefact(draft.id, 'mhtml', 'MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n…');
  const dom = await makeArtefact(draft.id, 'dom-snapshot', '<!doctype html><p>Texte de la page</p>');
  const facts = await makeArtefact(draft.id, 'facts', JSON.stringify({ title: 'Titre de la page' }));
  return { draft, artefacts: [shot, ...parts, mhtml, dom, facts] };
}

async function build(
  draft: Draft,
  artefacts: Artefact[],
  over: Partial<Parameters<typeof buildEvidencePackage>[2]> = {},
) {
  const key = over.key ?? (await testKey());
  const pkg = await buildEvidencePackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0', ...over });
  return { ...pkg, key };
}

describe('evidence package: build → verify', () => {
  it('a fresh package is intact, signed by the key it carries, and lists every file', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob, key, manifest, fileName } = await build(draft, artefacts);
    expect(fileName).toMatch(/^vigie-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);
    const result = await verifyPackage(blob, { ownFingerprint: key.fingerprint });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.intact).toBe(true);
    expect(result.signature).toBe('valid');
    expect(result.ownKey).toBe(true);
    expect(result.files.every((f) => f.status === 'ok')).toBe(true);

    const entries = await entriesOf(blob);
    expect(Object.keys(entries).sort()).toEqual(
      [
        'evidence/full-page-01.png',
        'evidence/full-page-02.png',
        'evidence/page-dom.html',
        'evidence/page-facts.json',
        'evidence/page.mhtml',
        'evidence/screenshot.png',
        'manifest.json',
        'manifest.sig',
        'report.json',
        'report.txt',
      ].sort(),
    );
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(entries)
        .filter((n) => !n.startsWith('manifest.'))
        .sort(),
    );
    // The screenshot in the package is the captured bytes, and the manifest says so.
    expect(entries['evidence/screenshot.png']).toEqual(pngLike(4000));
    const shot = manifest.files.find((f) => f.path === 'evidence/screenshot.png')!;
    expect(shot.sha256).toBe(artefacts[0]!.sha256);
    expect(shot.matchesCapture).toBe(true);
    expect(manifest.files.find((f) => f.path === 'evidence/full-page-02.png')!.part).toEqual({ index: 1, count: 2 });
  });

  it('images and archives are stored as they are; texts are deflated', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob } = await build(draft, artefacts);
    const methods = Object.fromEntries((await readZipDirectory(blob)).map((e) => [e.name, e.method]));
    expect(methods['evidence/screenshot.png']).toBe(0);
    expect(methods['evidence/page.mhtml']).toBe(0);
    expect(methods['evidence/page-dom.html']).toBe(0);
    expect(methods['report.json']).toBe(8);
    expect(methods['report.txt']).toBe(8);
    expect(methods['manifest.json']).toBe(8);
  });

  it('report.json follows the open format; report.txt holds the packs of the route', async () => {
    const { draft, artefacts } = await fullReport({
      narrative: { description: 'Des messages insultants chaque jour.', publishedAt: null, publishedAtSource: null },
    });
    const { blob } = await build(draft, artefacts);
    const entries = await entriesOf(blob);
    const report = reportFormatSchema.parse(JSON.parse(text(entries['report.json'])));
    expect(report.format).toBe('vigie-report');
    expect(report.version).toBe(1);
    expect(report.qualification.categoryId).toBe('cyber-harassment');
    expect(report.qualification.legalBasis.length).toBeGreaterThan(0);
    expect(report.qualification.dsa).not.toBeNull();
    expect(report.route.channels.map((c) => c.channelId)).toContain('pharos');
    expect(report.pageClaims?.title).toBe('Titre de la page');
    expect(report.observed.tabUrl).toBe(draft.observed.tabUrl);
    expect(report.files.map((f) => f.name)).toContain('evidence/screenshot.png');
    const txt = text(entries['report.txt']);
    expect(txt).toContain('Des messages insultants chaque jour.');
    expect(txt).toContain('PHAROS');
    expect(txt).toContain(`evidence/screenshot.png — SHA-256 ${artefacts[0]!.sha256}`);
    expect(txt).toContain('Vigie n’est pas un service officiel');
  });

  it('the signature can be checked outside Vigie (Node crypto, P1363) over the exact bytes of manifest.json', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob } = await build(draft, artefacts);
    const entries = await entriesOf(blob);
    const manifest = parseManifest(entries['manifest.json']!)!;
    const pub = createPublicKey({ key: manifest.publicKey.jwk, format: 'jwk' });
    const signature = Buffer.from(text(entries['manifest.sig']).trim(), 'base64');
    expect(signature.length).toBe(64);
    expect(nodeVerify('sha256', entries['manifest.json']!, { key: pub, dsaEncoding: 'ieee-p1363' }, signature)).toBe(
      true,
    );
    const tampered = Buffer.from(entries['manifest.json']!);
    tampered[10] = tampered[10]! ^ 1;
    expect(nodeVerify('sha256', tampered, { key: pub, dsaEncoding: 'ieee-p1363' }, signature)).toBe(false);
  });

  it('one changed byte in any file names that file, and only it', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob, key } = await build(draft, artefacts);
    const names = Object.keys(await entriesOf(blob)).filter((n) => !n.startsWith('manifest.'));
    expect(names.length).toBe(8);
    for (const name of names) {
      const tampered = await rewrite(blob, (files) => {
        const copy = new Uint8Array(files[name]!);
        copy[copy.length >> 1] = copy[copy.length >> 1]! ^ 0x01;
        files[name] = copy;
      });
      const result = await verifyPackage(tampered, { ownFingerprint: key.fingerprint });
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      expect(result.intact, name).toBe(false);
      expect(result.signature, name).toBe('valid');
      expect(
        result.files.filter((f) => f.status !== 'ok').map((f) => [f.path, f.status]),
        name,
      ).toEqual([[name, 'changed']]);
    }
  });

  it('a missing file and an added file are named', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob, key } = await build(draft, artefacts);
    const changed = await rewrite(blob, (files) => {
      delete files['evidence/page.mhtml'];
      files['evidence/extra.png'] = pngLike(100);
    });
    const result = await verifyPackage(changed, { ownFingerprint: key.fingerprint });
    if (!result.ok) throw new Error(result.reason);
    expect(result.intact).toBe(false);
    expect(result.verdict).toBe('changed');
    expect(result.files.filter((f) => f.status !== 'ok').map((f) => [f.path, f.status])).toEqual([
      ['evidence/page.mhtml', 'missing'],
      ['evidence/extra.png', 'added'],
    ]);
  });

  it('a changed manifest (a hash edited to match a changed file) fails the signature', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob, key } = await build(draft, artefacts);
    const forged = await rewrite(blob, (files) => {
      const m = text(files['manifest.json']);
      files['manifest.json'] = new TextEncoder().encode(m.replace(artefacts[0]!.sha256, '0'.repeat(64)));
    });
    const result = await verifyPackage(forged, { ownFingerprint: key.fingerprint });
    if (!result.ok) throw new Error(result.reason);
    expect(result.signature).toBe('invalid');
    expect(result.intact).toBe(false);
    expect(result.verdict).toBe('unverifiable');
    expect(result.files.find((f) => f.path === 'evidence/screenshot.png')!.status).toBe('changed');
    // Every other file matches the rewritten manifest, which proves nothing: none is "ok".
    expect(result.files.filter((f) => f.status === 'ok')).toEqual([]);
    expect(result.files.filter((f) => f.status === 'unverifiable')).toHaveLength(result.files.length - 1);

    const unsigned = await rewrite(blob, (files) => void delete files['manifest.sig']);
    const r2 = await verifyPackage(unsigned, { ownFingerprint: key.fingerprint });
    if (!r2.ok) throw new Error(r2.reason);
    expect(r2.signature).toBe('missing');
    expect(r2.intact).toBe(false);
    expect(r2.verdict).toBe('unverifiable');
    expect(r2.files.every((f) => f.status === 'unverifiable')).toBe(true);
  });

  it('a package signed by another installation is intact but not "own key"', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob, key } = await build(draft, artefacts);
    const other = await testKey();
    expect(other.fingerprint).not.toBe(key.fingerprint);
    for (const own of [other.fingerprint, null]) {
      const result = await verifyPackage(blob, { ownFingerprint: own });
      if (!result.ok) throw new Error(result.reason);
      expect(result.intact).toBe(true);
      expect(result.ownKey).toBe(false);
      expect(result.verdict).toBe('intact-other-key');
      expect(result.fingerprint).toBe(key.fingerprint);
    }
  });

  it('a key swapped in the manifest cannot pass: the signature no longer matches', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob } = await build(draft, artefacts);
    const other = await testKey();
    const swapped = await rewrite(blob, (files) => {
      const m = JSON.parse(text(files['manifest.json']));
      m.publicKey = { jwk: other.jwk, fingerprint: other.fingerprint };
      files['manifest.json'] = new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`);
    });
    const result = await verifyPackage(swapped, { ownFingerprint: other.fingerprint });
    if (!result.ok) throw new Error(result.reason);
    expect(result.signature).toBe('invalid');
    expect(result.intact).toBe(false);
    expect(result.verdict).toBe('unverifiable');
  });

  it('a package re-signed whole by another key is intact for that key, never "own": its fingerprint is the other one', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob, key } = await build(draft, artefacts);
    const other = await testKey();
    const resigned = await rewrite(blob, () => undefined);
    const forged = await build(draft, artefacts, { key: other });
    const result = await verifyPackage(forged.blob, { ownFingerprint: key.fingerprint });
    if (!result.ok) throw new Error(result.reason);
    expect(result.verdict).toBe('intact-other-key');
    expect(result.fingerprint).toBe(other.fingerprint);
    const own = await verifyPackage(resigned, { ownFingerprint: key.fingerprint });
    expect(own.ok && own.verdict).toBe('intact-own');
  });
});

describe('evidence package: link-only (child sexual abuse) reports', () => {
  const binary = (names: string[]) =>
    names.filter((n) => !['report.json', 'report.txt', 'manifest.json', 'manifest.sig'].includes(n));

  it('a CSAM report is text only: no image, archive, DOM snapshot or page text, even if artefacts are passed', async () => {
    const { draft: full, artefacts } = await fullReport();
    const draft: Draft = { ...full, csam: true, mode: 'url-only', page: null };
    const { blob, key, manifest } = await build(draft, artefacts);
    const entries = await entriesOf(blob);
    expect(binary(Object.keys(entries))).toEqual([]);
    expect(manifest.linkOnly).toBe(true);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(['report.json', 'report.txt']);
    const all = Object.values(entries).map(text).join('\n');
    for (const a of artefacts) expect(all).not.toContain(a.sha256);
    expect(all).not.toContain('Texte de la page');
    const result = await verifyPackage(blob, { ownFingerprint: key.fingerprint });
    expect(result.ok && result.intact).toBe(true);
  });

  it('answers that make a report link-only (category) are enough, whatever the stored mode', async () => {
    const { draft: full, artefacts } = await fullReport();
    const draft: Draft = {
      ...full,
      qualification: { ...emptyQualification(), categoryId: 'child-sexual-abuse-material', role: 'witness' },
    };
    const { blob } = await build(draft, artefacts, { copies: 'both' });
    const entries = await entriesOf(blob);
    expect(binary(Object.keys(entries))).toEqual([]);
    const report = reportFormatSchema.parse(JSON.parse(text(entries['report.json'])));
    expect(report.linkOnly).toBe(true);
    expect(report.files).toEqual([]);
    expect(report.pageClaims).toBeNull();
    expect(text(entries['report.txt'])).not.toContain('Titre de la page');
  });
});

describe('evidence package: integrity at export, copies, progress', () => {
  it('an artefact whose bytes no longer match its recorded hash is exported with that fact stated', async () => {
    const { draft, artefacts } = await fullReport();
    const recorded = 'a'.repeat(64);
    const broken = { ...artefacts[0]!, sha256: recorded };
    const { blob, key, manifest } = await build(draft, [broken, ...artefacts.slice(1)]);
    const file = manifest.files.find((f) => f.path === 'evidence/screenshot.png')!;
    expect(file.matchesCapture).toBe(false);
    expect(file.recordedSha256).toBe(recorded);
    expect(file.sha256).toBe(artefacts[0]!.sha256);
    const entries = await entriesOf(blob);
    const txt = text(entries['report.txt']);
    expect(txt).toContain('ATTENTION');
    expect(txt).toContain(recorded);
    const report = reportFormatSchema.parse(JSON.parse(text(entries['report.json'])));
    expect(report.files.find((f) => f.name === 'evidence/screenshot.png')!.integrity).toEqual({
      matchesCapture: false,
      actualSha256: artefacts[0]!.sha256,
    });
    // The package itself is consistent, and the verification repeats what it states.
    const result = await verifyPackage(blob, { ownFingerprint: key.fingerprint });
    if (!result.ok) throw new Error(result.reason);
    expect(result.intact).toBe(true);
    expect(result.files.find((f) => f.path === 'evidence/screenshot.png')!.exportedChanged).toBe(true);
  });

  it('copies: originals, redacted copies instead (archives left out), or both', async () => {
    const { draft, artefacts } = await fullReport();
    const shot = artefacts[0]!;
    const regions = [{ x: 1, y: 2, width: 30, height: 40, mode: 'black' as const }];
    const redacted = await makeArtefact(draft.id, 'screenshot', pngLike(4000, 9), {
      derivedFrom: shot.id,
      redaction: { originalSha256: shot.sha256, regions },
    });
    const all = [...artefacts, redacted];
    const names = async (copies: 'original' | 'redacted' | 'both') =>
      Object.keys(await entriesOf((await build(draft, all, { copies })).blob))
        .filter((n) => n.startsWith('evidence/'))
        .sort();
    expect(await names('original')).not.toContain('evidence/redacted/screenshot.png');
    expect(await names('original')).toContain('evidence/screenshot.png');
    const red = await names('redacted');
    expect(red).toContain('evidence/redacted/screenshot.png');
    expect(red).not.toContain('evidence/screenshot.png');
    expect(red).not.toContain('evidence/page.mhtml');
    expect(red).not.toContain('evidence/page-dom.html');
    expect(red).toContain('evidence/full-page-01.png');
    const both = await names('both');
    expect(both).toContain('evidence/redacted/screenshot.png');
    expect(both).toContain('evidence/screenshot.png');

    const { manifest, blob } = await build(draft, all, { copies: 'both' });
    expect(manifest.files.find((f) => f.path === 'evidence/redacted/screenshot.png')!.derivedFrom).toEqual({
      path: 'evidence/screenshot.png',
      sha256: shot.sha256,
    });
    // report.json says which rectangles were hidden, in the original's pixels.
    const report = JSON.parse(new TextDecoder().decode((await entriesOf(blob))['report.json'])) as {
      files: { name: string; derivedFrom?: unknown }[];
    };
    expect(report.files.find((f) => f.name === 'evidence/redacted/screenshot.png')!.derivedFrom).toEqual({
      name: 'evidence/screenshot.png',
      sha256: shot.sha256,
      regions,
    });
    // Redacted copies only: the original is not in the package, its fingerprint and the regions are.
    const onlyRedacted = JSON.parse(
      new TextDecoder().decode(
        (await entriesOf((await build(draft, all, { copies: 'redacted' })).blob))['report.json'],
      ),
    ) as { files: { name: string; derivedFrom?: unknown }[] };
    expect(onlyRedacted.files.find((f) => f.name === 'evidence/redacted/screenshot.png')!.derivedFrom).toEqual({
      sha256: shot.sha256,
      regions,
    });
  });

  it('without redacted copies, "redacted" keeps every original', () => {
    const list = [
      { id: 'a', kind: 'screenshot' as const },
      { id: 'b', kind: 'mhtml' as const },
    ];
    expect(selectArtefacts(list, 'redacted', false)).toEqual(list);
    expect(selectArtefacts(list, 'both', true)).toEqual([]);
  });

  it('entry names never collide', () => {
    const a = { kind: 'screenshot' as const, mime: 'image/png' };
    const names = entryNames([
      { ...a, id: '1' },
      { ...a, id: '2' },
      { ...a, id: '3', mime: 'image/jpeg' },
    ]);
    expect([...names.values()]).toEqual([
      'evidence/screenshot.png',
      'evidence/screenshot-2.png',
      'evidence/screenshot.jpg',
    ]);
  });

  it('reports progress up to the total, and stops when aborted', async () => {
    const { draft, artefacts } = await fullReport();
    const seen: [number, number][] = [];
    await build(draft, artefacts, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen[0]).toEqual([0, artefacts.length + 3]);
    expect(seen.at(-1)).toEqual([artefacts.length + 3, artefacts.length + 3]);
    const controller = new AbortController();
    controller.abort();
    await expect(build(draft, artefacts, { signal: controller.signal })).rejects.toThrow();
  });

  it('writes report.txt in the chosen language', async () => {
    const { draft, artefacts } = await fullReport();
    const { blob } = await build(draft, artefacts, { lang: 'en' });
    const txt = text((await entriesOf(blob))['report.txt']);
    expect(txt).toContain('Vigie is not an official service');
    expect(txt).not.toContain('Vigie n’est pas un service officiel');
  });

  it('a report without a category still has its facts in report.txt', async () => {
    const { draft, artefacts } = await fullReport({ qualification: emptyQualification() });
    const { blob } = await build(draft, artefacts);
    const txt = text((await entriesOf(blob))['report.txt']);
    expect(txt).toContain('Catégorie non choisie');
    expect(txt).toContain(draft.target.url);
  });
});
