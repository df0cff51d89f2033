import { artefacts, drafts, expect, test, type Firefox } from '../fixtures';
import * as s from '../scenarios';

async function reportPage(firefox: Firefox, url: string, csam = false) {
  await firefox.open(url);
  expect(await firefox.reportFromPopupPath(url, csam)).toMatchObject({ ok: true });
  return firefox.extensionPage('composer.html');
}

// Each test reports its own page and finds its own draft: one Firefox for the file.
test.use({ oneBrowserPerFile: true });

test.describe('Firefox ESR: qualify and route', () => {
  test('apology of terrorism on an X post → PHAROS + X notice', async ({ firefox }) => {
    await s.terrorismOnX(await reportPage(firefox, s.X_POST));
    const draft = drafts(await firefox.readDb()).find((d) => d.target.url === s.X_POST && !d.csam);
    expect(draft!.platform).toMatchObject({ platformId: 'x' });
  });

  test('harassment of a minor on TikTok → 3018 + TikTok notice (+ PHAROS, public)', async ({ firefox }) => {
    await s.minorHarassmentOnTikTok(await reportPage(firefox, s.TIKTOK_VIDEO));
  });

  test('CSAM through the link-only path → nothing stored, PHAROS + Point de Contact', async ({ firefox }) => {
    await s.csamFromLinkOnlyEntry(await reportPage(firefox, s.X_POST, true));
    const db = await firefox.readDb();
    const draft = drafts(db).find((d) => d.csam);
    expect(draft).toBeDefined();
    expect(artefacts(db).filter((a) => a.draftId === draft!.id)).toEqual([]);
  });

  test('scam listing on a marketplace: a witness → PHAROS + marketplace notice; its victim → THESEE/17Cyber', async ({
    firefox,
  }) => {
    await s.scamOnMarketplace(await reportPage(firefox, s.LEBONCOIN_AD));
  });

  test('imminent danger → emergency screen first', async ({ firefox, site }) => {
    await s.imminentDanger(await reportPage(firefox, `${site.origin}/demo/forum-thread.html`));
  });
});
