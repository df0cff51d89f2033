/**
 * Follow-up steps shared by the Chromium (Playwright) and Firefox (Puppeteer) suites: the
 * history's follow-up editor of one report, driven as a user drives it. Fields are set the way
 * `history.ts` types in the search box (the value, then the event the browser sends); date fields
 * take `YYYY-MM-DD` whatever the UI language, which typing key by key would not.
 */
import { expect } from '@playwright/test';
import type { HistoryPage } from './history';
import type { ComposerPage } from './scenarios';

/** The page types' common keyboard and focus (Playwright's and Puppeteer's). */
export interface FollowUpPage extends HistoryPage {
  focus(selector: string): Promise<void>;
  keyboard: { press(key: 'Enter'): Promise<void> };
}

export const REFERENCE = 'X-DSA-2026-000417';

/** What `followUp` of a stored draft holds. */
export interface StoredFollowUp {
  steps: { status: string; at: string; reference: string | null }[];
  decision: { outcome: string; at: string; channelId: string | null } | null;
  onlineChecks: { at: string; result: string }[];
}

export const followUpOf = (db: { drafts: unknown[] }, id: string) =>
  (db.drafts as { id: string; followUp: StoredFollowUp }[]).find((d) => d.id === id)!.followUp;

const row = (id: string) => `[data-draft-id="${id}"]`;
const inRow = (id: string, testId: string) => `${row(id)} [data-testid=${testId}]`;

/** Sets a field's value and sends the event a user's edit sends (`input`, or `change` for a select). */
async function setField(page: HistoryPage, selector: string, value: string) {
  await page.evaluate(
    ({ selector, value }) => {
      const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      field.value = value;
      field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    { selector, value },
  );
}

/** An attribute of every element `selector` matches (the names travel as arguments: page functions close over nothing). */
const attribute = (page: HistoryPage, selector: string, name: string) =>
  page.evaluate(({ selector, name }) => [...document.querySelectorAll(selector)].map((e) => e.getAttribute(name)), {
    selector,
    name,
  });

const count = (page: HistoryPage, selector: string) => page.$$eval(selector, (els) => els.length);

/** A day of the browser's calendar, `days` before today, as a date field holds it. */
export const dayBefore = (page: HistoryPage, days: number) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() - days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

/** The instant a day typed in the editor stands for: noon that day in the browser's zone. */
export const noonOf = (page: HistoryPage, day: string) =>
  page.evaluate((day) => new Date(`${day}T12:00:00`).toISOString(), day);

/** The calendar day in Paris of an instant, and that day `months` later (the month's last day when it has none). */
export function parisDayPlusMonths(iso: string, months: number) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' })
    .format(new Date(iso))
    .split('-')
    .map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0));
  const day = Math.min(d, last.getUTCDate());
  return `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** In the composer, once qualified: copies the X notice's pack, which hands the report off to it. */
export async function handOffToXNotice(composer: ComposerPage) {
  const channel = '[data-channel="x-notice"]';
  await composer.click(`${channel} [data-testid=pack-toggle]`);
  await composer.click(`${channel} [data-testid=copy-all]`);
  await composer.waitForSelector(`${channel} [data-testid=handed-off]`, { timeout: 20_000 });
}

/** Opens the row's follow-up editor and returns the status it starts from. */
export async function openEditor(page: HistoryPage, id: string) {
  // The history reads its rows after its first render: wait for this one (Puppeteer's click does not).
  await page.waitForSelector(inRow(id, 'row-follow-up'), { timeout: 20_000 });
  await page.click(inRow(id, 'row-follow-up'));
  await page.waitForSelector(inRow(id, 'follow-up-form'), { timeout: 20_000 });
  return (await attribute(page, inRow(id, 'follow-up'), 'data-status'))[0];
}

/**
 * Bad dates, on both of the editor's forms: an emptied field and a day after today. Each is said
 * in words next to the field, saving is disabled, and Enter in the reference field (the form's
 * implicit submission) saves nothing. The dates are left valid again for the next steps.
 */
export async function badDatesAreRefused(page: FollowUpPage, id: string) {
  const stepDate = inRow(id, 'follow-up-date');
  const decisionDate = inRow(id, 'decision-date');
  expect(await count(page, inRow(id, 'follow-up-date-error'))).toBe(0);
  const messages: string[] = [];
  for (const bad of ['', '2999-12-31']) {
    await setField(page, stepDate, bad);
    await page.waitForSelector(inRow(id, 'follow-up-date-error'));
    messages.push(...(await page.$$eval(inRow(id, 'follow-up-date-error'), (els) => els.map((e) => e.textContent))));
    expect(await attribute(page, inRow(id, 'follow-up-save'), 'disabled')).toEqual(['']);
    expect(await attribute(page, stepDate, 'aria-invalid')).toEqual(['true']);
    await setField(page, inRow(id, 'follow-up-reference'), REFERENCE);
    await page.focus(inRow(id, 'follow-up-reference'));
    await page.keyboard.press('Enter');
  }
  // The same words in whatever language the browser runs; the field is named in both.
  expect(messages[0]).toMatch(/date/i);
  expect(messages[1]).toBe(messages[0]);

  await setField(page, decisionDate, '');
  await page.waitForSelector(inRow(id, 'decision-date-error'));
  expect(await attribute(page, inRow(id, 'decision-save'), 'disabled')).toEqual(['']);
  expect(await page.$$eval(inRow(id, 'decision-date-error'), (els) => els.map((e) => e.textContent))).toEqual([
    messages[0],
  ]);

  await setField(page, stepDate, await dayBefore(page, 0));
  await setField(page, decisionDate, await dayBefore(page, 0));
  await expect
    .poll(() => count(page, `${inRow(id, 'follow-up-date-error')}, ${inRow(id, 'decision-date-error')}`))
    .toBe(0);
  expect(await attribute(page, inRow(id, 'follow-up-save'), 'disabled')).toEqual([null]);
  // Nothing was recorded on screen either.
  expect(await count(page, inRow(id, 'follow-up-steps'))).toBe(0);
  expect(await count(page, inRow(id, 'decision-recorded'))).toBe(0);
}

/** Records "acknowledged" on `day` with the platform's reference number. */
export async function recordAcknowledged(page: HistoryPage, id: string, day: string) {
  await setField(page, inRow(id, 'follow-up-step-status'), 'acknowledged');
  await setField(page, inRow(id, 'follow-up-date'), day);
  // Pasted with the spaces and line break a copied reference often carries: stored as one clean line.
  await setField(page, inRow(id, 'follow-up-reference'), `  ${REFERENCE}\n`);
  await page.click(inRow(id, 'follow-up-save'));
  await expect.poll(async () => (await attribute(page, inRow(id, 'follow-up'), 'data-status'))[0]).toBe('acknowledged');
  expect(await count(page, `${inRow(id, 'follow-up-steps')} > li`)).toBe(1);
  expect(await page.$$eval(inRow(id, 'follow-up-steps'), (els) => els[0]!.textContent)).toContain(REFERENCE);
}

/**
 * Records that the platform refused, on `day`: the editor offers the DSA's next steps, an internal
 * complaint (Art. 20) with its deadline, out-of-court settlement (Art. 21) and a trusted flagger
 * (Art. 22). Returns the steps shown, with their deadlines.
 */
export async function recordRefusal(page: HistoryPage, id: string, day: string) {
  expect(await count(page, inRow(id, 'next-steps'))).toBe(0);
  await setField(page, inRow(id, 'decision-outcome'), 'refused');
  await setField(page, inRow(id, 'decision-date'), day);
  await page.click(inRow(id, 'decision-save'));
  await expect
    .poll(async () => (await attribute(page, inRow(id, 'decision-recorded'), 'data-outcome'))[0])
    .toBe('refused');
  await expect.poll(async () => (await attribute(page, inRow(id, 'follow-up'), 'data-status'))[0]).toBe('decided');
  const steps = await page.$$eval(`${inRow(id, 'next-steps')} > li`, (els) =>
    els.map((e) => ({
      id: e.getAttribute('data-step'),
      deadline: e.getAttribute('data-deadline'),
      text: e.textContent ?? '',
      source: e.querySelector('a')?.getAttribute('href') ?? null,
    })),
  );
  expect(steps.map((s) => s.id)).toEqual(['internal-complaint', 'out-of-court', 'trusted-flagger']);
  expect(steps.map((s) => s.text.match(/Art\. \d+/)?.[0])).toEqual(['Art. 20', 'Art. 21', 'Art. 22']);
  for (const s of steps) expect(s.source).toBe('https://eur-lex.europa.eu/eli/reg/2022/2065/oj');
  return steps;
}

/** After the page was opened again: the user answers it is still online. */
export async function answerStillOnline(page: HistoryPage, id: string) {
  await page.waitForSelector(inRow(id, 'online-online'));
  expect(await count(page, inRow(id, 'online-last'))).toBe(0);
  await page.click(inRow(id, 'online-online'));
  await expect.poll(async () => (await attribute(page, inRow(id, 'online-last'), 'data-result'))[0]).toBe('online');
  // The question closes once answered.
  expect(await count(page, inRow(id, 'online-online'))).toBe(0);
}

/** The stored follow-up is exactly what was recorded, and nothing else. */
export function expectStored(
  followUp: StoredFollowUp,
  expected: { acknowledgedAt: string; decidedAt: string; checkedFrom: number; checkedTo: number },
) {
  expect(followUp).toEqual({
    steps: [
      { status: 'acknowledged', at: expected.acknowledgedAt, reference: REFERENCE },
      { status: 'decided', at: expected.decidedAt, reference: null },
    ],
    decision: { outcome: 'refused', at: expected.decidedAt, channelId: 'x-notice' },
    onlineChecks: [{ at: expect.any(String), result: 'online' }],
  });
  const checked = Date.parse(followUp.onlineChecks[0]!.at);
  expect(checked).toBeGreaterThanOrEqual(expected.checkedFrom);
  expect(checked).toBeLessThanOrEqual(expected.checkedTo);
}

/**
 * The history, loaded again: the row says "decided" with the reference and the refusal, and its
 * editor shows the two steps, the decision with its next steps and the last check.
 */
export async function rowShowsFollowUp(page: HistoryPage, id: string) {
  await page.waitForSelector(row(id), { timeout: 20_000 });
  expect(await attribute(page, row(id), 'data-status')).toEqual(['decided']);
  expect(await page.$$eval(inRow(id, 'row-references'), (els) => els.map((e) => e.textContent))).toEqual([
    expect.stringContaining(REFERENCE),
  ]);
  expect(await attribute(page, inRow(id, 'row-decision'), 'data-decision')).toEqual(['refused']);
  expect(await count(page, inRow(id, 'row-channels'))).toBe(1);

  expect(await openEditor(page, id)).toBe('decided');
  expect(await count(page, `${inRow(id, 'follow-up-steps')} > li`)).toBe(2);
  expect(await attribute(page, inRow(id, 'decision-recorded'), 'data-outcome')).toEqual(['refused']);
  expect(await attribute(page, `${inRow(id, 'next-steps')} > li`, 'data-step')).toEqual([
    'internal-complaint',
    'out-of-court',
    'trusted-flagger',
  ]);
  expect(await attribute(page, inRow(id, 'online-last'), 'data-result')).toEqual(['online']);
}

/**
 * The steps both browsers take on a handed-off report: open its editor, refuse bad dates (nothing
 * stored), record the acknowledgement (3 days ago) and the refusal (yesterday), and check the DSA
 * next steps' deadlines. Returns the instants recorded.
 */
export async function acknowledgedThenRefused(
  page: FollowUpPage,
  id: string,
  readDb: () => Promise<{ drafts: unknown[] }>,
): Promise<{ acknowledgedAt: string; decidedAt: string }> {
  expect(await openEditor(page, id)).toBe('handed-off');
  const untouched = followUpOf(await readDb(), id);
  expect(untouched).toEqual({ steps: [], decision: null, onlineChecks: [] });

  await badDatesAreRefused(page, id);
  expect(followUpOf(await readDb(), id)).toEqual(untouched);

  const acknowledgedDay = await dayBefore(page, 3);
  const decidedDay = await dayBefore(page, 1);
  await recordAcknowledged(page, id, acknowledgedDay);
  const steps = await recordRefusal(page, id, decidedDay);
  const decidedAt = await noonOf(page, decidedDay);
  // An internal complaint stays open six months after the decision (Paris calendar); the others have no deadline.
  expect(steps.map((step) => step.deadline)).toEqual([parisDayPlusMonths(decidedAt, 6), '', '']);
  return { acknowledgedAt: await noonOf(page, acknowledgedDay), decidedAt };
}
