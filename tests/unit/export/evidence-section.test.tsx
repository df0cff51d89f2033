// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { unzipSync } from 'fflate';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Evidence } from '@/entrypoints/composer/Evidence';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { useLocale } from '../format/fake-i18n';
import { draftInput } from '../db/helpers';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('composer: evidence section', () => {
  it('a link-only report says so, and its download is a text-only ZIP saved through <a download>', async () => {
    useLocale('en');
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Vigie',
      version: '9.9.9',
    });
    const draft = await draftsRepository.create({ ...draftInput({ csam: true, mode: 'url-only', status: 'ready' }) });
    const saved: { blob: Blob | null; name: string } = { blob: null, name: '' };
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved.blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.name = this.download;
    });
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Evidence draft={draft} artefacts={[]} />, root));
    expect(root.querySelector('[data-testid=evidence-package-link-only]')?.textContent).toContain('Link-only report');
    expect(root.querySelector('[data-testid=evidence-package-copies]')).toBeNull();
    expect(root.querySelector('a[href="/verify.html"]')?.textContent).toBe('Verify an evidence package');
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid=evidence-package-download]')!.click());
    for (let i = 0; i < 300 && !saved.name; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
    expect(saved.name).toMatch(/^vigie-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);
    expect(root.querySelector('[data-testid=evidence-package-status]')?.textContent).toContain(saved.name);
    const entries = unzipSync(new Uint8Array(await saved.blob!.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['manifest.json', 'manifest.sig', 'report.json', 'report.txt']);
    expect(JSON.parse(new TextDecoder().decode(entries['manifest.json'])).vigieVersion).toBe('9.9.9');
  });
});
