// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/settings/App';
import { shortcutHelp } from '@/entrypoints/settings/shortcut';
import { DB_NAME } from '@/utils/db/database';
import { readSettings } from '@/utils/db/settings-repo';
import { useLocale } from '../format/fake-i18n';

let host: HTMLElement | undefined;
afterEach(async () => {
  if (host) render(null, host);
  host?.remove();
  host = undefined;
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
});

const settle = () => act(() => new Promise((r) => setTimeout(r, 30)));

async function show(shortcut: string): Promise<HTMLElement> {
  useLocale('en');
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([{ name: 'report-page', shortcut }]);
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<App />, host!));
  await settle();
  return host;
}

const pick = (page: HTMLElement, testId: string) => page.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;

describe('settings page', () => {
  it('shows the defaults: citizen, blurred previews, identity included, browser language, the shortcut', async () => {
    const page = await show('Alt+Shift+V');
    expect(pick(page, 'role-citizen').checked).toBe(true);
    expect(pick(page, 'blur-previews').checked).toBe(true);
    expect(pick(page, 'include-identity').checked).toBe(true);
    expect((pick(page, 'text-language') as unknown as HTMLSelectElement).value).toBe('auto');
    expect(pick(page, 'settings-shortcut').textContent).toContain('Alt+Shift+V');
  });

  it('saves each choice as it is made, and says so', async () => {
    const page = await show('');
    await act(() => {
      pick(page, 'role-parent').click();
    });
    await settle();
    await act(() => {
      pick(page, 'blur-previews').click();
    });
    await settle();
    const select = pick(page, 'text-language') as unknown as HTMLSelectElement;
    select.value = 'en';
    await act(() => {
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(await readSettings()).toMatchObject({ role: 'parent', blurPreviews: false, textLanguage: 'en' });
    expect(pick(page, 'settings-status').textContent).toBe('Saved.');
    expect(pick(page, 'settings-shortcut').textContent).not.toBe('');
  });

  it('tells where each browser changes the shortcut', () => {
    expect(shortcutHelp('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(
      'settingsShortcutHowFirefox',
    );
    expect(shortcutHelp('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/142.0 Safari/537.36')).toBe(
      'settingsShortcutHowChromium',
    );
  });
});
