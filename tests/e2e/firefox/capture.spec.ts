import type { Page } from 'puppeteer-core';
import { artefacts, drafts, expect, test, verifyStoredHashes } from '../fixtures';
import { unfold } from '../scenarios';

const composerStatus = (composer: Page) =>
  composer.evaluate(() => document.querySelector('[data-testid=draft-status]')?.getAttribute('data-status') ?? null);

// The tests open their own tabs and look up their own draft by its address: one Firefox for the file.
test.use({ oneBrowserPerFile: true });

test.describe('Firefox ESR: the built add-on installs and captures', () => {
  test('installs and opens its welcome page, saying it is not an official service', async ({ firefox }) => {
    const welcome = await firefox.extensionPage('welcome.html');
    const text = await welcome.evaluate(() => document.body.innerText);
    expect(text).toMatch(/pas un service officiel|not an official service/);
  });

  test('report this page → draft in IndexedDB → composer with screenshot, facts and hashes', async ({
    firefox,
    site,
  }) => {
    const url = `${site.origin}/demo/marketplace-listing.html`;
    await firefox.open(url);
    const response = await firefox.reportFromPopupPath(url);
    expect(response).toMatchObject({ ok: true });

    const composer = await firefox.extensionPage('composer.html');
    await expect.poll(() => composerStatus(composer)).toBe('ready');
    // The capture and its facts are folded under the steps: one click away.
    await unfold(composer, 'evidence');
    await composer.waitForSelector('[data-testid=screenshot]', { visible: true });
    const hashes = await composer.$$eval('[data-testid=sha256]', (els) => els.map((e) => e.textContent));
    expect(hashes).toHaveLength(3); // screenshot, facts, DOM snapshot (no MHTML in Firefox)
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);

    const db = await firefox.readDb();
    const draft = drafts(db).find((d) => d.target.url === url);
    expect(draft).toMatchObject({ mode: 'full', status: 'ready', target: { url } });
    expect(draft!.page?.title).toContain('Jouet lumineux');
    expect(
      artefacts(db)
        .filter((a) => a.draftId === draft!.id)
        .map((a) => a.kind)
        .sort(),
    ).toEqual(['dom-snapshot', 'facts', 'screenshot']);
    for (const h of await composer.evaluate(verifyStoredHashes)) expect(h.actual).toBe(h.stored);
  });

  test('the CSAM path stores no image or archive', async ({ firefox, site }) => {
    const url = `${site.origin}/demo/forum-thread.html`;
    await firefox.open(url);
    expect(await firefox.reportFromPopupPath(url, true)).toMatchObject({ ok: true });
    const composer = await firefox.extensionPage('composer.html');
    await composer.waitForSelector('[data-testid=csam-notice]');
    const db = await firefox.readDb();
    const draft = drafts(db).find((d) => d.target.url === url || d.target.pageUrl === url);
    expect(draft).toMatchObject({ csam: true, mode: 'url-only', page: null });
    expect(artefacts(db).filter((a) => a.draftId === draft!.id)).toEqual([]);
  });

  test('full page in one captureTab call', async ({ firefox, site }) => {
    const url = `${site.origin}/e2e/tall.html`;
    await firefox.open(url);
    await firefox.reportFromPopupPath(url);
    const composer = await firefox.extensionPage('composer.html');
    await expect.poll(() => composerStatus(composer)).toBe('ready');
    await unfold(composer, 'evidence');
    await composer.click('[data-testid=full-page]');
    await composer.waitForSelector('[data-kind=full-page]', { timeout: 30_000 });
    const db = await firefox.readDb();
    const draft = drafts(db).find((d) => d.target.url === url);
    const [full] = artefacts(db).filter((a) => a.draftId === draft!.id && a.kind === 'full-page');
    expect(full).toMatchObject({ mime: 'image/png' });
    const height = await composer.evaluate(async () => {
      const imgs = Array.from(document.querySelectorAll('figure.shot img')) as HTMLImageElement[];
      const img = imgs[imgs.length - 1]!;
      await img.decode();
      return img.naturalHeight;
    });
    expect(height).toBeGreaterThanOrEqual(5000);
  });
});
