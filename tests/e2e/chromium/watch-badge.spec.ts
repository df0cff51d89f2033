/**
 * Watch mode's toolbar badge in Chromium, on the `e2e-watch` build (`.output/chrome-mv3-e2e-watch`:
 * the production code with `tabs` granted at install). Headless Chromium cannot answer the dialog
 * of the optional `tabs` permission (see tests/e2e/README.md), so this build stands for the user's
 * "Allow"; everything after it is the production path: the real `tabs.onUpdated`/`onActivated`
 * listeners, the real IndexedDB lists, the real `chrome.action` badge read back per tab.
 */
import type { Page } from '@playwright/test';
import { expect, test, type Chrome } from '../fixtures';
import { signedWatchlist } from '../watchlist';
import { importListFiles } from './watch-steps';

const NAME = 'Réseau de veille test';
const NOTE = 'Déjà suivi par l’association : inutile de le signaler de nouveau.';

/** The message the extension itself shows for `key` (the browser picks French or English). */
const message = (page: Page, key: string, subs?: string[]) =>
  page.evaluate(([k, s]) => chrome.i18n.getMessage(k, s) as string, [key, subs] as const);

/** The id of the tab showing `url` (readable from the worker: `tabs` is granted). */
const tabIdOf = async (chromium: Chrome, url: string) => {
  const find = async () =>
    (await chromium.serviceWorker()).evaluate(
      async (url) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === url)?.id ?? null,
      url,
    );
  await expect.poll(find).not.toBeNull();
  return (await find()) as number;
};

/** What Vigie's toolbar button shows on that tab. */
const badge = async (chromium: Chrome, tabId: number) =>
  (await chromium.serviceWorker()).evaluate(
    async (tabId) => ({
      text: await chrome.action.getBadgeText({ tabId }),
      title: await chrome.action.getTitle({ tabId }),
    }),
    tabId,
  );

test('Chromium, tabs granted: the listed page’s tab gets « ! » and the list’s name, another page or tab none, and the badge leaves with the list and with watch mode', async ({
  chromiumWatching: chromium,
  site,
}) => {
  const target = `${site.origin}/demo/social-post.html`;
  const elsewhere = `${site.origin}/demo/forum-thread.html`;
  const { list, rawKey, signature } = signedWatchlist(target, NAME, NOTE);

  // The build under test: `tabs` is already granted, so the watchlists page shows watch mode on.
  const page = await chromium.context.newPage();
  await page.goto(chromium.url('/watchlists.html'));
  expect(await page.evaluate(() => chrome.permissions.contains({ permissions: ['tabs'] }))).toBe(true);
  await expect(page.getByTestId('watch-mode')).toBeChecked();
  const badged = { text: '!', title: await message(page, 'watchBadgeTitle', [NAME]) };
  const plain = { text: '', title: await message(page, 'actionTitle') };
  expect(badged.title).toContain(NAME);

  // A signed list naming the fixture page, verified and stored.
  await page.getByTestId('watch-key-name').fill('Association test');
  await page.getByTestId('watch-key-value').fill(rawKey);
  await page.getByTestId('watch-key-add').click();
  await expect(page.getByTestId('watch-key')).toHaveCount(1);
  await importListFiles(page, list, signature);
  await expect(page.getByTestId('watch-list-signature')).toHaveText(
    await message(page, 'watchSignedBy', ['Association test']),
  );

  // A tab navigates to the listed page (with a tracking parameter, which the normalization drops):
  // « ! » and the list's name on that tab, in the badge colour.
  const web = await chromium.context.newPage();
  const listed = `${target}?utm_source=newsletter`;
  await web.goto(listed);
  const webTab = await tabIdOf(chromium, listed);
  /** Waits until the listed page's tab shows exactly this badge (text and title). */
  const badgeBecomes = (expected: typeof plain) => expect.poll(() => badge(chromium, webTab)).toEqual(expected);
  await badgeBecomes(badged);
  expect(
    await (
      await chromium.serviceWorker()
    ).evaluate((tabId) => chrome.action.getBadgeBackgroundColor({ tabId }), webTab),
  ).toEqual([0xb4, 0x53, 0x09, 255]);

  // Another tab on a page that is on no list: no badge there, while the listed tab keeps its own.
  const other = await chromium.context.newPage();
  await other.goto(elsewhere);
  const otherTab = await tabIdOf(chromium, elsewhere);
  expect(await badge(chromium, otherTab)).toEqual(plain);
  expect(await badge(chromium, webTab)).toEqual(badged);

  // The listed tab leaves for a page on no list: its badge goes; back on the listed page, it returns.
  await web.bringToFront();
  await web.goto(elsewhere);
  await badgeBecomes(plain);
  await web.goto(listed);
  await badgeBecomes(badged);

  // The list disabled on the watchlists page: the tab in front loses its badge (the page announces
  // the change; the worker drops its copy of the lists and refreshes the tabs in front).
  await page.bringToFront();
  await page.getByTestId('watch-list-enabled').uncheck();
  await web.bringToFront();
  await badgeBecomes(plain);
  await page.bringToFront();
  await page.getByTestId('watch-list-enabled').check();
  await web.bringToFront();
  await web.reload();
  await badgeBecomes(badged);

  // Watch mode off. This build cannot give `tabs` back (a required permission cannot be removed;
  // the real removal is covered in Firefox): the worker's real `permissions.onRemoved` listener
  // is run as Chromium runs it when the permission goes, and every tab's badge is cleared.
  await (
    await chromium.serviceWorker()
  ).evaluate(() => chrome.permissions.onRemoved.dispatch({ permissions: ['tabs'], origins: [] }));
  await badgeBecomes(plain);
  expect(await badge(chromium, otherTab)).toEqual(plain);
});
