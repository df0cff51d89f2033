/**
 * What Vigie calls intact is what other ZIP tools extract: Debian's `unzip` (Info-ZIP, reads the
 * central directory) and `bsdtar` (libarchive), given the file (it may seek) and given the bytes on
 * its standard input (it must stream, reading the local headers only). Both are installed by
 * `.ci/run` (packages unzip and libarchive-tools).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCollectionZip } from '@/utils/export/collection-zip';
import { buildEvidencePackage } from '@/utils/export/package';
import { verifyPackage } from '@/utils/export/verify';
import { verifyCollection } from '@/utils/export/verify-collection';
import { emptyQualification, type Artefact, type Draft } from '@/utils/report/draft';
import { makeArtefact, makeDraft, pngLike, testKey } from './helpers';
import { deflated, Forge, stored } from './zip-forge';

const work = mkdtempSync(join(tmpdir(), 'vigie-zip-tools-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** Every regular file under `dir`, by path relative to it, with its bytes. */
function tree(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path);
    }
  };
  walk(dir);
  return out;
}

/** The archive extracted by each tool: unzip, bsdtar on the file, bsdtar streaming from stdin. */
function extractions(bytes: Uint8Array): Record<string, Record<string, Buffer>> {
  const file = join(work, `a${++n}.zip`);
  writeFileSync(file, bytes);
  const out: Record<string, Record<string, Buffer>> = {};
  const dir = (tool: string) => {
    const d = join(work, `${tool}-${n}`);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const u = dir('unzip');
  execFileSync('unzip', ['-q', '-o', file, '-d', u], { stdio: 'pipe' });
  out.unzip = tree(u);
  const b = dir('bsdtar');
  execFileSync('bsdtar', ['-x', '-f', file, '-C', b], { stdio: 'pipe' });
  out.bsdtar = tree(b);
  const s = dir('bsdtar-stream');
  execFileSync('bsdtar', ['-x', '-f', '-', '-C', s], { input: bytes, stdio: ['pipe', 'pipe', 'pipe'] });
  out['bsdtar-stream'] = tree(s);
  return out;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function fullReport() {
  const draft = makeDraft({ qualification: { ...emptyQualification(), categoryId: 'spam', role: 'witness' } });
  const artefacts = [
    await makeArtefact(draft.id, 'screenshot', pngLike(40_000)),
    await makeArtefact(draft.id, 'full-page', pngLike(30_000, 2), { part: { index: 0, count: 2 } }),
    await makeArtefact(draft.id, 'full-page', pngLike(30_000, 3), { part: { index: 1, count: 2 } }),
    await makeArtefact(draft.id, 'mhtml', 'MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n…'.repeat(200)),
    await makeArtefact(draft.id, 'dom-snapshot', '<!doctype html><p>Texte de la page</p>'.repeat(500)),
    await makeArtefact(draft.id, 'facts', JSON.stringify({ title: 'Titre de la page' })),
  ];
  return { draft, artefacts };
}

describe('what Vigie calls intact, unzip and bsdtar extract to the signed bytes', () => {
  it('a full evidence package', async () => {
    const { draft, artefacts } = await fullReport();
    const key = await testKey();
    const { blob, manifest } = await buildEvidencePackage(draft, artefacts, { lang: 'fr', key, vigieVersion: '0.1.0' });
    const result = await verifyPackage(blob, { ownFingerprint: key.fingerprint });
    expect(result.ok && result.verdict).toBe('intact-own');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const signed = Object.fromEntries(manifest.files.map((f) => [f.path, f.sha256]));
    expect(Object.keys(signed).length).toBe(8);
    for (const [tool, files] of Object.entries(extractions(bytes))) {
      expect(Object.keys(files).sort(), tool).toEqual([...Object.keys(signed), 'manifest.json', 'manifest.sig'].sort());
      for (const [path, hash] of Object.entries(signed)) expect(sha256(files[path]!), `${tool}: ${path}`).toBe(hash);
    }
  });

  it('a collection for an association, and each package in it', async () => {
    const key = await testKey();
    const store = new Map<string, { draft: Draft; artefacts: Artefact[] }>();
    for (let i = 0; i < 3; i++) {
      const { draft, artefacts } = await fullReport();
      store.set(draft.id, { draft, artefacts });
    }
    const zip = await buildCollectionZip([...store.keys()], async (id) => store.get(id), {
      lang: 'en',
      key,
      vigieVersion: '0.1.0',
    });
    const result = await verifyCollection(zip.blob, { ownFingerprint: key.fingerprint });
    expect(result?.ok && result.verdict).toBe('intact-own');
    const listed = zip.collection.packages!;
    for (const [tool, files] of Object.entries(extractions(new Uint8Array(await zip.blob.arrayBuffer())))) {
      for (const p of listed) {
        expect(sha256(files[p.path]!), `${tool}: ${p.path}`).toBe(p.sha256);
        // Each package inside, extracted in turn, holds exactly its signed files.
        const inner = await verifyPackage(new Blob([new Uint8Array(files[p.path]!)]), {
          ownFingerprint: key.fingerprint,
        });
        if (!inner.ok) throw new Error(inner.reason);
        for (const [innerTool, innerFiles] of Object.entries(extractions(files[p.path]!)))
          for (const f of inner.manifest.files)
            expect(sha256(innerFiles[f.path]!), `${tool}/${innerTool}: ${f.path}`).toBe(f.sha256);
      }
    }
  });

  it('why the reader is strict: a streaming reader extracts the unlisted entry that Vigie refuses', async () => {
    const shot = pngLike(3000);
    const altered = pngLike(3000, 9);
    const f = new Forge();
    const listed = f.local(stored('evidence/screenshot.png', shot));
    f.local(stored('evidence/screenshot.png', altered));
    const report = f.local(deflated('report.json', new TextEncoder().encode('{}')));
    const hostile = f.finish([listed, report]);
    const result = await verifyPackage(new Blob([hostile]), { ownFingerprint: null });
    expect(result).toMatchObject({ ok: false, reason: 'hidden-data' });
    // unzip reads the listed bytes; bsdtar, made to stream (a pipe), reads the hidden ones.
    const tools = extractions(hostile);
    expect(sha256(tools.unzip!['evidence/screenshot.png']!)).toBe(sha256(shot));
    expect(sha256(tools['bsdtar-stream']!['evidence/screenshot.png']!)).toBe(sha256(altered));
  });
});
