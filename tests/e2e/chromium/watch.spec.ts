import type { Page } from '@playwright/test';
import { expect, test, type Chrome } from '../fixtures';
import { signedWatchlist } from '../watchlist';
import { importListFiles } from './watch-steps';

const NAME = 'Réseau de veille test';
const NOTE = 'Déjà suivi par l’association : inutile de le signaler de nouveau.';

/** The message the extension itself shows for `key` (the browser picks French or English). */
const message = (page: Page, key: string, subs?: string[]) =>
  page.evaluate(([k, s]) => chrome.i18n.getMessage(k, s) as string, [key, subs] as const);

const storedLists = (chromium: Chrome) =>
  chromium.extensionPage().then((p) =>
    p.evaluate(
      () =>
        new Promise<number>((ok, ko) => {
          const req = indexedDB.open('vigie');
          req.onsuccess = () => {
            const count = req.result.transaction('watchlists').objectStore('watchlists').count();
            count.onsuccess = () => {
              ok(count.result);
              req.result.close();
            };
          };
          req.onerror = () => ko(req.error);
        }),
    ),
  );

const badge = async (chromium: Chrome, url: string) =>
  (await chromium.serviceWorker()).evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === url);
    return tab
      ? {
          text: await chrome.action.getBadgeText({ tabId: tab.id }),
          title: await chrome.action.getTitle({ tabId: tab.id }),
        }
      : null;
  }, url);

test.describe('Chromium: watchlists', () => {
  test('a signed list naming a fixture page: imported, checked with Ed25519, and shown by the popup on that page', async ({
    chromium,
    site,
  }) => {
    const target = `${site.origin}/demo/social-post.html`;
    const { list, rawKey, signature, tampered } = signedWatchlist(target, NAME, NOTE);

    const page = await chromium.context.newPage();
    await page.goto(chromium.url('/watchlists.html'));
    await page.getByTestId('watch-key-name').fill('Association test');
    await page.getByTestId('watch-key-value').fill(rawKey);
    await page.getByTestId('watch-key-add').click();
    await expect(page.getByTestId('watch-key')).toHaveCount(1);

    // A bad file: the message says why, and nothing is stored.
    await page
      .getByTestId('watch-file')
      .setInputFiles({ name: 'liste.txt', mimeType: 'text/plain', buffer: Buffer.from('example.org\n') });
    await page.getByTestId('watch-import').click();
    const unknown = await message(page, 'watchRejected', [await message(page, 'watchErrorUnknownFormat')]);
    await expect(page.getByTestId('watch-import-status')).toHaveText(unknown);
    await expect(page.getByTestId('watch-import-status')).toHaveAttribute('role', 'alert');

    // A list changed after signing: "signature does not match (rejected)", nothing stored.
    await importListFiles(page, tampered, signature);
    const mismatch = await message(page, 'watchRejected', [await message(page, 'watchSignatureMismatch')]);
    await expect(page.getByTestId('watch-import-status')).toHaveText(mismatch);
    await expect(page.getByTestId('watch-list')).toHaveCount(0);
    expect(await storedLists(chromium)).toBe(0);

    // The list as signed: verified by the browser's WebCrypto (Ed25519) and stored.
    await importListFiles(page, list, signature);
    await expect(page.getByTestId('watch-list')).toHaveCount(1);
    await expect(page.getByTestId('watch-list-name')).toHaveText(NAME);
    await expect(page.getByTestId('watch-list-note')).toHaveText(NOTE);
    await expect(page.getByTestId('watch-list-signature')).toHaveText(
      await message(page, 'watchSignedBy', ['Association test']),
    );
    expect(await storedLists(chromium)).toBe(1);

    // The popup on the listed page (activeTab, no tabs permission): the list's name and note.
    const web = await chromium.context.newPage();
    await web.goto(`${target}?utm_source=newsletter`);
    await chromium.triggerAction(web);
    const popup = await chromium.popup();
    await expect(popup.getByTestId('watch-match')).toContainText(NAME);
    await expect(popup.getByTestId('watch-match')).toContainText(NOTE);
    await expect(popup.getByTestId('report-page')).toBeVisible();
    await popup.close();

    // On a page that is on no list, the popup says nothing about lists.
    const other = await chromium.context.newPage();
    await other.goto(`${site.origin}/demo/forum-thread.html`);
    await chromium.triggerAction(other);
    const quiet = await chromium.popup();
    await expect(quiet.getByTestId('report-page')).toBeVisible();
    await expect(quiet.getByTestId('watch-match')).toHaveCount(0);

    // A disabled list is not matched.
    await page.bringToFront();
    await page.getByTestId('watch-list-enabled').uncheck();
    const sw = await chromium.serviceWorker();
    const tabId = await sw.evaluate(
      async (url) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === url)?.id,
      `${target}?utm_source=newsletter`,
    );
    await expect
      .poll(() => page.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'watch/match', tabId }), tabId))
      .toEqual({ ok: true, matches: [] });
  });

  test('watch mode asks for the optional tabs permission; without it no tab is badged', async ({ chromium, site }) => {
    const target = `${site.origin}/demo/social-post.html`;
    const { list } = signedWatchlist(target, NAME, NOTE);
    const page = await chromium.context.newPage();
    await page.goto(chromium.url('/watchlists.html'));
    await page
      .getByTestId('watch-file')
      .setInputFiles({ name: 'liste.json', mimeType: 'application/json', buffer: list });
    await page.getByTestId('watch-import').click();
    await expect(page.getByTestId('watch-list-signature')).toHaveText(await message(page, 'watchUnsigned'));

    // Not granted at install.
    const granted = () => page.evaluate(() => chrome.permissions.contains({ permissions: ['tabs'] }));
    expect(await granted()).toBe(false);
    await expect(page.getByTestId('watch-mode')).not.toBeChecked();
    // The click asks the browser (its dialog is browser UI that no test tool can answer: the
    // request stays pending, see tests/e2e/README.md); nothing is granted behind the user's back.
    await page.getByTestId('watch-mode').click();
    await page.waitForTimeout(500);
    expect(await granted()).toBe(false);

    // Without the permission the background never learns where tabs go: no badge. (The toolbar
    // click afterwards grants activeTab, so that the test can name the tab; the popup still tells.)
    const web = await chromium.context.newPage();
    await web.goto(target);
    await web.waitForTimeout(1000);
    await chromium.triggerAction(web);
    const popup = await chromium.popup();
    await expect(popup.getByTestId('watch-match')).toContainText(NAME);
    expect(await badge(chromium, target)).toEqual({ text: '', title: await message(page, 'actionTitle') });
  });
});
