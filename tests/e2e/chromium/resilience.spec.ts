import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../harness/chromium.mjs';
import { artefacts, drafts, expect, test } from '../fixtures';
import { unfold } from '../scenarios';

// The full-page tests each open their own tab and report it; none stores a full page, which each
// checks across the whole database: one Chromium for them (the restart test launches its own).
test.use({ oneBrowserPerFile: true });

test.describe('Chromium: drafts and captures under adverse conditions', () => {
  test('a draft survives a browser restart and is listed by the popup', async ({ site }) => {
    const profileDir = await mkdtemp(join(tmpdir(), 'vigie-restart-'));
    try {
      const first = await launchChromium({ profileDir });
      const page = await first.context.newPage();
      await page.goto(`${site.origin}/demo/social-post.html`);
      await first.clickMenu(page, 'vigie-report');
      const composer = await first.composer();
      await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
      const [before] = drafts(await first.readDb());
      await first.close();

      const second = await launchChromium({ profileDir });
      try {
        const db = await second.readDb();
        expect(drafts(db).map((d) => d.id)).toEqual([before!.id]);
        expect(
          artefacts(db)
            .map((a) => a.kind)
            .sort(),
        ).toEqual(['dom-snapshot', 'facts', 'mhtml', 'screenshot']);
        const tab = await second.context.newPage();
        await tab.goto(`${site.origin}/demo/`);
        await second.triggerAction(tab);
        const popup = await second.popup();
        await expect(popup.locator(`[data-draft-id="${before!.id}"]`)).toBeVisible();
      } finally {
        await second.close();
      }
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  });

  for (const [name, disturb, message] of [
    ['the user scrolls', 'setInterval(() => scrollBy(0, 37), 60)', /défilé|scrolled/],
    [
      'the page grows',
      "setInterval(() => document.body.append(Object.assign(document.createElement('div'), { style: 'height:300px' })), 60)",
      /changé|changed/,
    ],
  ] as const) {
    test(`full-page capture aborts cleanly when ${name}, stores nothing and restores the page`, async ({
      chromium,
      site,
    }) => {
      const page = await chromium.context.newPage();
      await page.goto(`${site.origin}/e2e/tall.html`);
      await chromium.clickMenu(page, 'vigie-report');
      const composer = await chromium.composer();
      await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
      await unfold(composer, 'evidence');
      await composer.getByTestId('full-page').click();
      await expect(composer.getByTestId('full-page-progress')).toBeVisible();
      // Disturb the page once the capture has started.
      await page.evaluate((code) => (0, eval)(code), disturb);
      await expect(composer.getByRole('alert')).toContainText(message, { timeout: 30_000 });
      await expect(composer.getByTestId('full-page')).toBeEnabled();
      expect(artefacts(await chromium.readDb()).filter((a) => a.kind === 'full-page')).toEqual([]);
      // Fixed elements hidden for the stitch are visible again.
      expect(await page.evaluate(() => getComputedStyle(document.getElementById('fixed-header')!).visibility)).toBe(
        'visible',
      );
      expect(await page.evaluate(() => document.querySelectorAll('[data-vigie-hidden]').length)).toBe(0);
    });
  }

  test('full-page capture stops when another tab comes to the front, and stores nothing of either tab', async ({
    chromium,
    site,
  }) => {
    const other = await chromium.context.newPage();
    await other.goto(`${site.origin}/demo/social-post.html`);
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/e2e/tall.html`);
    // Forty screens (the most a capture takes, paced at two a second): the switch below lands
    // mid-capture even on a slow machine.
    await page.evaluate(() => {
      for (let i = 0; i < 30; i++)
        document.body.append(Object.assign(document.createElement('div'), { className: 'band' }));
    });
    await chromium.clickMenu(page, 'vigie-report');
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    await unfold(composer, 'evidence');
    await composer.getByTestId('full-page').click();
    await expect(composer.getByTestId('full-page-progress')).toBeVisible();
    // The user switches to another tab mid-capture: the next slice would show that tab.
    await other.bringToFront();
    await expect(composer.getByRole('alert')).toContainText(/autre onglet|Another tab/, { timeout: 30_000 });
    await expect(composer.getByTestId('full-page')).toBeEnabled();
    expect(artefacts(await chromium.readDb()).filter((a) => a.kind === 'full-page')).toEqual([]);
  });

  test('a full-page capture can be cancelled, and then stores nothing', async ({ chromium, site }) => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/e2e/tall.html`);
    await chromium.clickMenu(page, 'vigie-report');
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    await unfold(composer, 'evidence');
    await composer.getByTestId('full-page').click();
    await composer.getByTestId('full-page-cancel').click();
    await expect(composer.getByRole('alert')).toContainText(/annulée|cancelled/, { timeout: 30_000 });
    expect(artefacts(await chromium.readDb()).filter((a) => a.kind === 'full-page')).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('[data-vigie-hidden]').length)).toBe(0);
  });
});
