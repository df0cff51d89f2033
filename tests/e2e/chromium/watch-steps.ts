/** Chromium steps shared by the watchlist specs. */
import type { Page } from '@playwright/test';

/** Chooses a list file (and its signature, if any) on the watchlists page and imports it. */
export async function importListFiles(page: Page, list: Buffer, signature?: Buffer) {
  await page
    .getByTestId('watch-file')
    .setInputFiles({ name: 'liste.json', mimeType: 'application/json', buffer: list });
  if (signature)
    await page
      .getByTestId('watch-signature')
      .setInputFiles({ name: 'liste.json.sig', mimeType: 'text/plain', buffer: signature });
  await page.getByTestId('watch-import').click();
}
