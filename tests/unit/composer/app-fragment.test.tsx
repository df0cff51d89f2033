// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '@/entrypoints/composer/App';
import { useLocale } from '../format/fake-i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
  location.hash = '';
});

async function showAt(hash: string): Promise<string> {
  location.hash = hash;
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App />, root));
  return root.textContent ?? '';
}

describe('composer fragment', () => {
  it.each(['#%E0%A4%A', '#%', '#not-a-draft', ''])(
    'shows "draft missing" for %j instead of a blank page',
    async (hash) => {
      useLocale('en');
      const text = await showAt(hash);
      expect(text).toContain('This draft does not exist or was deleted.');
    },
  );

  it('follows a fragment change to another draft', async () => {
    useLocale('en');
    expect(await showAt('#%E0%A4%A')).toContain('This draft does not exist');
    await act(() => {
      location.hash = '#0b7e2c1a-4f3d-4c8e-9a21-6d5f0e3b7c99';
      dispatchEvent(new HashChangeEvent('hashchange'));
    });
    // A well-formed id: the page now loads it (from IndexedDB) rather than keeping the old verdict.
    expect(root.textContent).toContain('Loading');
  });
});
