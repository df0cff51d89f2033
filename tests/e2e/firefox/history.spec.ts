import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox } from '../../harness/firefox.mjs';
import { drafts, eventually, expect, test, type Firefox } from '../fixtures';
import * as s from '../scenarios';
import * as h from '../history';

/** Captures `url` the way the popup does, and returns the id of the new draft. */
async function capture(firefox: Firefox, url: string, known: string[]): Promise<string> {
  await firefox.open(url);
  expect(await firefox.reportFromPopupPath(url)).toMatchObject({ ok: true });
  const db = await eventually(
    () => firefox.readDb(),
    (db) => drafts(db).some((d) => !known.includes(d.id) && d.status === 'ready'),
  );
  return drafts(db).find((d) => !known.includes(d.id))!.id;
}

test.describe('Firefox ESR: history', () => {
  test('lists, searches, deletes with every artefact, refuses a bad import, exports JSON', async ({ site }) => {
    const downloads = await mkdtemp(join(tmpdir(), 'vigie-downloads-'));
    // Downloads go to a known folder without asking (what a user who chose a folder gets).
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
      const composer = await firefox.extensionPage('composer.html');
      await s.terrorismOnX(composer);
      await composer.close();
      const tiktok = await capture(firefox, s.TIKTOK_VIDEO, [x]);

      const welcome = await firefox.extensionPage('welcome.html');
      await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/history.html') }));
      const tab = await firefox.extensionPage('history.html');
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
      // Firefox may write a download under a temporary name, then rename it: read whatever JSON
      // file is complete, trying again until one parses.
      type ReportList = { format: string; reports: { id: string }[] };
      const list = (await eventually(
        async () => {
          const files = await readdir(downloads);
          if (files.some((f) => f.endsWith('.part'))) return undefined;
          for (const f of files.filter((f) => f.endsWith('.json'))) {
            try {
              return JSON.parse(await readFile(join(downloads, f), 'utf8')) as ReportList;
            } catch {
              // Renamed or still being written: the next round reads it.
            }
          }
          return undefined;
        },
        (l) => l !== undefined,
      ))!;
      expect(list.format).toBe('vigie-report-list');
      expect(list.reports.map((r) => r.id)).toEqual([x]);
    } finally {
      await firefox.close();
      await rm(downloads, { recursive: true, force: true });
    }
  });
});
