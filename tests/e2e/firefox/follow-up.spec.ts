import { drafts, expect, test } from '../fixtures';
import * as s from '../scenarios';
import * as f from '../follow-up';
import { reportToReadyComposer } from './report';

test.describe('Firefox ESR: follow-up of a report in the history', () => {
  test('records the acknowledgement, the refusal with its DSA next steps and a "still online?" check; refuses bad dates', async ({
    firefox,
  }) => {
    // A captured X post, qualified, handed off to X's notice form (its pack copied).
    const composer = await reportToReadyComposer(firefox, s.X_POST);
    const [draft] = drafts(await firefox.readDb());
    const id = draft!.id;
    await s.terrorismOnX(composer);
    await f.handOffToXNotice(composer);
    await composer.close();

    const welcome = await firefox.extensionPage('welcome.html');
    const openHistory = async () => {
      await welcome.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/reports.html') }));
      return firefox.extensionPage('reports.html');
    };
    const tab = await openHistory();
    // Puppeteer's `evaluate` takes its arguments as a rest list: the same call, typed differently.
    const history = tab as unknown as f.FollowUpPage;
    const recorded = await f.acknowledgedThenRefused(history, id, () => firefox.readDb());

    // "Still online?": Vigie opens the reported page on request (a second tab at its address).
    const tabsAt = async () => (await firefox.browser.pages()).filter((p) => p.url() === s.X_POST).length;
    const before = await tabsAt();
    const checkedFrom = Date.now();
    await history.click('[data-testid=online-open]');
    await expect.poll(tabsAt).toBe(before + 1);
    await tab.bringToFront();
    await f.answerStillOnline(history, id);
    const checkedTo = Date.now();

    // (1) The stored record holds exactly what was recorded.
    f.expectStored(f.followUpOf(await firefox.readDb(), id), {
      ...recorded,
      checkedFrom,
      checkedTo,
    });

    // (2) Loaded again (a new history tab: BiDi does not navigate extension pages), the row and
    // its editor show where the report stands.
    await tab.close();
    await f.rowShowsFollowUp((await openHistory()) as unknown as f.FollowUpPage, id);
  });
});
