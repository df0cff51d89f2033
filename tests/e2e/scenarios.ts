/**
 * Qualification steps shared by the Chromium (Playwright) and Firefox (Puppeteer) suites. Both
 * page types offer `waitForSelector`, `click`, `$$eval` and `evaluate`, which is all this uses.
 */
import { expect } from '@playwright/test';

export interface ComposerPage {
  waitForSelector(selector: string, options?: { timeout?: number }): Promise<unknown>;
  click(selector: string): Promise<void>;
  $$eval<R>(selector: string, fn: (elements: Element[]) => R): Promise<R>;
}

export const X_POST = 'http://x.com/exemple_compte/status/1790000000000000001';
export const TIKTOK_VIDEO = 'http://www.tiktok.com/@exemple_compte/video/7350000000000000001';
export const LEBONCOIN_AD = 'http://www.leboncoin.fr/ad/velos/2876543210';

const count = (page: ComposerPage, selector: string) => page.$$eval(selector, (els) => els.length);

export async function waitForQualify(page: ComposerPage) {
  await page.waitForSelector('[data-testid=question-danger]', { timeout: 20_000 });
}

export async function answer(page: ComposerPage, question: string, yes: boolean) {
  await choose(page, question, yes ? 'yes' : 'no');
}

/**
 * Picks one answer of a question (`yes`/`no`, or a value such as `parent` for the reporter's role).
 * A question Vigie answered itself (a statement with "change") is reopened first, and an optional
 * refinement is unfolded: a user who wants to answer it does the same.
 */
export async function choose(page: ComposerPage, question: string, value: string) {
  const selector = `[data-testid=question-${question}] [data-answer=${value}]`;
  if ((await count(page, selector)) === 0) {
    await page.waitForSelector('[data-testid=where-it-goes]');
    if ((await count(page, `[data-testid=inferred-${question}-change]`)) > 0)
      await page.click(`[data-testid=inferred-${question}-change]`);
  }
  const folded = await page.$$eval(selector, (els) => {
    const details = els[0]?.closest('details');
    return details ? !details.open : false;
  });
  if (folded) await page.click('[data-testid=refinements] > summary');
  await page.waitForSelector(selector);
  await page.click(selector);
  await expect.poll(() => page.$$eval(selector, (els) => els[0]?.getAttribute('aria-pressed') ?? '')).toBe('true');
}

/** Goes to a step of the composer (1 what it is, 2 where it goes, 3 hand it over) by its number. */
export async function goToStep(page: ComposerPage, step: 1 | 2 | 3) {
  await page.click(`[data-testid=stepper-${step}]`);
  await page.waitForSelector(`[data-testid=qualify][data-step="${step}"]`);
}

/**
 * Picks a category (step 1; from a later step, the user goes back to it first): the composer then
 * moves to where it goes, with the route.
 */
export async function pickCategory(page: ComposerPage, id: string) {
  if ((await count(page, '[data-testid=category-picker]')) === 0) await goToStep(page, 1);
  if ((await count(page, `[data-category="${id}"]`)) === 0) await page.click('[data-testid=category-more]');
  await page.click(`[data-category="${id}"]`);
  // The chip is the first step's answer: where it goes follows, with its route.
  await page.waitForSelector('[data-testid=qualify][data-step="2"] [data-testid=route]');
}

/** The recommended channel ids, in order. */
export async function routeChannels(page: ComposerPage): Promise<string[]> {
  return page.$$eval('[data-testid=route] > li', (els) => els.map((e) => e.getAttribute('data-channel') ?? ''));
}

/** Waits until the route starts with `first` (the composer re-renders after each saved answer). */
export async function routeStartingWith(page: ComposerPage, first: string[]): Promise<string[]> {
  let ids: string[] = [];
  await expect.poll(async () => (ids = await routeChannels(page)).slice(0, first.length)).toEqual(first);
  return ids;
}

/**
 * "Report to …" on a door of the route (step 2): the user says they report in good faith, and the
 * hand-over of that door opens (step 3), its forms unlocked.
 */
export async function handOver(page: ComposerPage, channel: string) {
  await page.click(`[data-channel="${channel}"] [data-testid=continue]`);
  await page.waitForSelector(`[data-testid=handover-chosen][data-channel-chosen="${channel}"]`);
  await expect
    .poll(() =>
      page.$$eval('[data-testid=good-faith-confirm]', (els) => (els[0] as HTMLInputElement | undefined)?.checked),
    )
    .toBe(true);
}

/** Terrorism apology on an X post: PHAROS first, then the X notice; forms unlock on "report to PHAROS". */
export async function terrorismOnX(page: ComposerPage) {
  await waitForQualify(page);
  await pickCategory(page, 'terrorism');
  const ids = await routeStartingWith(page, ['pharos']);
  expect(ids).toContain('x-notice');
  expect(await count(page, '[data-testid=legal-info]')).toBe(1);
  // Where it goes: a door each, no form yet.
  expect(await count(page, '[data-testid=open-form]')).toBe(0);
  expect(await count(page, '[data-testid=continue]')).toBeGreaterThan(0);
  await handOver(page, 'pharos');
  await expect.poll(() => count(page, '[data-testid=open-form]')).toBeGreaterThan(0);
  const hrefs = await page.$$eval('[data-testid=open-form]', (els) => els.map((e) => e.getAttribute('href')));
  // PHAROS's form; in the e2e build, its test stand-in (`tests/fixtures/forms/pharos.html`).
  expect(hrefs[0]).toMatch(/^https:\/\/(www\.internet-signalement\.gouv\.fr|forms\.vigie\.test)\//);
}

/**
 * A parent reports the harassment of their child on TikTok, public: who is reporting is asked
 * first; then 3018, PHAROS and the TikTok notice, and the complaint advice. A parent is not asked
 * whether a minor is involved.
 */
export async function minorHarassmentOnTikTok(page: ComposerPage) {
  await waitForQualify(page);
  await pickCategory(page, 'cyber-harassment');
  await choose(page, 'role', 'parent');
  const ids = await routeStartingWith(page, ['e-enfance-3018', 'pharos']);
  expect(ids).toContain('tiktok-notice');
  expect(ids).toContain('complaint');
  await page.waitForSelector('[data-testid=complaint-advised]');
  expect(await count(page, '[data-testid=question-minor]')).toBe(0);
}

/** The link-only entry: CSAM already chosen, PHAROS and Point de Contact, identity omitted. */
export async function csamFromLinkOnlyEntry(page: ComposerPage) {
  await waitForQualify(page);
  await expect
    .poll(() =>
      page.$$eval('[data-category="child-sexual-abuse-material"]', (els) => els[0]?.getAttribute('aria-pressed') ?? ''),
    )
    .toBe('true');
  // The category came with the entry: the user goes on to where it goes.
  await page.click('[data-testid=step-next]');
  const ids = await routeStartingWith(page, ['pharos', 'point-de-contact']);
  expect(ids).not.toContain('e-enfance-3018');
  await page.waitForSelector('[data-testid=identity-omitted]');
}

/**
 * A scam listing on a marketplace: seen by a witness (the role not yet said counts as one),
 * PHAROS (« Escroquerie ») and the marketplace notice; for its victim, THESEE and 17Cyber and
 * the notice, never PHAROS.
 */
export async function scamOnMarketplace(page: ComposerPage) {
  await waitForQualify(page);
  await pickCategory(page, 'online-scam');
  const witness = await routeStartingWith(page, ['pharos', 'leboncoin-notice']);
  expect(witness).not.toContain('thesee');
  await choose(page, 'role', 'targeted');
  const ids = await routeStartingWith(page, ['thesee', 'cyber-17']);
  expect(ids).toContain('leboncoin-notice');
  expect(ids).not.toContain('pharos');
}

/** Imminent danger: the emergency screen comes first and hides everything until acknowledged. */
export async function imminentDanger(page: ComposerPage) {
  await waitForQualify(page);
  await answer(page, 'danger', true);
  await page.waitForSelector('[data-testid=emergency-screen]');
  const numbers = await page.$$eval('[data-testid=emergency-screen] .number', (els) => els.map((e) => e.textContent));
  expect(numbers.slice(0, 2)).toEqual(['17', '112']);
  expect(numbers).toEqual(expect.arrayContaining(['119', '3114']));
  // Nothing to skip to: no category, no route until the screen is acknowledged.
  expect(await count(page, '[data-testid=category-picker]')).toBe(0);
  expect(await count(page, '[data-testid=route]')).toBe(0);
  await page.click('[data-testid=emergency-ack]');
  await page.waitForSelector('[data-testid=stepper]');
  if ((await count(page, '[data-testid=category-picker]')) === 0) await goToStep(page, 1);
  await page.waitForSelector('[data-testid=category-picker]');
  await pickCategory(page, 'threats');
  await routeStartingWith(page, ['police-17', 'emergency-112']);
}

/** The composer's folded parts under the steps (Secondary.tsx). */
export type ComposerPart = 'evidence' | 'exports' | 'follow-up';

/**
 * Opens one of the composer's folded parts as a user does, by its summary (once loaded; left open
 * if it already is): the evidence and captured facts, the exports, the follow-up.
 */
export async function unfold(page: ComposerPage, part: ComposerPart) {
  const details = `[data-testid=part-${part}]`;
  await page.waitForSelector(details);
  const open = await page.$$eval(details, (els) => (els[0] as HTMLDetailsElement).open);
  if (!open) await page.click(`${details} > summary`);
  await expect.poll(() => page.$$eval(details, (els) => (els[0] as HTMLDetailsElement).open)).toBe(true);
}
