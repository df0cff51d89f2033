/** Chromium steps shared by the specs: report a page from the context menu and wait for its composer. */
import type { Page } from '@playwright/test';
import { expect, type Chrome } from '../fixtures';

/** The draft id a composer shows (its address's fragment). */
export const draftIdOf = (composer: Page) => decodeURIComponent(new URL(composer.url()).hash.slice(1));

/** Opens `url`, reports it from the context menu, and returns its composer once the capture is ready. */
export async function reportToReadyComposer(chromium: Chrome, url: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(url);
  await chromium.clickMenu(page, 'vigie-report');
  const composer = await chromium.composer();
  await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
  return composer;
}
