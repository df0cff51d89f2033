import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../fixtures';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Every build the suite loads or ships (production and test builds alike). */
const BUILDS = ['chrome-mv3', 'firefox-mv3', 'chrome-mv3-e2e', 'firefox-mv3-e2e', 'chrome-mv3-e2e-watch'];

test.describe("Chromium: the browser's own pages are left alone", () => {
  test('no built manifest overrides a browser page', () => {
    for (const build of BUILDS) {
      const manifest = JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(Object.keys(manifest), build).not.toContain('chrome_url_overrides');
      expect(Object.keys(manifest), build).not.toContain('chrome_settings_overrides');
    }
  });

  test("chrome://history stays the browser's; Vigie's history opens as reports.html, and old links follow", async ({
    chromium,
  }) => {
    const page = await chromium.context.newPage();
    await page.goto('chrome://history');
    // The browser's own history app, not Vigie's page.
    await expect(page.locator('history-app')).toHaveCount(1);
    expect(page.url()).toMatch(/^chrome:\/\/history/);

    await page.goto(chromium.url('/reports.html'));
    await expect(page.locator('main.history')).toBeVisible();

    // A link or bookmark to the former address lands on the same page, fragment kept.
    await page.goto(chromium.url('/history.html#from-an-old-link'));
    await expect(page).toHaveURL(chromium.url('/reports.html#from-an-old-link'));
    await expect(page.locator('main.history')).toBeVisible();
    await page.close();
  });
});
