import { test } from '../fixtures';
import * as s from '../scenarios';
import * as f from '../follow-up';
import { draftIdOf, reportToReadyComposer } from './report';

test.describe('Chromium: follow-up of a report in the history', () => {
  test('records the acknowledgement, the refusal with its DSA next steps and a "still online?" check; refuses bad dates', async ({
    chromium,
  }) => {
    // A captured X post, qualified, handed off to X's notice form (its pack copied).
    const composer = await reportToReadyComposer(chromium, s.X_POST);
    const id = draftIdOf(composer);
    await s.terrorismOnX(composer);
    await f.handOffToXNotice(composer);
    await composer.close();

    const history = await chromium.context.newPage();
    await history.goto(chromium.url('/reports.html'));
    const recorded = await f.acknowledgedThenRefused(history, id, () => chromium.readDb());

    // "Still online?": Vigie opens the reported page on request, the user looks and answers.
    const checkedFrom = Date.now();
    const opened = chromium.context.waitForEvent('page', { predicate: (p) => p.url() === s.X_POST });
    await history.getByTestId('online-open').click();
    await (await opened).waitForLoadState();
    await history.bringToFront();
    await f.answerStillOnline(history, id);
    const checkedTo = Date.now();

    // (1) The stored record holds exactly what was recorded.
    f.expectStored(f.followUpOf(await chromium.readDb(), id), {
      ...recorded,
      checkedFrom,
      checkedTo,
    });

    // (2) Loaded again, the history shows where the report stands.
    await history.reload();
    await f.rowShowsFollowUp(history, id);
  });
});
