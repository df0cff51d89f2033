import { join } from 'node:path';
import { ROOT } from '../../harness/chromium.mjs';
import { launchFirefox } from '../../harness/firefox.mjs';
import { expect, test } from '../fixtures';

test('the production Firefox build installs with activeTab and no host permission', async ({ site }) => {
  const firefox = await launchFirefox({ extensionDir: join(ROOT, '.output/firefox-mv3'), proxy: site.origin });
  try {
    const welcome = await firefox.extensionPage('welcome.html');
    const granted = await welcome.evaluate(() => browser.permissions.getAll());
    expect(granted.origins ?? []).toEqual([]);
    expect(granted.permissions).toEqual(expect.arrayContaining(['activeTab', 'contextMenus', 'scripting']));
    // Without a user gesture on the page, Vigie cannot capture it.
    await firefox.open(`${site.origin}/demo/social-post.html`);
    const error = await welcome.evaluate(async (origin) => {
      const tab = (await browser.tabs.query({})).find((t: { url?: string }) => t.url?.startsWith(origin));
      try {
        await browser.tabs.captureVisibleTab(tab?.windowId, { format: 'png' });
        return 'captured';
      } catch (e) {
        return String(e);
      }
    }, site.origin);
    expect(error).not.toBe('captured');
  } finally {
    await firefox.close();
  }
});
