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
import { entriesOf, makeArtefact, makeDraft, pngLike, testKey } from './helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function packageFile(): Promise<File> {
  const draft = makeDraft({ qualification: { ...emptyQualification(), categoryId: 'spam', role: 'witness' } });
  const shot = await makeArtefact(draft.id, 'screenshot', pngLike(3000));
  const { blob } = await buildEvidencePackage(draft, [shot], {
    lang: 'en',
    key: await testKey(),
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
  it('has a labelled file picker, says "intact" and that the key is another installation’s', async () => {
    useLocale('en');
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<App />, root));
    const input = root.querySelector('#verify-file')!;
    expect(root.querySelector('label[for=verify-file]')?.textContent).toBe('Package to verify (ZIP file)');
    expect(input.getAttribute('type')).toBe('file');
    const result = await choose(await packageFile());
    expect(result?.getAttribute('data-result')).toBe('intact');
    expect(root.textContent).toContain('Intact: every file matches the signed manifest.');
    expect(root.textContent).toContain('Signed by another installation of Vigie');
    expect(root.querySelector('[data-testid=verify-status]')?.getAttribute('role')).toBe('status');
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
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Changed');

    const junk = await choose(new File(['hello'], 'junk.zip'));
    expect(junk?.getAttribute('data-result')).toBe('not-zip');
    expect(junk?.getAttribute('role')).toBe('alert');
    expect(junk?.textContent).toBe('This file is not a readable ZIP archive.');
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
    expect(result?.getAttribute('data-result')).toBe('intact');
    expect(root.querySelectorAll('[data-testid=verify-package][data-listing=ok]')).toHaveLength(2);
    expect(root.textContent).toContain('The 2 evidence packages of this export are intact');

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
