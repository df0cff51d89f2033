/**
 * A volunteer shares what they already reported with their watch network, in real Chromium with
 * the built extension: the history exports a watchlist of the reports (fingerprints only, never
 * the child sexual abuse report), and the Watchlists page imports that very file, after which
 * the popup on a reported page says it is on the list.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import * as h from '../history';
import { reportToReadyComposer } from './report';
import { importListFiles } from './watch-steps';

const NAME = 'Veille de Camille';

test('the history exports a watchlist of the reports, which the Watchlists page imports and the popup then matches', async ({
  chromium,
  site,
}) => {
  const post = `${site.origin}/demo/social-post.html`;
  await (await reportToReadyComposer(chromium, post)).close();
  const forum = await chromium.context.newPage();
  await forum.goto(`${site.origin}/demo/forum-thread.html`);
  await chromium.clickMenu(forum, 'vigie-report-csam');
  await (await chromium.composer()).close();

  const history = await chromium.context.newPage();
  await history.goto(chromium.url('/reports.html'));
  await h.rowsWhen(history, 2);
  await history.getByTestId('watchlist-name').fill(NAME);
  const download = history.waitForEvent('download');
  await history.getByTestId('watchlist-export-button').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^vigie-watchlist-\d{4}-\d{2}-\d{2}\.json$/);
  const bytes = await readFile((await file.path())!);
  const list = JSON.parse(bytes.toString('utf8')) as { format: string; name: string; sha256: string[] };
  // One fingerprint: the post; the child sexual abuse report is left out, and it says so.
  expect(list).toMatchObject({ format: 'vigie-watchlist', name: NAME });
  expect(list.sha256).toHaveLength(1);
  expect(bytes.toString('utf8')).not.toContain('127.0.0.1');
  await expect(history.getByTestId('watchlist-export-status')).toHaveAttribute('data-state', 'done');
  await expect(history.getByTestId('watchlist-export-status')).toContainText(/1 signalement\(s\) d’abus|1 child/);

  // A member of the network imports the file as it is.
  const watchlists = await chromium.context.newPage();
  await watchlists.goto(chromium.url('/watchlists.html'));
  await importListFiles(watchlists, bytes);
  await expect(watchlists.getByTestId('watch-list-name')).toHaveText(NAME);

  // On the reported post, shared with a tracking parameter, the popup names the list.
  const again = await chromium.context.newPage();
  await again.goto(`${post}?utm_source=partage`);
  await chromium.triggerAction(again);
  const popup = await chromium.popup();
  await expect(popup.getByTestId('watch-match')).toContainText(NAME);
  // The forum thread (the child sexual abuse report) is on no list.
  await popup.close();
  await forum.bringToFront();
  await chromium.triggerAction(forum);
  const quiet = await chromium.popup();
  await expect(quiet.getByTestId('report-page')).toBeVisible();
  await expect(quiet.getByTestId('watch-match')).toHaveCount(0);
});
