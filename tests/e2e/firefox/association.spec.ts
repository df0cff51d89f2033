/**
 * Campaigns and the export for an association in real Firefox ESR with the built extension and
 * its real IndexedDB: two reports tagged at once from the history, the tag filter, and the
 * "addresses and fingerprints only" JSON written to the downloads folder, holding each capture's
 * stored SHA-256 and nothing read on the page.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox } from '../../harness/firefox.mjs';
import { artefacts, drafts, eventually, expect, test, type Firefox } from '../fixtures';
import * as s from '../scenarios';
import * as h from '../history';

async function capture(firefox: Firefox, url: string, known: string[]): Promise<string> {
  await firefox.open(url);
  expect(await firefox.reportFromPopupPath(url)).toMatchObject({ ok: true });
  const db = await eventually(
    () => firefox.readDb(),
    (db) => drafts(db).some((d) => !known.includes(d.id) && d.status === 'ready'),
  );
  return drafts(db).find((d) => !known.includes(d.id))!.id;
}

type Collection = {
  format: string;
  content: string;
  reports: {
    reportId: string;
    observed: { tabTitle?: string };
    pageClaims: unknown;
    tags?: string[];
    files: { sha256: string }[];
  }[];
};

test('Firefox: a campaign tags two reports, filters the history, and exports them for an association', async ({
  site,
}) => {
  const downloads = await mkdtemp(join(tmpdir(), 'vigie-downloads-'));
  const firefox = await launchFirefox({
    proxy: site.origin,
    prefs: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  try {
    const x = await capture(firefox, s.X_POST, []);
    const tiktok = await capture(firefox, s.TIKTOK_VIDEO, [x]);
    const leboncoin = await capture(firefox, s.LEBONCOIN_AD, [x, tiktok]);

    const welcome = await firefox.extensionPage('welcome.html');
    await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/history.html') }));
    const tab = await firefox.extensionPage('history.html');
    const history = tab as unknown as h.HistoryPage;
    await h.rowsWhen(history, 3);

    await tab.click(`[data-draft-id="${x}"] [data-testid=row-select]`);
    await tab.click(`[data-draft-id="${tiktok}"] [data-testid=row-select]`);
    await tab.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=tag-input]')!;
      input.value = 'Campagne  A, campagne a';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await tab.click('[data-testid=tag-selected]');
    const tagged = await eventually(
      () => firefox.readDb(),
      (db) => drafts(db).filter((d) => (d as unknown as { tags: string[] }).tags.length > 0).length === 2,
    );
    const tagsOf = (id: string) => (drafts(tagged).find((d) => d.id === id) as unknown as { tags: string[] }).tags;
    expect(tagsOf(x)).toEqual(['Campagne A']);
    expect(tagsOf(tiktok)).toEqual(['Campagne A']);
    expect(tagsOf(leboncoin)).toEqual([]);

    // Filter by the campaign, clear the selection: the export takes what the filter shows.
    await tab.select('[data-testid=filter-tag]', 'Campagne A');
    expect((await h.rowsWhen(history, 2)).map((r) => r.id).sort()).toEqual([x, tiktok].sort());
    await tab.click(`[data-draft-id="${x}"] [data-testid=row-select]`);
    await tab.click(`[data-draft-id="${tiktok}"] [data-testid=row-select]`);
    await tab.click('[data-testid=association-json]');

    const collection = (await eventually(
      async () => {
        const files = await readdir(downloads);
        if (files.some((f) => f.endsWith('.part'))) return undefined;
        for (const f of files.filter((f) => /^vigie-association-.*\.json$/.test(f))) {
          try {
            return JSON.parse(await readFile(join(downloads, f), 'utf8')) as Collection;
          } catch {
            // Renamed or still being written: the next round reads it.
          }
        }
        return undefined;
      },
      (c) => c !== undefined,
    ))!;
    expect(collection).toMatchObject({ format: 'vigie-report-collection', content: 'hashes-and-urls' });
    expect(collection.reports.map((r) => r.reportId).sort()).toEqual([x, tiktok].sort());
    const db = await firefox.readDb();
    for (const r of collection.reports) {
      expect(r.tags).toEqual(['Campagne A']);
      expect(r.pageClaims).toBeNull();
      expect(r.observed.tabTitle).toBeUndefined();
      const stored = artefacts(db)
        .filter((a) => a.draftId === r.reportId)
        .map((a) => a.sha256)
        .sort();
      expect(stored.length).toBeGreaterThan(0);
      expect(r.files.map((f) => f.sha256).sort()).toEqual(stored);
    }
  } finally {
    await firefox.close();
    await rm(downloads, { recursive: true, force: true });
  }
});
