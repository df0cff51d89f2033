import type { Page } from 'puppeteer-core';
import { launchFirefox } from '../../harness/firefox.mjs';
import { drafts, expect, test } from '../fixtures';
import * as h from '../history';
import { signedWatchlist } from '../watchlist';
import { downloadedJson, firefoxWithDownloads } from './downloads';
import { reportNewDraft } from './report';

const NAME = 'Réseau de veille test';
const NOTE = 'Déjà suivi par l’association : inutile de le signaler de nouveau.';

/** Puts a file in a file input as a user's choice would (WebDriver BiDi has no file picker). */
const chooseFile = (page: Page, testId: string, name: string, bytes: Buffer) =>
  page.evaluate(
    (testId, name, base64) => {
      const input = document.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    testId,
    name,
    bytes.toString('base64'),
  );

const text = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);
const message = (page: Page, key: string, subs?: string[]) =>
  page.evaluate((k, s) => browser.i18n.getMessage(k, s) as string, key, subs);

test('Firefox: a signed list is checked with Ed25519, the popup’s question finds the page, and watch mode badges its tab', async ({
  site,
}) => {
  // Firefox's own switch for tests: optional permissions are granted without the prompt (still
  // only from a real user action, which the click below is).
  const firefox = await launchFirefox({
    proxy: site.origin,
    prefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  try {
    const target = `${site.origin}/demo/social-post.html`;
    const { list, rawKey, signature, tampered } = signedWatchlist(target, NAME, NOTE);
    const welcome = await firefox.extensionPage('welcome.html');
    await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/watchlists.html') }));
    const page = await firefox.extensionPage('watchlists.html');

    await page.type('[data-testid=watch-key-name]', 'Association test');
    await page.type('[data-testid=watch-key-value]', rawKey);
    await page.click('[data-testid=watch-key-add]');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-testid=watch-key]').length)).toBe(1);

    // A bad file, then a list changed after signing: refused with the reason, nothing stored.
    await chooseFile(page, 'watch-file', 'liste.csv', Buffer.from('# vigie-watchlist 1\nkind,value\ndomain,a.fr\n'));
    await page.click('[data-testid=watch-import]');
    const noName = await message(page, 'watchRejected', [await message(page, 'watchErrorNameMissing')]);
    await expect.poll(() => text(page, 'watch-import-status')).toBe(noName);
    await chooseFile(page, 'watch-file', 'liste.json', tampered);
    await chooseFile(page, 'watch-signature', 'liste.json.sig', signature);
    await page.click('[data-testid=watch-import]');
    const mismatch = await message(page, 'watchRejected', [await message(page, 'watchSignatureMismatch')]);
    await expect.poll(() => text(page, 'watch-import-status')).toBe(mismatch);
    expect(await page.evaluate(() => document.querySelectorAll('[data-testid=watch-list]').length)).toBe(0);

    // The list as signed: Firefox's WebCrypto verifies it.
    await chooseFile(page, 'watch-file', 'liste.json', list);
    await chooseFile(page, 'watch-signature', 'liste.json.sig', signature);
    await page.click('[data-testid=watch-import]');
    const signedBy = await message(page, 'watchSignedBy', ['Association test']);
    await expect.poll(() => text(page, 'watch-list-signature')).toBe(signedBy);
    expect(await text(page, 'watch-list-name')).toBe(NAME);
    expect(await text(page, 'watch-list-note')).toBe(NOTE);

    // The popup's question for the listed page's tab (the popup cannot be opened over WebDriver:
    // the same message, from an extension page).
    const web = await firefox.open(target);
    const tabId = await page.evaluate(
      async (url) => (await browser.tabs.query({})).find((t: { url?: string }) => t.url === url)?.id as number,
      target,
    );
    const answer = await page.evaluate((tabId) => browser.runtime.sendMessage({ type: 'watch/match', tabId }), tabId);
    expect(answer).toEqual({ ok: true, matches: [{ listName: NAME, note: NOTE, kind: 'sha256' }] });

    const granted = () =>
      page.evaluate(() => browser.permissions.contains({ permissions: ['tabs'] }) as Promise<boolean>);
    const badge = () =>
      page.evaluate(
        async (tabId) => ({
          text: (await browser.action.getBadgeText({ tabId })) as string,
          title: (await browser.action.getTitle({ tabId })) as string,
        }),
        tabId,
      );
    // Watch mode off: no badge, even though this test build can read every tab's address.
    expect(await granted()).toBe(false);
    await web.reload();
    await new Promise((r) => setTimeout(r, 1000));
    expect((await badge()).text).toBe('');

    // On: a real click asks for `tabs`; the listed tab gets its badge on the next navigation.
    await page.bringToFront();
    await page.click('[data-testid=watch-mode]');
    await expect.poll(granted).toBe(true);
    const on = await message(page, 'watchModeOn');
    await expect.poll(() => text(page, 'watch-mode-status')).toBe(on);
    await web.reload();
    await expect.poll(async () => (await badge()).text).toBe('!');
    expect((await badge()).title).toContain(NAME);

    // Off: the permission is given back and the badges cleared.
    await page.bringToFront();
    await page.click('[data-testid=watch-mode]');
    await expect.poll(granted).toBe(false);
    await expect.poll(async () => (await badge()).text).toBe('');
  } finally {
    await firefox.close();
  }
});

test('Firefox: the history exports a watchlist of the reports (never the CSAM one), which the Watchlists page imports and matches', async ({
  site,
}) => {
  const { firefox, dir, close } = await firefoxWithDownloads(site.origin);
  try {
    const post = `${site.origin}/demo/social-post.html`;
    const forum = `${site.origin}/demo/forum-thread.html`;
    const reported = await reportNewDraft(firefox, post, []);
    await firefox.open(forum);
    expect(await firefox.reportFromPopupPath(forum, true)).toMatchObject({ ok: true });
    await expect.poll(async () => drafts(await firefox.readDb()).some((d) => d.id !== reported && d.csam)).toBe(true);

    const welcome = await firefox.extensionPage('welcome.html');
    await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/reports.html') }));
    const history = await firefox.extensionPage('reports.html');
    await h.rowsWhen(history as unknown as h.HistoryPage, 2);
    await history.type('[data-testid=watchlist-name]', 'Veille partagée');
    await history.click('[data-testid=watchlist-export-button]');
    const list = await downloadedJson<{ name: string; sha256: string[] }>(dir, /^vigie-watchlist-.*\.json$/);
    expect(list.name).toBe('Veille partagée');
    expect(list.sha256).toHaveLength(1);

    await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/watchlists.html') }));
    const page = await firefox.extensionPage('watchlists.html');
    await chooseFile(page, 'watch-file', 'liste.json', Buffer.from(JSON.stringify(list)));
    await page.click('[data-testid=watch-import]');
    await expect.poll(() => text(page, 'watch-list-name')).toBe('Veille partagée');

    // The popup's question for each page's tab: the post is on the list, the CSAM page is not.
    const ask = async (url: string) => {
      const tabId = await page.evaluate(
        async (url) => (await browser.tabs.query({})).find((t: { url?: string }) => t.url === url)?.id as number,
        url,
      );
      return page.evaluate((tabId) => browser.runtime.sendMessage({ type: 'watch/match', tabId }), tabId);
    };
    expect(await ask(post)).toMatchObject({ ok: true, matches: [{ listName: 'Veille partagée', kind: 'sha256' }] });
    expect(await ask(forum)).toEqual({ ok: true, matches: [] });
  } finally {
    await close();
  }
});
