import { readFile } from 'node:fs/promises';
import { artefacts, drafts, expect, test } from '../fixtures';
import * as s from '../scenarios';
import * as h from '../history';
import { draftIdOf, reportToReadyComposer } from './report';

test.describe('Chromium: history', () => {
  test('lists, searches, deletes with every artefact, refuses a bad import, exports JSON', async ({ chromium }) => {
    const first = await reportToReadyComposer(chromium, s.X_POST);
    const x = draftIdOf(first);
    await s.terrorismOnX(first);
    await first.close();
    const second = await reportToReadyComposer(chromium, s.TIKTOK_VIDEO);
    const tiktok = draftIdOf(second);
    await second.close();

    const history = await chromium.context.newPage();
    await history.goto(chromium.url('/reports.html'));
    await h.listsAndSearches(history, x, tiktok);

    // Delete the TikTok report: confirmed in the browser's own dialog.
    const before = await chromium.readDb();
    const xArtefacts = artefacts(before).filter((a) => a.draftId === x);
    expect(xArtefacts.length).toBeGreaterThan(0);
    expect(artefacts(before).filter((a) => a.draftId === tiktok).length).toBeGreaterThan(0);
    let asked = '';
    history.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await history.locator(`[data-draft-id="${tiktok}"] [data-testid=row-delete]`).click();
    await h.rowsWhen(history, 1);
    expect(asked).not.toBe('');
    await expect(history.getByTestId('storage-used')).toBeVisible();
    const after = await chromium.readDb();
    expect(drafts(after).map((d) => d.id)).toEqual([x]);
    expect(artefacts(after).filter((a) => a.draftId === tiktok)).toEqual([]);
    expect(h.summary(after).artefacts).toEqual(h.summary({ drafts: [], artefacts: xArtefacts }).artefacts);

    await h.badImportChangesNothing(history, () => chromium.readDb());

    // Export: the file downloaded is a report list holding the remaining report, without Blobs.
    const download = history.waitForEvent('download');
    await history.getByTestId('export-json').click();
    const file = await (await download).path();
    const list = JSON.parse(await readFile(file, 'utf8')) as {
      format: string;
      version: number;
      reports: { id: string }[];
    };
    expect(list).toMatchObject({ format: 'vigie-report-list', version: 1 });
    expect(list.reports.map((r) => r.id)).toEqual([x]);

    // The CSAM rule through the import door: stored link-only, listed, nothing of the page kept.
    const imported = await h.csamImportStaysLinkOnly(history, () => chromium.readDb());
    await h.rowsWhen(history, 2);
    expect((await h.shownRows(history)).map((r) => r.id)).toContain(imported);
  });
});
