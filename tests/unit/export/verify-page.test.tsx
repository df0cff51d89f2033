// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { zipSync } from 'fflate';
import { App } from '@/entrypoints/verify/App';
import { buildEvidencePackage } from '@/utils/export/package';
import { buildCollectionZip } from '@/utils/export/collection-zip';
import { emptyQualification, type Artefact, type Draft } from '@/utils/report/draft';
import { useLocale } from '../format/fake-i18n';
import type { Manifest } from '@/utils/export/manifest';
import { installationKey, type InstallationKey } from '@/utils/export/signing';
import { entriesOf, makeArtefact, makeDraft, pngLike, testKey } from './helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function packageFile(key?: InstallationKey): Promise<File> {
  const draft = makeDraft({ qualification: { ...emptyQualification(), categoryId: 'spam', role: 'witness' } });
  const shot = await makeArtefact(draft.id, 'screenshot', pngLike(3000));
  const { blob } = await buildEvidencePackage(draft, [shot], {
    lang: 'en',
    key: key ?? (await testKey()),
    vigieVersion: '0.1.0',
  });
  return new File([await blob.arrayBuffer()], 'package.zip', { type: 'application/zip' });
}

async function choose(file: File) {
  const input = root.querySelector<HTMLInputElement>('#verify-file')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  for (let i = 0; i < 200 && !root.querySelector('[data-testid=verify-result]'); i++)
    await act(() => new Promise((r) => setTimeout(r, 10)));
  return root.querySelector('[data-testid=verify-result]');
}

describe('verify page', () => {
  it('has a labelled file picker; a package signed by another key is intact but not green, its fingerprint shown', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const input = root.querySelector('#verify-file')!;
    expect(root.querySelector('label[for=verify-file]')?.textContent).toBe('Package to verify (ZIP file)');
    expect(input.getAttribute('type')).toBe('file');
    const file = await packageFile();
    const fingerprint = (JSON.parse(new TextDecoder().decode((await entriesOf(file))['manifest.json'])) as Manifest)
      .publicKey.fingerprint;
    const result = await choose(file);
    expect(result?.getAttribute('data-result')).toBe('intact-other-key');
    const verdict = root.querySelector('[data-testid=verify-verdict]')!;
    expect(verdict.textContent).toBe(
      `Intact, but signed by another key (fingerprint ${fingerprint}), not this installation’s. Anyone can sign a package: it is the sender’s only if this fingerprint is the one they gave you.`,
    );
    expect(verdict.classList.contains('other-key')).toBe(true);
    expect(verdict.classList.contains('intact')).toBe(false);
    expect(root.textContent).toContain('Signed by another key, not this installation’s');
    expect(root.querySelector('[data-testid=verify-status]')?.getAttribute('role')).toBe('status');
  });

  it('says "intact and signed by this installation" in green only for this installation’s key (in French too)', async () => {
    useLocale('fr');
    const key = await installationKey();
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const result = await choose(await packageFile(key));
    expect(result?.getAttribute('data-result')).toBe('intact-own');
    const verdict = root.querySelector('[data-testid=verify-verdict]')!;
    expect(verdict.textContent).toBe(
      'Intact et signé par cette installation de Vigie : chaque fichier correspond au manifeste signé.',
    );
    expect(verdict.classList.contains('intact')).toBe(true);
    expect(root.querySelectorAll('tr[data-status=ok]').length).toBeGreaterThan(0);
  });

  it('a rewritten manifest: not verifiable, and no file row says intact', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const entries = await entriesOf(await packageFile());
    const manifest = new TextDecoder()
      .decode(entries['manifest.json'])
      .replace('"vigieVersion": "0.1.0"', '"vigieVersion": "0.1.1"');
    const result = await choose(
      new File([zipSync({ ...entries, 'manifest.json': new TextEncoder().encode(manifest) })], 'x.zip'),
    );
    expect(result?.getAttribute('data-result')).toBe('unverifiable');
    expect(root.querySelector('[data-testid=verify-verdict]')?.textContent).toContain(
      'Not verifiable: the manifest’s signature is invalid',
    );
    expect(root.querySelector('[data-testid=verify-verdict]')?.getAttribute('role')).toBe('alert');
    const rows = [...root.querySelectorAll('[data-testid=verify-files] tr')];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.getAttribute('data-status')).toBe('unverifiable');
      expect(row.textContent).toContain('not verifiable: the manifest’s signature does not hold');
    }
  });

  it('shows names from the file with bidi and control characters made visible', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const entries = await entriesOf(await packageFile());
    const result = await choose(
      new File([zipSync({ ...entries, 'photo\u202Egnp.exe': pngLike(10) })], 'my\u202Egpj.zip'),
    );
    expect(result?.getAttribute('data-result')).toBe('changed');
    const added = root.querySelector('tr[data-status=added] th')!;
    expect(added.textContent).toBe('photo⟨U+202E⟩gnp.exe');
    expect(root.querySelector('[data-testid=verify-verdict]')?.textContent).toBe(
      'Changed since it was signed: photo⟨U+202E⟩gnp.exe — added (not in the manifest).',
    );
    expect(root.querySelector('[data-testid=verify-status]')?.textContent).toContain('my⟨U+202E⟩gpj.zip');
    expect(root.textContent).not.toContain('\u202E');
  });

  it('names five changed files, then says how many more', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const entries = await entriesOf(await packageFile());
    const added = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`extra-${i}.txt`, pngLike(10, i + 2)]));
    await choose(new File([zipSync({ ...entries, ...added })], 'more.zip'));
    const verdict = root.querySelector('[data-testid=verify-verdict]')?.textContent ?? '';
    expect(verdict).toMatch(/^Changed since it was signed: extra-\d\.txt — added \(not in the manifest\);/);
    expect(verdict.match(/— added/g)).toHaveLength(5);
    expect(verdict.endsWith('; and 2 more.')).toBe(true);
  });

  it('a ZIP other readers would read differently is refused with a clear reason naming the file', async () => {
    useLocale('fr');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const good = new Uint8Array(await (await packageFile()).arrayBuffer());
    // The first local header names another file than its central entry.
    const forged = good.slice();
    forged[30] = 'E'.charCodeAt(0);
    const result = await choose(new File([forged], 'forged.zip'));
    expect(result?.getAttribute('data-result')).toBe('mismatch');
    expect(result?.getAttribute('role')).toBe('alert');
    expect(result?.textContent).toContain('Archive refusée : l’en-tête local d’un fichier ne correspond pas');
    expect(root.querySelector('[data-testid=verify-entry]')?.textContent).toBe(
      'Fichier concerné : evidence/screenshot.png',
    );
  });

  it('names the changed file, and gives a reason for a file that is not a ZIP', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const good = await packageFile();
    const entries = await entriesOf(good);
    const report = new Uint8Array(entries['report.txt']!);
    report[0] = report[0]! ^ 1;
    const tampered = new File([zipSync({ ...entries, 'report.txt': report })], 'tampered.zip');
    const result = await choose(tampered);
    expect(result?.getAttribute('data-result')).toBe('changed');
    const changed = [...root.querySelectorAll('tr[data-status=changed]')].map((r) => r.getAttribute('data-path'));
    expect(changed).toEqual(['report.txt']);
    expect(root.querySelector('[role=alert]')?.textContent).toBe('Changed since it was signed: report.txt — changed.');

    const junk = await choose(new File(['hello'], 'junk.zip'));
    expect(junk?.getAttribute('data-result')).toBe('not-zip');
    expect(junk?.getAttribute('role')).toBe('alert');
    expect(junk?.textContent).toBe('This file is not a readable ZIP archive.');
    expect(root.querySelector('[data-testid=verify-entry]')).toBeNull();
  });

  it('checks an export for an association package by package, and names the one that changed', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const key = await testKey();
    const drafts = [makeDraft(), makeDraft()];
    const store = new Map<string, { draft: Draft; artefacts: Artefact[] }>();
    for (const [i, d] of drafts.entries())
      store.set(d.id, { draft: d, artefacts: [await makeArtefact(d.id, 'screenshot', pngLike(2000, i + 5))] });
    const zip = await buildCollectionZip([...store.keys()], async (id) => store.get(id), {
      lang: 'en',
      key,
      vigieVersion: '0.1.0',
    });
    const good = new File([await zip.blob.arrayBuffer()], 'association.zip', { type: 'application/zip' });
    const result = await choose(good);
    expect(result?.getAttribute('data-collection')).toBe('true');
    expect(result?.getAttribute('data-result')).toBe('intact-other-key');
    expect(root.querySelectorAll('[data-testid=verify-package][data-listing=ok]')).toHaveLength(2);
    expect(root.textContent).toContain(
      `The 2 evidence packages of this export are intact, but signed by another key (fingerprint ${key.fingerprint})`,
    );
    expect(root.textContent).toContain('as reports.json lists it · intact, signed by another key');

    const entries = await entriesOf(good);
    const first = zip.collection.packages![0]!.path;
    entries[first] = entries[first]!.slice(0, -1);
    render(null, root);
    await act(() => render(<App />, root));
    const changed = await choose(new File([zipSync(entries)], 'changed.zip'));
    expect(changed?.getAttribute('data-result')).toBe('changed');
    expect(root.querySelector(`[data-testid=verify-package][data-path="${first}"]`)?.getAttribute('data-listing')).toBe(
      'changed',
    );
  });
});
