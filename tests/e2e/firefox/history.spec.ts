import { expect, test } from '../fixtures';
import * as s from '../scenarios';
import * as h from '../history';
import { downloadedJson, firefoxWithDownloads } from './downloads';
import { reportNewDraft } from './report';

test.describe('Firefox ESR: history', () => {
  test('lists, searches, deletes with every artefact, refuses a bad import, exports JSON', async ({ site }) => {
    const { firefox, dir, close } = await firefoxWithDownloads(site.origin);
    try {
      const x = await reportNewDraft(firefox, s.X_POST, []);
      const composer = await firefox.extensionPage('composer.html');
      await s.terrorismOnX(composer);
      await composer.close();
      const tiktok = await reportNewDraft(firefox, s.TIKTOK_VIDEO, [x]);

      const welcome = await firefox.extensionPage('welcome.html');
      await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/reports.html') }));
      const tab = await firefox.extensionPage('reports.html');
      // Puppeteer's `evaluate` takes its arguments as a rest list: the same call, typed differently.
      const history = tab as unknown as h.HistoryPage;
      await h.listsAndSearches(history, x, tiktok);

      const before = await firefox.readDb();
      const xArtefacts = h.summary(before).artefacts.filter((a) => a.draftId === x);
      expect(xArtefacts.length).toBeGreaterThan(0);
      expect(h.summary(before).artefacts.some((a) => a.draftId === tiktok)).toBe(true);
      let asked = '';
      tab.once('dialog', (dialog) => {
        asked = dialog.message();
        void dialog.accept();
      });
      await history.click(`[data-draft-id="${tiktok}"] [data-testid=row-delete]`);
      await h.rowsWhen(history, 1);
      expect(asked).not.toBe('');
      const after = h.summary(await firefox.readDb());
      expect(after.drafts).toEqual([x]);
      expect(after.artefacts).toEqual(xArtefacts);

      await h.badImportChangesNothing(history, () => firefox.readDb());

      await history.click('[data-testid=export-json]');
      const list = await downloadedJson<{ format: string; reports: { id: string }[] }>(dir, /\.json$/);
      expect(list.format).toBe('vigie-report-list');
      expect(list.reports.map((r) => r.id)).toEqual([x]);

      // The CSAM rule through the import door: stored link-only, listed, nothing of the page kept.
      const imported = await h.csamImportStaysLinkOnly(history, () => firefox.readDb());
      await h.rowsWhen(history, 2);
      expect((await h.shownRows(history)).map((r) => r.id)).toContain(imported);
    } finally {
      await close();
    }
  });
});
