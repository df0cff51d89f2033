/**
 * Firefox steps shared by the specs: report a page through the popup's path and wait for its
 * composer to be ready (Firefox has no `contextMenus.onClicked.dispatch`; see tests/e2e/README.md).
 */
import type { Page } from 'puppeteer-core';
import { drafts, expect, type Firefox } from '../fixtures';

export const composerStatus = (composer: Page) =>
  composer.evaluate(() => document.querySelector('[data-testid=draft-status]')?.getAttribute('data-status') ?? null);

/** Opens `url`, reports it as the popup does, and returns the composer once the draft is ready. */
export async function reportToReadyComposer(firefox: Firefox, url: string): Promise<Page> {
  await firefox.open(url);
  expect(await firefox.reportFromPopupPath(url)).toMatchObject({ ok: true });
  const composer = await firefox.extensionPage('composer.html');
  await expect.poll(() => composerStatus(composer)).toBe('ready');
  return composer;
}

/** Opens `url`, reports it as the popup does, and returns the id of the new draft once it is ready. */
export async function reportNewDraft(firefox: Firefox, url: string, known: readonly string[]): Promise<string> {
  await firefox.open(url);
  expect(await firefox.reportFromPopupPath(url)).toMatchObject({ ok: true });
  let id: string | undefined;
  await expect
    .poll(
      async () => (id = drafts(await firefox.readDb()).find((d) => !known.includes(d.id) && d.status === 'ready')?.id),
    )
    .toBeDefined();
  return id!;
}
