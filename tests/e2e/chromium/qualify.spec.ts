import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchChromium } from '../../harness/chromium.mjs';
import { artefacts, drafts, expect, test, type Chrome } from '../fixtures';
import * as s from '../scenarios';
import { reportToReadyComposer } from './report';

test.describe('Chromium: qualify and route', () => {
  test('apology of terrorism on an X post → PHAROS + X notice', async ({ chromium }) => {
    const composer = await reportToReadyComposer(chromium, s.X_POST);
    await s.terrorismOnX(composer);
    const [draft] = drafts(await chromium.readDb());
    // Who posted it and when, as the page states it (its JSON-LD), not as computed from the id.
    expect(draft!.platform).toMatchObject({
      platformId: 'x',
      authorHandle: '@exemple_compte',
      authorName: 'Nom Exemple',
      publishedAt: '2024-05-13T12:43:51.248Z',
      provenance: { publishedAt: { source: 'json-ld', confidence: 'high' } },
    });
    // Among the platform's facts, folded with the evidence.
    await s.unfold(composer, 'evidence');
    await expect(composer.locator('table.facts th', { hasText: /^(Publication|Published)$/ })).toBeVisible();
  });

  test('harassment of a minor on TikTok → 3018 + TikTok notice (+ PHAROS, public)', async ({ chromium }) => {
    await s.minorHarassmentOnTikTok(await reportToReadyComposer(chromium, s.TIKTOK_VIDEO));
  });

  test('CSAM through the link-only entry → nothing stored, PHAROS + Point de Contact', async ({ chromium }) => {
    const page = await chromium.context.newPage();
    await page.goto(s.X_POST);
    await chromium.clickMenu(page, 'vigie-report-csam');
    await s.csamFromLinkOnlyEntry(await chromium.composer());
    expect((await chromium.readDb()).artefacts).toEqual([]);
  });

  test('choosing CSAM on a captured draft purges every image and archive at once', async ({ chromium }) => {
    const composer = await reportToReadyComposer(chromium, s.X_POST);
    const before = artefacts(await chromium.readDb());
    expect(before.filter((a) => a.kind === 'screenshot')).toHaveLength(1);
    await s.waitForQualify(composer);
    await s.pickCategory(composer, 'child-sexual-abuse-material');
    await expect(composer.getByTestId('purged')).toBeVisible();
    await expect.poll(async () => (await chromium.readDb()).artefacts).toHaveLength(0);
    const db = await chromium.readDb();
    expect(drafts(db)[0]).toMatchObject({ mode: 'url-only', csam: true, page: null });
    expect(artefacts(db).reduce((sum, a) => sum + a.blobSize, 0)).toBe(0);
    await expect(composer.getByTestId('screenshot')).toHaveCount(0);
    await s.routeStartingWith(composer, ['pharos', 'point-de-contact']);
  });

  test('choosing CSAM in one tab empties every other open tab of the same draft', async ({ chromium }) => {
    const first = await reportToReadyComposer(chromium, s.X_POST);
    const draftId = decodeURIComponent(new URL(first.url()).hash.slice(1));
    await expect(first.getByTestId('screenshot')).toHaveCount(1);
    const second = await chromium.context.newPage();
    await second.goto(first.url());
    await expect(second.getByTestId('screenshot')).toHaveCount(1);
    await expect(second.locator('img[src^="blob:"]')).not.toHaveCount(0);

    await s.waitForQualify(first);
    await s.pickCategory(first, 'child-sexual-abuse-material');

    // The second tab is told: no screenshot (nor any other image of the draft) within a few seconds.
    await expect(second.getByTestId('screenshot')).toHaveCount(0, { timeout: 5_000 });
    await expect(second.locator('img[src^="blob:"]')).toHaveCount(0);
    await expect(second.getByTestId('evidence-deleted')).toBeVisible();
    await expect(second.getByTestId('capture-section')).toHaveCount(0);
    // The tab that chose the category has its own notice, not the "deleted elsewhere" one.
    await expect(first.getByTestId('purged')).toBeVisible();
    await expect(first.getByTestId('evidence-deleted')).toHaveCount(0);
    await expect(first.getByTestId('screenshot')).toHaveCount(0);

    const db = await chromium.readDb();
    expect(artefacts(db).filter((a) => a.draftId === draftId)).toEqual([]);
    expect(drafts(db).find((d) => d.id === draftId)).toMatchObject({ mode: 'url-only', csam: true, page: null });
  });

  test('grooming keeps the conversation’s screenshot until the user says it shows a sexual image of the child', async ({
    chromium,
  }) => {
    const composer = await reportToReadyComposer(chromium, s.X_POST);
    await s.waitForQualify(composer);
    await s.pickCategory(composer, 'grooming');
    await s.choose(composer, 'role', 'parent');
    // The conversation is the evidence the complaint needs: kept, and the parent is told what never to keep.
    await expect(composer.getByTestId('question-minorSexualImage')).toBeVisible();
    await expect(composer.getByTestId('screenshot')).toHaveCount(1);
    expect(drafts(await chromium.readDb())[0]).toMatchObject({ mode: 'full' });
    await s.routeStartingWith(composer, ['e-enfance-3018', 'pharos']);

    await s.answer(composer, 'minorSexualImage', true);
    await expect(composer.getByTestId('purged')).toBeVisible();
    await expect.poll(async () => (await chromium.readDb()).artefacts).toHaveLength(0);
    expect(drafts(await chromium.readDb())[0]).toMatchObject({ mode: 'url-only' });
    await expect(composer.getByTestId('screenshot')).toHaveCount(0);
    await s.routeStartingWith(composer, ['e-enfance-3018', 'pharos', 'point-de-contact']);
  });

  test('CSAM entry on a 26 kB data: image → report made, only scheme, MIME type and length kept', async ({
    chromium,
  }) => {
    const page = await chromium.context.newPage();
    await page.goto(s.X_POST);
    const srcUrl = `data:image/png;base64,${'A'.repeat(26_000)}`;
    await chromium.clickMenu(page, 'vigie-report-csam', { srcUrl, mediaType: 'image' });
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    const db = await chromium.readDb();
    expect(drafts(db)).toHaveLength(1);
    expect(drafts(db)[0]!.target).toMatchObject({
      context: 'image',
      url: 'data:image/png;base64,…[26 000 characters removed]',
    });
    expect(JSON.stringify(db)).not.toContain('AAAAAAAA');
    expect(db.artefacts).toEqual([]);
  });

  test('scam listing on a marketplace: a witness → PHAROS + marketplace notice; its victim → THESEE/17Cyber', async ({
    chromium,
  }) => {
    await s.scamOnMarketplace(await reportToReadyComposer(chromium, s.LEBONCOIN_AD));
  });

  test('imminent danger → emergency screen first', async ({ chromium, site }) => {
    await s.imminentDanger(await reportToReadyComposer(chromium, `${site.origin}/demo/forum-thread.html`));
  });

  test('the posting account is asked when the page did not say it, and kept on the draft', async ({
    chromium,
    site,
  }) => {
    const composer = await reportToReadyComposer(chromium, `${site.origin}/demo/forum-thread.html`);
    await s.waitForQualify(composer);
    await s.pickCategory(composer, 'hate-incitement');
    // What happened, and who posted it, are told at the hand-over.
    await s.goToStep(composer, 3);
    const field = composer.getByTestId('author-given');
    await expect(field).toBeVisible();
    await field.fill('@compte_exemple');
    await field.blur();
    await expect
      .poll(
        async () =>
          (drafts(await chromium.readDb())[0] as unknown as { narrative: { author: string } }).narrative.author,
      )
      .toBe('@compte_exemple');
    expect(drafts(await chromium.readDb())).toHaveLength(1);
  });

  /**
   * What the system clipboard holds, read the way a user would: pasted into a text field.
   * (Playwright cannot grant clipboard-read to an extension origin.)
   */
  async function pasted(page: Page): Promise<string> {
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'paste-probe';
      document.body.append(area);
      area.focus();
    });
    await page.keyboard.press('ControlOrMeta+V');
    return page.evaluate(() => {
      const area = document.getElementById('paste-probe') as HTMLTextAreaElement;
      area.remove();
      return area.value;
    });
  }

  async function reportAgain(chromium: Parameters<Parameters<typeof test>[2]>[0]['chromium'], url: string) {
    const page = chromium.context.pages().find((p) => p.url() === url)!;
    await page.bringToFront();
    const before = new Set(chromium.context.pages());
    await chromium.dispatchMenu(url, 'vigie-report');
    return chromium.context.waitForEvent('page', {
      predicate: (p) => !before.has(p) && p.url().includes('/composer.html'),
    });
  }

  test('an unsent draft of the same content is offered to continue, not called "already reported"', async ({
    chromium,
  }) => {
    const first = await reportToReadyComposer(chromium, s.X_POST);
    await s.waitForQualify(first);
    await s.pickCategory(first, 'terrorism');
    await first.close();
    const second = await reportAgain(chromium, s.X_POST);
    await expect(second.getByTestId('duplicate-unsent')).toBeVisible();
    await expect(second.getByTestId('duplicate')).toHaveCount(0);
  });

  test('content handed off says where and when, and the copied pack is exactly on the clipboard', async ({
    chromium,
  }) => {
    const first = await reportToReadyComposer(chromium, s.X_POST);
    await s.terrorismOnX(first);
    await first.getByTestId('description').fill('Une vidéo qui glorifie un attentat, publiée ce matin.');
    const pharos = first.locator('[data-channel=pharos]');
    await pharos.getByTestId('pack-toggle').click();
    await pharos.getByTestId('copy-url').click();
    await expect(pharos.getByTestId('copy-status')).not.toBeEmpty();
    expect(await pasted(first)).toBe(s.X_POST);
    await pharos.getByTestId('copy-all').click();
    await expect(pharos.getByTestId('copy-status')).toContainText(/complet|whole/);
    const all = await pasted(first);
    expect(all).toContain(s.X_POST);
    expect(all).toContain('Une vidéo qui glorifie un attentat');
    await expect(pharos.getByTestId('handed-off')).toBeVisible();
    const [draft] = drafts(await chromium.readDb());
    expect(draft!.handoffs).toEqual([expect.objectContaining({ channelId: 'pharos', actions: ['copied'] })]);
    await first.close();
    const second = await reportAgain(chromium, s.X_POST);
    await expect(second.getByTestId('duplicate')).toBeVisible();
    await expect(second.getByTestId('duplicate')).toContainText('PHAROS');
  });
});

test.describe('Chromium: network silence', () => {
  test('Vigie’s pages request nothing but their own files through capture, qualification and hand-off', async ({
    chromium,
  }) => {
    const foreign: string[] = [];
    let own = 0;
    chromium.context.on('request', (request) => {
      const from = (() => {
        try {
          return request.frame().url();
        } catch {
          return ''; // a service worker's request has no frame
        }
      })();
      const url = request.url();
      const ours = (u: string) => u.startsWith('chrome-extension://') || u.startsWith('blob:') || u.startsWith('data:');
      if (ours(from) && !ours(url)) foreign.push(`${from} → ${url}`);
      else if (ours(from)) own++;
    });
    const page = await chromium.context.newPage();
    await page.goto(s.X_POST);
    await chromium.clickMenu(page, 'vigie-report');
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    await s.terrorismOnX(composer);
    await composer.getByTestId('description').fill('Une vidéo de propagande.');
    for (const channel of ['pharos', 'x-notice', 'point-de-contact']) {
      const step = composer.locator(`[data-channel=${channel}]`);
      await step.getByTestId('pack-toggle').click();
      await step.getByTestId('copy-all').click();
      await expect(step.getByTestId('copy-status')).not.toBeEmpty();
    }
    const popupHost = await chromium.context.newPage();
    await popupHost.goto(chromium.url('/reports.html'));
    await expect(popupHost.getByTestId('draft-list')).toBeVisible();
    expect(foreign).toEqual([]);
    // The recorder does see the extension pages' requests (their own scripts and styles).
    expect(own).toBeGreaterThan(0);
  });
});

/**
 * Chromium in the given interface language. On Linux it comes from `LANGUAGE` (with Debian's
 * `chromium-l10n`), not `--lang`: both are passed; the test asserts with the extension's own
 * strings in whichever language Chromium runs.
 */
const inLanguage = (lang: 'fr' | 'en') =>
  test.extend<{ chromium: Chrome }>({
    chromium: async ({ site }, use) => {
      const chromium = await launchChromium({
        proxy: site.origin,
        args: [`--lang=${lang}`],
        env: { LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
      });
      await use(chromium);
      await chromium.close();
    },
  });

/** The parent's journey as it stands (a regression bound; the target is 6). */
const PARENT_ACTIONS_NOW = 5;

for (const lang of ['fr', 'en'] as const) {
  inLanguage(lang).describe(`Chromium (${lang}): a parent whose child is groomed`, () => {
    inLanguage(lang)(
      'sees grooming among the first chips, gets 3018 first, and reaches its call in few actions',
      async ({ chromium }) => {
        // Once, in the settings: "I am usually a parent" (not part of the journey).
        const settings = await chromium.context.newPage();
        await settings.goto(chromium.url('/settings.html'));
        await settings.getByTestId('role-parent').check();
        await expect(settings.getByTestId('role-parent')).toBeChecked();
        await settings.close();

        const done = ['right-click + menu entry'];
        let actions = 2; // the right-click and the menu entry
        const composer = await reportToReadyComposer(chromium, s.X_POST);
        await s.waitForQualify(composer);
        const t = (key: string, sub?: string) =>
          composer.evaluate(([k, v]) => chrome.i18n.getMessage(k!, v === undefined ? undefined : [v]), [
            key,
            sub,
          ] as const);
        // The child's cases are one click each, without "see all categories".
        await expect(composer.locator('[data-testid=qualify] [data-category]').first()).toBeVisible();
        const chips = await composer
          .locator('[data-testid=qualify] [data-category]')
          .evaluateAll((els) =>
            els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.getAttribute('data-category')),
          );
        expect(chips.slice(0, 4)).toEqual([
          'grooming',
          'sextortion',
          'cyber-harassment',
          'non-consensual-intimate-images',
        ]);
        await s.pickCategory(composer, 'grooming');
        actions++;
        done.push('category');
        // Who reports comes from the settings: a statement with "change", in the parent's words.
        await expect(composer.getByTestId('inferred-role')).toContainText(await t('roleParent'));
        await s.routeStartingWith(composer, ['e-enfance-3018']);
        // Every question shown counts, one action each (answered here with the common answer).
        const questions = await composer
          .locator('[data-testid=qualify] fieldset[data-testid^="question-"]')
          .evaluateAll((els) =>
            els.filter((e) => (e as HTMLElement).checkVisibility()).map((e) => e.getAttribute('data-testid')!),
          );
        for (const q of questions) {
          await s.choose(composer, q.replace(/^question-/, ''), 'no');
          actions++;
          done.push(q);
        }
        await s.routeStartingWith(composer, ['e-enfance-3018']);
        const call = composer.locator('[data-channel=e-enfance-3018] [data-testid=call]');
        await expect(call).toHaveAttribute('href', 'tel:3018');
        await expect(call).toHaveText(await t('routeCall', '3018'));
        // The door's one action is in sight at 1280×800, without scrolling.
        await expect(call).toBeInViewport();
        await call.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault(), { once: true }));
        await call.click();
        actions++;
        done.push('call 3018');
        await expect
          .poll(async () => drafts(await chromium.readDb()).flatMap((d) => d.handoffs ?? []))
          .toEqual([expect.objectContaining({ channelId: 'e-enfance-3018', actions: ['called'] })]);
        expect(actions, done.join(', ')).toBeLessThanOrEqual(PARENT_ACTIONS_NOW);
        // `npm run bench` reads the count from here (one language is enough).
        if (process.env.VIGIE_PARENT_ACTIONS_OUT && lang === 'fr')
          writeFileSync(process.env.VIGIE_PARENT_ACTIONS_OUT, JSON.stringify({ actions, steps: done }));
      },
    );
  });
}

/** The element's box lies wholly inside the page's viewport, the page not scrolled: seen without scrolling. */
async function inSightUnscrolled(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const view = page.viewportSize()!;
  const scrolled = await page.evaluate(() => window.scrollY);
  return (
    box !== null &&
    scrolled === 0 &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.width > 0 &&
    box.x + box.width <= view.width &&
    box.y + box.height <= view.height
  );
}

/** Whether each of the composer's folded parts (evidence, exports, follow-up) is open, by its test id. */
const partsOpen = (composer: Page) =>
  composer
    .locator('[data-testid=secondary] > details')
    .evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [e.getAttribute('data-testid'), (e as HTMLDetailsElement).open])),
    );

for (const lang of ['fr', 'en'] as const) {
  inLanguage(lang).describe(`Chromium (${lang}): the composer at 1280×800`, () => {
    inLanguage(lang)(
      'evidence, exports and follow-up are folded under the steps; each step’s main action is in sight without scrolling',
      async ({ chromium }) => {
        const composer = await reportToReadyComposer(chromium, s.X_POST);
        expect(composer.viewportSize()).toEqual({ width: 1280, height: 800 });
        await s.waitForQualify(composer);
        // Fresh: the parts are there, closed, and what they hold is out of sight.
        await expect(composer.getByTestId('part-exports')).toBeVisible();
        expect(await partsOpen(composer)).toEqual({ 'part-evidence': false, 'part-exports': false });
        await expect(composer.getByTestId('screenshot')).toHaveCount(1);
        await expect(composer.getByTestId('screenshot')).toBeHidden();
        await expect(composer.getByTestId('evidence-package-download')).toBeHidden();
        // Below the steps, never above them.
        const stepsBottom = (await composer.getByTestId('qualify').boundingBox())!;
        const partsTop = (await composer.getByTestId('secondary').boundingBox())!;
        expect(partsTop.y).toBeGreaterThanOrEqual(stepsBottom.y + stepsBottom.height);

        // Step 1: the category chips.
        expect(await inSightUnscrolled(composer, '[data-testid=category-picker] [data-category]')).toBe(true);
        await s.pickCategory(composer, 'hate-incitement');
        // Step 2: the recommended door's one action.
        expect(await inSightUnscrolled(composer, '[data-testid=route] > li:first-child [data-testid=continue]')).toBe(
          true,
        );
        await s.handOver(composer, 'pharos');
        // Step 3: the chosen door's form.
        await expect(composer.locator('[data-channel=pharos] [data-testid=open-form]')).toBeVisible();
        expect(await inSightUnscrolled(composer, '[data-channel=pharos] [data-testid=open-form]')).toBe(true);
        // Qualified: the follow-up is there too, folded like the others.
        await expect(composer.getByTestId('part-follow-up')).toBeVisible();
        expect(await partsOpen(composer)).toEqual({
          'part-evidence': false,
          'part-exports': false,
          'part-follow-up': false,
        });

        // The redaction of a screenshot stays reachable from the hand-over: the evidence opens, in view.
        await composer.getByTestId('handover-redact-open').click();
        await expect(composer.getByTestId('part-evidence')).toHaveAttribute('open', '');
        await expect(composer.locator('[data-testid=part-evidence] > summary')).toBeFocused();
        await expect(composer.getByTestId('part-evidence')).toBeInViewport();
        await composer.getByTestId('redact-open').click();
        await expect(composer.getByTestId('redact-add')).toBeVisible();
        // The others open with the keyboard.
        await composer.locator('[data-testid=part-follow-up] > summary').focus();
        await composer.keyboard.press('Enter');
        await expect(composer.getByTestId('follow-up')).toBeVisible();
        await composer.locator('[data-testid=part-exports] > summary').focus();
        await composer.keyboard.press('Space');
        await expect(composer.getByTestId('evidence-package-download')).toBeVisible();
      },
    );
  });
}
