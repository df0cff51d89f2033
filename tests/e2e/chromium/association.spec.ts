/**
 * A volunteer groups reports under a campaign in the history and exports them for their
 * association, in real Chromium with the built extension and its real IndexedDB: the tag is
 * stored on each record and filters the list; the "addresses and fingerprints only" JSON holds
 * the stored SHA-256 of every capture and nothing read on the page; the full ZIP holds one signed
 * package per report whose fingerprint matches reports.json.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { artefacts, drafts, expect, test, type Chrome } from '../fixtures';
import * as s from '../scenarios';
import * as h from '../history';
import { draftIdOf, reportToReadyComposer } from './report';

async function capture(chromium: Chrome, url: string): Promise<string> {
  const composer = await reportToReadyComposer(chromium, url);
  const id = draftIdOf(composer);
  if (url === s.X_POST) await s.terrorismOnX(composer);
  await composer.close();
  return id;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test('a campaign tags reports, filters the history, and exports them for an association', async ({ chromium }) => {
  const x = await capture(chromium, s.X_POST);
  const tiktok = await capture(chromium, s.TIKTOK_VIDEO);
  const leboncoin = await capture(chromium, s.LEBONCOIN_AD);

  const history = await chromium.context.newPage();
  await history.goto(chromium.url('/reports.html'));
  await h.rowsWhen(history, 3);

  // Tag two reports at once: typed once, tidied, the repeat dropped.
  await history.locator(`[data-draft-id="${x}"] [data-testid=row-select]`).check();
  await history.locator(`[data-draft-id="${tiktok}"] [data-testid=row-select]`).check();
  await history.getByTestId('tag-input').fill(' Raid  12 mars , raid 12 MARS; Compte @x');
  await history.getByTestId('tag-selected').click();
  await expect
    .poll(async () =>
      drafts(await chromium.readDb()).filter((d) => (d as unknown as { tags: string[] }).tags.length > 0),
    )
    .toHaveLength(2);
  const tagged = await chromium.readDb();
  const tagsOf = (id: string) => (drafts(tagged).find((d) => d.id === id) as unknown as { tags: string[] }).tags;
  expect(tagsOf(x)).toEqual(['Raid 12 mars', 'Compte @x']);
  expect(tagsOf(tiktok)).toEqual(['Raid 12 mars', 'Compte @x']);
  expect(tagsOf(leboncoin)).toEqual([]);

  // The campaign filters the list; removing it from one report takes that one out.
  await history.getByTestId('filter-tag').selectOption('Raid 12 mars');
  expect((await h.rowsWhen(history, 2)).map((r) => r.id).sort()).toEqual([x, tiktok].sort());
  await history.locator(`[data-draft-id="${tiktok}"] [data-tag="Raid 12 mars"] [data-testid=tag-remove]`).click();
  expect((await h.rowsWhen(history, 1)).map((r) => r.id)).toEqual([x]);
  const untagged = drafts(await chromium.readDb()).find((d) => d.id === tiktok) as unknown as { tags: string[] };
  expect(untagged.tags).toEqual(['Compte @x']);

  // Export what the filter shows (nothing selected any more): addresses and fingerprints only.
  await history.getByTestId('filter-tag').selectOption('');
  await history.getByTestId('filter-tag').selectOption('Compte @x');
  await h.rowsWhen(history, 2);
  await history
    .locator('[data-testid=row-select]:checked')
    .evaluateAll((els) => els.forEach((e) => (e as HTMLInputElement).click()));
  await expect(history.getByTestId('association-hashes-only')).toBeChecked();
  const json = await downloaded(history, () => history.getByTestId('association-json').click());
  expect(json.name).toMatch(/^vigie-association-\d{4}-\d{2}-\d{2}\.json$/);
  const collection = JSON.parse(json.bytes.toString('utf8')) as {
    format: string;
    content: string;
    reports: h.ExportedReport[];
  };

  expect(collection).toMatchObject({ format: 'vigie-report-collection', content: 'hashes-and-urls' });
  expect(collection.reports.map((r) => r.reportId).sort()).toEqual([x, tiktok].sort());
  h.expectFingerprintsOnly(collection.reports, artefacts(await chromium.readDb()));

  // The full export: one ZIP, a signed package per report, each package's fingerprint listed.
  await history.getByTestId('association-hashes-only').uncheck();
  const zip = await downloaded(history, () => history.getByTestId('association-zip').click());
  await expect(history.getByTestId('association-status')).toHaveAttribute('data-state', 'done');
  const entries = unzipSync(new Uint8Array(zip.bytes));
  const full = JSON.parse(new TextDecoder().decode(entries['reports.json'])) as {
    content: string;
    packages: { reportId: string; path: string; sha256: string }[];
  };
  expect(full.content).toBe('full');
  expect(full.packages.map((p) => p.reportId).sort()).toEqual([x, tiktok].sort());
  for (const p of full.packages) {
    const inner = unzipSync(entries[p.path]!);
    expect(sha256(entries[p.path]!)).toBe(p.sha256);
    expect(Object.keys(inner)).toEqual(expect.arrayContaining(['manifest.json', 'manifest.sig', 'report.json']));
    const manifest = JSON.parse(new TextDecoder().decode(inner['manifest.json'])) as { reportId: string };
    expect(manifest.reportId).toBe(p.reportId);
  }
  expect(new TextDecoder().decode(entries['reports.csv'])).toContain('"reportId"');

  // The association checks what it received on Vigie's verify page: the signed list, every package intact.
  const verify = await chromium.context.newPage();
  await verify.goto(chromium.url('/verify.html'));
  await verify
    .getByTestId('verify-file')
    .setInputFiles({ name: zip.name, mimeType: 'application/zip', buffer: zip.bytes });
  await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'intact-own');
  await expect(verify.getByTestId('verify-verdict').first()).toHaveText(
    /(intacts et signés par cette installation|intact and signed by this installation)/,
  );
  await expect(verify.locator('[data-testid=verify-package][data-listing=ok]')).toHaveCount(2);
  await expect(verify.getByTestId('verify-list-signature')).toHaveAttribute('data-signature', 'valid');
});
