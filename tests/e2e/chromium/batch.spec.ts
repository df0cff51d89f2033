/**
 * Watch-network mode in real Chromium: a volunteer adds two posts to the batch from the
 * right-click menu (no tab opens, the toolbar badge counts them), qualifies both at once with one
 * good-faith confirmation, and gets one X notice listing both items plus one PHAROS report each.
 */
import type { Page } from '@playwright/test';
import { artefacts, drafts, expect, test, type Chrome } from '../fixtures';
import * as s from '../scenarios';

const SECOND_POST = 'http://x.com/autre_compte/status/1790000000000000002';

async function addToBatch(chromium: Chrome, url: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(url);
  await chromium.clickMenu(page, 'vigie-batch');
  return page;
}

const badge = (chromium: Chrome) =>
  chromium.serviceWorker().then((sw) => sw.evaluate(() => chrome.action.getBadgeText({})));

/** The volunteer role set in the settings, then both posts added from the right-click menu (ready). */
async function volunteerBatchesTwoPosts(chromium: Chrome) {
  const settings = await chromium.context.newPage();
  await settings.goto(chromium.url('/settings.html'));
  await settings.getByTestId('role-volunteer').check();
  await expect(settings.getByTestId('settings-batch')).toBeVisible();
  await addToBatch(chromium, s.X_POST);
  await addToBatch(chromium, SECOND_POST);
  await expect.poll(async () => drafts(await chromium.readDb()).map((d) => d.status)).toEqual(['ready', 'ready']);
  return chromium.readDb();
}

test('a volunteer batches two posts, qualifies them at once and gets one notice listing both', async ({ chromium }) => {
  const db = await volunteerBatchesTwoPosts(chromium);
  await expect.poll(() => badge(chromium)).toBe('2');
  // No composer opened: the volunteer stays on the pages.
  expect(chromium.context.pages().some((p) => p.url().includes('/composer.html'))).toBe(false);
  expect(
    drafts(db)
      .map((d) => d.target.url)
      .sort(),
  ).toEqual([s.X_POST, SECOND_POST].sort());

  const batch = await chromium.context.newPage();
  await batch.goto(chromium.url('/batch.html'));
  await expect(batch.getByTestId('batch-item')).toHaveCount(2);
  // Nothing ticked yet: the page says how to qualify them together.
  await expect(batch.getByTestId('batch-select-hint')).toBeVisible();
  await expect(batch.getByTestId('batch-qualify')).toHaveCount(0);
  await batch.getByTestId('batch-select-all').check();
  await expect(batch.getByTestId('batch-select-hint')).toHaveCount(0);
  await batch.locator('[data-testid=question-batch-danger] [data-answer=no]').click();
  await batch.getByTestId('batch-category').selectOption('hate-incitement');
  await expect(batch.getByTestId('batch-apply')).toBeDisabled();
  await batch.getByTestId('batch-campaign').fill('Raid 12 mars,  raid 12 MARS ; compte @x');
  await batch.getByTestId('good-faith-confirm').check();
  await batch.getByTestId('batch-apply').click();
  await expect(batch.getByTestId('batch-status')).toContainText('2');

  // Each report was qualified and confirmed on its own record.
  const qualified = drafts(await chromium.readDb()) as unknown as {
    qualification: { categoryId: string; goodFaithAt: string | null; role: string; danger: boolean };
    tags: string[];
  }[];
  // The campaign typed once is on every record, tidied and without the repeated spelling.
  for (const d of qualified) expect(d.tags).toEqual(['Raid 12 mars', 'compte @x']);
  for (const d of qualified)
    expect(d.qualification).toMatchObject({ categoryId: 'hate-incitement', role: 'witness', danger: false });
  expect(qualified.every((d) => d.qualification.goodFaithAt !== null)).toBe(true);

  // Where notices go out in numbers, the DSA Art. 23(2) caution is shown, with its source.
  const caution = batch.getByTestId('batch-misuse-caution');
  await expect(caution).toContainText(/23\(2\)|23, paragraphe 2/);
  await expect(caution.locator('a')).toHaveAttribute('href', 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj');

  const xNotice = batch.locator('[data-testid=batch-channel][data-channel=x-notice]');
  // The gate: without the volunteer's own words, no notice to copy and no stand-in text anywhere;
  // each report lacking a description is named, with a link to write it.
  await expect(xNotice.getByTestId('batch-gate')).toBeVisible();
  await expect(xNotice.getByTestId('batch-notice')).toHaveCount(0);
  await expect(xNotice.getByTestId('batch-copy')).toHaveCount(0);
  const missing = xNotice.getByTestId('batch-missing-description');
  await expect(missing).toHaveCount(2);
  await expect(batch.locator('body')).not.toContainText(/\(Décrivez|\(Describe/);
  for (const href of await missing.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
    const composer = await chromium.context.newPage();
    await composer.goto(href);
    await composer
      .getByTestId('description')
      .fill('Appel à la haine visant un groupe, publié en réponse à un article.');
    await expect(composer.getByTestId('description-state')).toHaveText(/Saved in the draft|Enregistré/);
    await composer.close();
  }
  await expect
    .poll(async () =>
      drafts(await chromium.readDb()).every(
        (d) => (d as { narrative?: { description: string } }).narrative?.description !== '',
      ),
    )
    .toBe(true);
  // The batch page reads the reports again when it gets the focus back.
  await batch.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(xNotice.getByTestId('batch-gate')).toHaveCount(0);
  // With no name and email in the settings, the DSA notice asks them once for the batch (Art. 16(2)(c)).
  await expect(xNotice.getByTestId('batch-notice')).toHaveCount(0);
  await batch.getByTestId('batch-identity-name').fill('Camille Veilleuse');
  await batch.getByTestId('batch-identity-email').fill('camille.veille@example.org');
  const notice = await xNotice.getByTestId('batch-notice').inputValue();
  expect(notice).toContain('camille.veille@example.org');
  expect(notice).toContain(s.X_POST);
  expect(notice).toContain(SECOND_POST);
  expect(notice).toMatch(/2 (contenus distincts|separate items)/);
  const pharos = batch.locator('[data-testid=batch-channel][data-channel=pharos]');
  await expect(pharos.getByTestId('batch-open-report')).toHaveCount(2);

  // Copying the X notice records that both items were handed to X.
  await xNotice.getByTestId('batch-copy').click();
  await expect
    .poll(async () =>
      drafts(await chromium.readDb()).filter((d) =>
        d.handoffs?.some((h) => h.channelId === 'x-notice' && h.actions.includes('copied')),
      ),
    )
    .toHaveLength(2);

  // Taking one report out of the batch keeps it in the history, and the badge follows.
  await batch.locator('[data-testid=batch-item] input[type=checkbox]').first().uncheck();
  await batch.locator('[data-testid=batch-item] input[type=checkbox]').nth(1).uncheck();
  await batch.locator('[data-testid=batch-item] input[type=checkbox]').first().check();
  await batch.getByTestId('batch-remove').click();
  await expect(batch.getByTestId('batch-item')).toHaveCount(1);
  await expect.poll(() => badge(chromium)).toBe('1');
  expect(drafts(await chromium.readDb())).toHaveLength(2);
  const left = await batch.getByTestId('batch-item').getAttribute('data-draft');

  // The first post added again: the batch says it was already handed to X, and one click selects
  // it for removal. The other item has nothing to warn about.
  await addToBatch(chromium, s.X_POST);
  await expect
    .poll(async () => drafts(await chromium.readDb()).map((d) => d.status))
    .toEqual(['ready', 'ready', 'ready']);
  await batch.reload();
  await expect(batch.getByTestId('batch-item')).toHaveCount(2);
  const again = batch.locator('[data-testid=batch-item]', { has: batch.getByTestId('batch-warning') });
  await expect(again).toHaveCount(1);
  expect(await again.getAttribute('data-draft')).not.toBe(left);
  await expect(again.getByTestId('batch-warning')).toContainText('X');
  await batch.getByTestId('batch-select-warned').click();
  await batch.getByTestId('batch-remove').click();
  await expect(batch.getByTestId('batch-item')).toHaveCount(1);
  expect(await batch.getByTestId('batch-item').getAttribute('data-draft')).toBe(left);
});

test('from the popup, a volunteer adds the page to the batch and stays on it', async ({ chromium }) => {
  const settings = await chromium.context.newPage();
  await settings.goto(chromium.url('/settings.html'));
  await settings.getByTestId('role-volunteer').check();
  await expect(settings.getByTestId('settings-batch')).toBeVisible();

  const page = await chromium.context.newPage();
  await page.goto(SECOND_POST);
  await chromium.triggerAction(page);
  const popup = await chromium.popup();
  await popup.getByTestId('report-batch').click();
  await expect(popup.getByTestId('batch-added')).toContainText('1');
  await expect(popup.getByTestId('open-batch')).toBeVisible();
  await expect.poll(async () => drafts(await chromium.readDb()).map((d) => d.status)).toEqual(['ready']);
  const db = await chromium.readDb();
  expect(drafts(db)[0]).toMatchObject({ trigger: 'popup', csam: false, target: { url: SECOND_POST } });
  expect(chromium.context.pages().some((p) => p.url().includes('/composer.html'))).toBe(false);
  await expect.poll(() => badge(chromium)).toBe('1');
});

test('a batch qualified as child sexual abuse keeps addresses only: each item loses its captures', async ({
  chromium,
}) => {
  const before = await volunteerBatchesTwoPosts(chromium);
  // Captured in full first (volunteers batch what they see).
  expect(artefacts(before).length).toBeGreaterThan(0);

  const batch = await chromium.context.newPage();
  await batch.goto(chromium.url('/batch.html'));
  await expect(batch.getByTestId('batch-item')).toHaveCount(2);
  await batch.getByTestId('batch-select-all').check();
  await batch.locator('[data-testid=question-batch-danger] [data-answer=no]').click();
  await batch.getByTestId('batch-category').selectOption('child-sexual-abuse-material');
  await batch.getByTestId('good-faith-confirm').check();
  await batch.getByTestId('batch-apply').click();
  await expect(batch.getByTestId('batch-status')).toContainText('2');

  // The rule applies to each record as it is saved: link-only, no screenshot, archive or page text.
  await expect.poll(async () => artefacts(await chromium.readDb())).toHaveLength(0);
  const after = await chromium.readDb();
  for (const d of drafts(after)) {
    expect(d).toMatchObject({ mode: 'url-only', csam: true, page: null });
    expect(d.target.url).toMatch(/^http:\/\/x\.com\//);
  }
  // Handed over as links only: PHAROS for each item, never a copied image.
  const pharos = batch.locator('[data-testid=batch-channel][data-channel=pharos]');
  await expect(pharos.getByTestId('batch-open-report')).toHaveCount(2);
});

test('a batch of grooming conversations asks once whether they show a sexual image of a minor; “yes” keeps addresses only', async ({
  chromium,
}) => {
  const before = await volunteerBatchesTwoPosts(chromium);
  expect(artefacts(before).length).toBeGreaterThan(0);

  const batch = await chromium.context.newPage();
  await batch.goto(chromium.url('/batch.html'));
  await batch.getByTestId('batch-select-all').check();
  await batch.locator('[data-testid=question-batch-danger] [data-answer=no]').click();
  await batch.getByTestId('batch-category').selectOption('hate-incitement');
  await expect(batch.getByTestId('question-batch-minorSexualImage')).toHaveCount(0);
  await batch.getByTestId('batch-category').selectOption('grooming');
  await batch.getByTestId('good-faith-confirm').check();
  // Not applied before the question is answered: the answer decides whether the captures stay.
  await expect(batch.getByTestId('batch-apply')).toBeDisabled();
  await batch.locator('[data-testid=question-batch-minorSexualImage] [data-answer=yes]').click();
  await batch.getByTestId('batch-apply').click();
  await expect(batch.getByTestId('batch-status')).toContainText('2');

  await expect.poll(async () => artefacts(await chromium.readDb())).toHaveLength(0);
  const after = await chromium.readDb();
  for (const d of drafts(after)) expect(d).toMatchObject({ mode: 'url-only', page: null });
  const answers = drafts(after) as unknown as { qualification: { categoryId: string; minorSexualImage: boolean } }[];
  for (const d of answers) expect(d.qualification).toMatchObject({ categoryId: 'grooming', minorSexualImage: true });
});

test('after more than 20 reports started in an hour, the batch page shows a calm note and blocks nothing', async ({
  chromium,
}) => {
  const batch = await chromium.context.newPage();
  await batch.goto(chromium.url('/batch.html')); // opens (and creates) Vigie's database
  await expect(batch.getByTestId('batch-empty')).toBeVisible();
  await expect(batch.getByTestId('hourly-note')).toHaveCount(0);
  // 21 reports started over the last hour, and one two hours ago (not counted): minimal records
  // in the real database, as the note reads only their times.
  await batch.evaluate(
    () =>
      new Promise<void>((ok, ko) => {
        const open = indexedDB.open('vigie');
        open.onerror = () => ko(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          const store = tx.objectStore('drafts');
          const now = Date.now();
          for (let i = 0; i < 22; i++) {
            const at = new Date(now - (i === 21 ? 2 * 3600_000 : i * 120_000)).toISOString();
            store.put({ id: crypto.randomUUID(), createdAt: at, updatedAt: at });
          }
          tx.oncomplete = () => {
            open.result.close();
            ok();
          };
          tx.onerror = () => ko(tx.error);
        };
      }),
  );
  await batch.reload();
  await expect(batch.getByTestId('hourly-note')).toBeVisible();
  await expect(batch.getByTestId('hourly-note')).toContainText('21');
  await expect(batch.getByTestId('hourly-note')).toHaveAttribute('role', 'note');
  // Only a note: the page works as before.
  await expect(batch.getByTestId('batch-empty')).toBeVisible();
});
