/**
 * Campaigns and the export for an association in real Firefox ESR with the built extension and
 * its real IndexedDB: two reports tagged at once from the history, the tag filter, and the
 * "addresses and fingerprints only" JSON written to the downloads folder, holding each capture's
 * stored SHA-256 and nothing read on the page.
 */
import { artefacts, drafts, expect, test } from '../fixtures';
import * as s from '../scenarios';
import * as h from '../history';
import { downloadedJson, firefoxWithDownloads } from './downloads';
import { reportNewDraft } from './report';

type Collection = { format: string; content: string; reports: h.ExportedReport[] };

test('Firefox: a campaign tags two reports, filters the history, and exports them for an association', async ({
  site,
}) => {
  const { firefox, dir, close } = await firefoxWithDownloads(site.origin);
  try {
    const x = await reportNewDraft(firefox, s.X_POST, []);
    const tiktok = await reportNewDraft(firefox, s.TIKTOK_VIDEO, [x]);
    const leboncoin = await reportNewDraft(firefox, s.LEBONCOIN_AD, [x, tiktok]);

    const welcome = await firefox.extensionPage('welcome.html');
    await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/reports.html') }));
    const tab = await firefox.extensionPage('reports.html');
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
    await expect
      .poll(async () =>
        drafts(await firefox.readDb()).filter((d) => (d as unknown as { tags: string[] }).tags.length > 0),
      )
      .toHaveLength(2);
    const tagged = await firefox.readDb();
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

    const collection = await downloadedJson<Collection>(dir, /^vigie-association-.*\.json$/);
    expect(collection).toMatchObject({ format: 'vigie-report-collection', content: 'hashes-and-urls' });
    expect(collection.reports.map((r) => r.reportId).sort()).toEqual([x, tiktok].sort());
    for (const r of collection.reports) expect(r.tags).toEqual(['Campagne A']);
    h.expectFingerprintsOnly(collection.reports, artefacts(await firefox.readDb()));
  } finally {
    await close();
  }
});
