/**
 * Accessibility of the built extension's pages, in real Chromium: an axe-core scan (WCAG 2.x A and
 * AA rules) of each page in the state a user meets it, and the whole path from a captured page to
 * an official form with the keyboard alone — every control reached with Tab, in order, with a
 * visible focus, and activated with Enter or Space.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { drafts, expect, test, type Chrome } from '../fixtures';
import * as s from '../scenarios';
import { reportToReadyComposer } from './report';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The axe violations of `page`, as short readable lines (rule, impact, first targets). */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  // The scan ran on the page's content (a blank or unreachable page passes no rule).
  expect(result.passes.length).toBeGreaterThan(5);
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

const capturedComposer = (chromium: Chrome) => reportToReadyComposer(chromium, s.X_POST);

/**
 * Presses Tab until the focused element matches `selector` (at most `max` presses), as a keyboard
 * user would; fails if it is never reached. Returns the number of presses.
 */
async function tabTo(page: Page, selector: string, max = 120): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return presses;
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

/** The focused element shows where the focus is (an outline or a box shadow). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return outline || style.boxShadow !== 'none';
  });
}

test.describe('Chromium: accessibility', () => {
  test('the composer has no WCAG A/AA violation, captured and then qualified', async ({ chromium }) => {
    const composer = await capturedComposer(chromium);
    await s.waitForQualify(composer);
    expect(await violations(composer)).toEqual([]);
    // Where it goes, with a statement, the doors and the optional refinements unfolded.
    await s.pickCategory(composer, 'hate-incitement');
    await composer.click('[data-testid=refinements] > summary');
    expect(await violations(composer)).toEqual([]);
    await s.terrorismOnX(composer);
    expect(await violations(composer)).toEqual([]);
    // The folded parts under the steps, open: the evidence and facts, the exports, the follow-up.
    for (const part of ['evidence', 'exports', 'follow-up'] as const) await s.unfold(composer, part);
    await expect(composer.getByTestId('follow-up')).toBeVisible();
    expect(await violations(composer)).toEqual([]);
  });

  test('the settings, support, history, batch, verify and watchlists pages have no WCAG A/AA violation', async ({
    chromium,
  }) => {
    // The history with a report in it, tagged, its follow-up open and the association export shown.
    await (await capturedComposer(chromium)).close();
    const page = await chromium.context.newPage();
    await page.goto(chromium.url('reports.html'));
    await page.getByTestId('row-select').check();
    await page.getByTestId('tag-input').fill('Campagne A');
    await page.getByTestId('tag-selected').click();
    await expect(page.getByTestId('row-tags')).toContainText('Campagne A');
    await page.getByTestId('row-follow-up').click();
    await expect(page.getByTestId('follow-up')).toBeVisible();
    await page.getByTestId('association-hashes-only').uncheck();
    expect(await violations(page), 'reports.html with a report').toEqual([]);
    for (const path of [
      'settings.html',
      'support.html',
      'reports.html',
      'batch.html',
      'verify.html',
      'watchlists.html',
    ]) {
      await page.goto(chromium.url(path));
      await expect(page.locator('h1')).toBeVisible();
      expect(await violations(page), path).toEqual([]);
    }
  });

  test('the batch page with items, their shared qualification and the hand-off has no WCAG A/AA violation', async ({
    chromium,
  }) => {
    for (const url of [s.X_POST, `${s.X_POST}9`]) {
      const post = await chromium.context.newPage();
      await post.goto(url);
      await chromium.clickMenu(post, 'vigie-batch');
    }
    await expect.poll(async () => drafts(await chromium.readDb()).map((d) => d.status)).toEqual(['ready', 'ready']);
    const batch = await chromium.context.newPage();
    await batch.goto(chromium.url('/batch.html'));
    await expect(batch.getByTestId('batch-item')).toHaveCount(2);
    expect(await violations(batch), 'batch, nothing ticked').toEqual([]);
    await batch.getByTestId('batch-select-all').check();
    await batch.locator('[data-testid=question-batch-danger] [data-answer=no]').click();
    await batch.getByTestId('batch-category').selectOption('hate-incitement');
    await batch.getByTestId('good-faith-confirm').check();
    expect(await violations(batch), 'batch, qualifying').toEqual([]);
    await batch.getByTestId('batch-apply').click();
    await expect(batch.getByTestId('batch-status')).not.toBeEmpty();
    expect(await violations(batch), 'batch, ready to hand off').toEqual([]);
  });

  test('keyboard only: from the captured page to PHAROS’s form, with a visible focus at each step', async ({
    chromium,
  }) => {
    const composer = await capturedComposer(chromium);
    await s.waitForQualify(composer);
    await composer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // The danger action is in the tab order, reached and left alone (no emergency here).
    await tabTo(composer, '[data-testid=question-danger] [data-answer=yes]');
    expect(await focusIsVisible(composer)).toBe(true);

    await tabTo(composer, '[data-category="terrorism"]');
    expect(await focusIsVisible(composer)).toBe(true);
    await composer.keyboard.press('Space');
    await s.routeStartingWith(composer, ['pharos']);

    // The chip leads to where it goes: its heading takes the focus, and the stepper says the step.
    await expect(composer.getByTestId('stepper-2')).toHaveAttribute('aria-current', 'step');
    await tabTo(composer, '[data-channel="pharos"] [data-testid=continue]');
    expect(await focusIsVisible(composer)).toBe(true);
    await composer.keyboard.press('Enter');
    await expect(composer.getByTestId('stepper-3')).toHaveAttribute('aria-current', 'step');
    await expect(composer.getByTestId('good-faith-confirm')).toBeChecked();

    // Enter on PHAROS's form button opens it in a new tab (the fixture proxy refuses HTTPS, so the
    // real site is never reached: the tab shows an error page, but its address is PHAROS's form).
    await tabTo(composer, '[data-channel="pharos"] [data-testid=open-form]');
    expect(await focusIsVisible(composer)).toBe(true);
    const request = chromium.context.waitForEvent('request', (r) =>
      r.url().startsWith('https://www.internet-signalement.gouv.fr/'),
    );
    await composer.keyboard.press('Enter');
    expect((await request).frame().page()).not.toBe(composer);
    await expect
      .poll(async () => drafts(await chromium.readDb())[0]?.handoffs?.map((h) => h.channelId))
      .toContain('pharos');
    const [draft] = drafts(await chromium.readDb());
    expect(draft!.handoffs!.find((h) => h.channelId === 'pharos')!.actions).toContain('opened');
  });

  test('a question that appears after a choice takes the focus, and the route change is announced', async ({
    chromium,
  }) => {
    const composer = await capturedComposer(chromium);
    await s.waitForQualify(composer);
    await composer.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // A scam: whether the user is its victim can take PHAROS away, so it is asked.
    await tabTo(composer, '[data-category="online-scam"]');
    await composer.keyboard.press('Enter');
    // "Who is reporting?" appears: the focus is on its first answer, and it is announced.
    await expect(composer.locator('[data-testid=question-role] button').first()).toBeFocused();
    await expect(composer.getByTestId('qualify-announce')).toHaveText(/.+/);
    await composer.keyboard.press('Enter');
    await expect(composer.locator('[data-testid=question-role] button').first()).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const firstChannel = await composer
      .locator('[data-testid=route] > li')
      .first()
      .locator('h3, h4, strong')
      .first()
      .textContent();
    await expect(composer.getByTestId('qualify-announce')).toContainText(firstChannel!.trim().slice(0, 10));
  });

  test('the popup and the side panel have no WCAG A/AA violation', async ({ chromium }) => {
    // The popup's document, in a tab: a real popup closes as soon as the scan takes the focus.
    const popup = await chromium.context.newPage();
    await popup.goto(chromium.url('/popup.html'));
    await expect(popup.getByTestId('open-support')).toBeVisible();
    expect(await violations(popup), 'popup').toEqual([]);

    const composer = await capturedComposer(chromium);
    await s.terrorismOnX(composer);
    const draftId = decodeURIComponent(new URL(composer.url()).hash.slice(1));
    const panel = await chromium.context.newPage();
    await panel.goto(chromium.url(`/sidepanel.html#draft=${draftId}&channel=pharos&tab=1`));
    await expect(panel.locator('h1, h2').first()).toBeVisible();
    expect(await violations(panel), 'side panel').toEqual([]);
  });
});
