/**
 * A volunteer's batch of 10, in real Chromium on the e2e build (PHAROS opens its stand-in form on
 * `https://forms.vigie.test`): ten posts added at once from a selection of a page listing them
 * (« Ajouter les liens de la sélection au lot », URL only), qualified at once, one shared
 * description adjusted for one item, the gate on every item, every item handed off on every
 * channel of its route (one X notice, name and email asked once for the batch; PHAROS and the
 * three trusted flaggers in one action per item), a reference, and the association export and the
 * watchlist holding exactly the batch — or the selection — while the history holds two more reports.
 *
 * The same walk runs in English too (issue 16: every role's journey in both languages), on a
 * smaller batch: the browser's interface in English, the batch page speaks English (the
 * extension's English strings), while what fills the French channels' forms and the PHAROS pack
 * stays French, the channel's language.
 *
 * The actions are counted as a person makes them (every control operated, a question shown with a
 * default included; typing and the browser's one-time permission excluded). `npm run bench` reads
 * the count (`VIGIE_BATCH_ACTIONS_OUT`) and reports it against the issue's target (3 per item).
 */
import { readFile } from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchChromium, ROOT } from '../../harness/chromium.mjs';
import { artefacts, drafts, expect, test as base, type Chrome } from '../fixtures';
import { serveTestForms, approveHosts } from './forms';

const E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
const ITEMS = 10;
const path = (i: number) => `x.com/compte_${i}/status/17900000000000001${String(i).padStart(2, '0')}`;
const post = (i: number) => `http://${path(i)}`;
const OUTSIDE = [
  'http://x.com/hors_lot/status/1790000000000000901',
  'http://x.com/hors_lot/status/1790000000000000902',
];
const SHARED = 'Appel à la haine visant un groupe religieux, publié dans un fil coordonné.';
const OWN = 'Appel à la haine avec une photo du lieu de culte visé et son adresse.';
/**
 * The count today, as a regression bound: it fails when the journey grows. The target
 * (3 per item, 30 for 10) is the bench's to report; see the note at the end of the test.
 */
const VOLUNTEER_ACTIONS_NOW = 22;
/** The channels every item goes to, each with its own form (X takes one notice for the batch). */
const PER_ITEM = ['pharos', 'point-de-contact', 'licra', 'crif'];
/** A volunteer's page listing the posts (a thread, a search), with links Vigie must leave out. */
const LIST_PAGE = 'http://veille.vigie.test/fil-coordonne';
const listPage = (items: number) => `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Fil coordonné</title>
<p>Avant la sélection : <a href="http://x.com/hors_selection/status/1790000000000000999">hors sélection</a></p>
<div id="fil"><h1>Fil coordonné</h1><ul>
${Array.from({ length: items }, (_, i) => `<li><a href="${post(i + 1)}">Publication ${i + 1}</a></li>`).join('\n')}
<li><a href="${post(Math.min(4, items))}?s=20">La publication ${Math.min(4, items)}, partagée</a></li>
<li><a href="javascript:alert(1)">Piège</a> <a href="data:text/html,<b>x</b>">Piège 2</a> <a href="mailto:x@example.org">Contact</a></li>
</ul></div>
<p>Après : <a href="http://x.com/apres/status/1790000000000000998">hors sélection</a></p></html>`;

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locale = (lang: 'fr' | 'en') =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const MESSAGES = { fr: locale('fr'), en: locale('en') };
/** The extension's string for `key` in `lang`, as `chrome.i18n` substitutes it (`$NAME$` ← `$1`…). */
function message(lang: 'fr' | 'en', key: string, substitutions: string[] = []) {
  const m = MESSAGES[lang][key];
  if (!m) throw new Error(`no message ${key} in ${lang}`);
  return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, i: string) => substitutions[Number(i) - 1] ?? '');
  });
}

/** The trusted flaggers' real forms are not reachable in tests: a blank page stands in for every other https site. */
async function blankOtherSites(context: BrowserContext) {
  await context.route(
    (url) => url.protocol === 'https:' && url.hostname !== 'forms.vigie.test',
    (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>-</title><p>-</p>' }),
  );
}

/**
 * Chromium on the e2e build; in English, its interface language comes from `LANGUAGE`/`LANG` on
 * Linux (with Debian's `chromium-l10n`), not only `--lang`: both are passed.
 */
const inLanguage = (lang?: 'en') =>
  base.extend<{ chromium: Chrome }>({
    chromium: async ({ site }, use) => {
      const chromium = await launchChromium({
        extensionDir: E2E_BUILD,
        proxy: site.origin,
        ...(lang ? { args: [`--lang=${lang}`], env: { LANGUAGE: lang, LANG: 'en_US.UTF-8' } } : {}),
      });
      await blankOtherSites(chromium.context);
      await serveTestForms(chromium.context, site.origin);
      await use(chromium);
      await chromium.close();
    },
  });
const test = inLanguage();

async function downloaded(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  return JSON.parse(await readFile((await d.path())!, 'utf8')) as Record<string, unknown>;
}

type Stored = {
  id: string;
  target: { url: string };
  narrative: { description: string };
  handoffs: { channelId: string; actions: string[]; reference: string | null; gate?: { ready: boolean } }[];
};
/** One action of the volunteer's: the step, if a test drives it, then counted. */
type Act = (step?: () => Promise<unknown>) => Promise<void>;

async function becomeVolunteer(chromium: Chrome) {
  const settings = await chromium.context.newPage();
  await settings.goto(chromium.url('/settings.html'));
  await settings.getByTestId('role-volunteer').check();
  await expect(settings.getByTestId('settings-batch')).toBeVisible();
  await settings.close();
}

/**
 * `items` posts added at once from the page listing them: the list selected, the right-click and
 * the menu entry (three actions). Waits for the history's `total` reports, all ready; returns the
 * database then and the items' ids in the page's order.
 */
async function addFromSelection(chromium: Chrome, items: number, total: number, act: Act) {
  await chromium.context.route(LIST_PAGE, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: listPage(items) }),
  );
  const list = await chromium.context.newPage();
  await list.goto(LIST_PAGE);
  await act(() =>
    list.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('fil')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }),
  );
  const selectionText = await list.evaluate(() => getSelection()!.toString());
  await act(); // the right-click
  await act(() => chromium.clickMenu(list, 'vigie-batch-links', { selectionText, frameId: 0 }));
  await expect
    .poll(async () => drafts(await chromium.readDb()).map((d) => d.status), { timeout: 60_000 })
    .toEqual(Array.from({ length: total }, () => 'ready'));
  await list.close();
  const added = await chromium.readDb();
  // URL only: no screenshot, archive or page text for any of them (the list page is not the item).
  const stored = drafts(added) as unknown as (Stored & { mode: string })[];
  // In the page's order (post 1 to the last).
  const linkIds = Array.from({ length: items }, (_, i) => stored.find((d) => d.target.url.endsWith(path(i + 1)))?.id);
  expect(linkIds.every((id) => id !== undefined)).toBe(true);
  for (const d of stored.filter((x) => linkIds.includes(x.id))) expect(d.mode).toBe('url-only');
  expect(artefacts(added).filter((a) => linkIds.includes(a.draftId))).toEqual([]);
  expect(stored).toHaveLength(total); // neither the links outside the selection nor those left out
  for (const p of chromium.context.pages()) if (p.url().includes('/composer.html')) await p.close();
  return { added, linkIds: linkIds as string[] };
}

/** The batch page, listing exactly the items added, in the page's order. */
async function openBatch(chromium: Chrome, linkIds: readonly string[]) {
  const batch = await chromium.context.newPage();
  await batch.goto(chromium.url('/batch.html'));
  await expect(batch.getByTestId('batch-item')).toHaveCount(linkIds.length);
  const ids = await batch
    .getByTestId('batch-item')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-draft')!));
  expect(ids).toEqual(linkIds);
  const note = batch.getByTestId('batch-links-note');
  await expect(note).toHaveAttribute('data-added', String(linkIds.length));
  // The selection's time carries its zone in brackets: never nested in more brackets.
  await expect(note).toContainText(/\d:\d\d \([^()]+\)/);
  await expect(note).not.toContainText('))');
  const channel = (id: string) => batch.locator(`[data-testid=batch-channel][data-channel=${id}]`);
  return { batch, ids, channel };
}

/** Qualified at once: every question shown is answered (the role has a default: it counts). Six actions. */
async function qualifyAll(batch: Page, items: number, act: Act) {
  await act(() => batch.getByTestId('batch-select-all').check());
  await act(() => batch.locator('[data-testid=question-batch-danger] [data-answer=no]').click());
  await act(() => batch.getByTestId('batch-category').selectOption('hate-incitement'));
  await act(() => batch.locator('[data-testid=question-batch-role] [data-answer=witness]').click());
  await act(() => batch.getByTestId('good-faith-confirm').check());
  await act(() => batch.getByTestId('batch-apply').click());
  await expect(batch.getByTestId('batch-status')).toContainText(String(items));
  // Unticked again (exports of the whole batch; not part of the journey).
  await batch.getByTestId('batch-select-all').uncheck();
}

/** The gate on every item, before any description: missing, and nothing stands in for it. */
async function gateWithoutDescriptions(
  batch: Page,
  channel: (id: string) => ReturnType<Page['locator']>,
  items: number,
) {
  // Where notices go out in numbers: the DSA Art. 23(2) caution, before the channels.
  await expect(batch.getByTestId('batch-misuse-caution')).toContainText(/23\(2\)|23, paragraphe 2/);
  await expect(batch.getByTestId('batch-channel')).toHaveCount(5);
  for (const id of [...PER_ITEM, 'x-notice'])
    await expect(channel(id).locator('[data-testid=batch-item-gate][data-ready=false]')).toHaveCount(items);
  await expect(channel('pharos').getByTestId('batch-next')).toBeDisabled();
  await expect(channel('pharos').getByTestId('batch-next-why')).toBeVisible();
  await expect(channel('x-notice').getByTestId('batch-notice')).toHaveCount(0);
  await expect(batch.getByTestId('batch-item-next')).toHaveCount(0);
  await expect(batch.getByTestId('batch-item-walk-waiting')).toHaveAttribute('data-count', String(items));
  await expect(batch.getByTestId('batch-item-walk-waiting')).toContainText(/description/);
  await expect(batch.locator('body')).not.toContainText(/\(Décrivez|\(Describe/);
}

/** One shared text, written once into every item (one action). */
async function describeAll(batch: Page, text: string, act: Act) {
  await batch.getByTestId('batch-shared-text').fill(text); // typing: not counted
  await act(() => batch.getByTestId('batch-shared-apply').click());
  await expect(batch.getByTestId('batch-shared-none')).toBeVisible();
}

/**
 * The walk: one action per item opens the form of each of its four services, each in its own tab
 * beside its pack, and fills it. `onItem` sees each item's new tabs and its PHAROS form, filled,
 * before the volunteer sends and closes them.
 */
async function walkItems(
  chromium: Chrome,
  batch: Page,
  ids: readonly string[],
  act: Act,
  description: (n: number) => string,
  onItem?: (n: number, form: Page, opened: Page[]) => Promise<void>,
) {
  // The browser's one-time permission for each form's site, stood in for (see tests/e2e/README.md).
  await approveHosts(chromium, [
    'https://forms.vigie.test/*',
    'https://www.pointdecontact.net/*',
    'https://www.licra.org/*',
    'https://www.crif.org/*',
  ]);
  const walk = batch.getByTestId('batch-item-walk');
  for (let n = 1; n <= ids.length; n++) {
    await batch.bringToFront();
    const next = walk.getByTestId('batch-item-next');
    await expect(next).toHaveAttribute('data-draft', ids[n - 1]!);
    await expect(next).toHaveAttribute('data-channels', PER_ITEM.join(' '));
    await expect(next).toContainText(new RegExp(`${n} (sur|of) ${ids.length}`));
    const before = new Set(chromium.context.pages());
    await act(() => next.click());
    // Four forms, one after the other, each filled once its page has loaded (a busy machine is slow).
    await expect(walk.getByTestId('batch-item-walk-progress')).toHaveAttribute('data-done', String(n), {
      timeout: 180_000,
    });
    const status = walk.getByTestId('batch-item-walk-status');
    for (const id of PER_ITEM)
      await expect(status).toHaveAttribute('data-results', new RegExp(`${id}:(filled|opened)`));
    await expect(status).toHaveAttribute('data-fill', /pharos:done/);
    await expect(status).toHaveAttribute('data-results', /pharos:filled/);
    await expect(status).toContainText(/rempli|filled/);
    // Four new tabs: one per service, never one reused.
    await expect.poll(() => chromium.context.pages().filter((p) => !before.has(p)).length).toBeGreaterThanOrEqual(4);
    const opened = chromium.context.pages().filter((p) => !before.has(p));
    // The stand-in PHAROS form, filled with this item's values and its own description.
    const form = opened.find((p) => p.url().includes('forms.vigie.test'));
    expect(form).toBeDefined();
    await expect.poll(() => form!.inputValue('#url')).toContain(path(n));
    expect(await form!.inputValue('#commentaire')).toContain(description(n));
    expect(await form!.inputValue('#categorie')).not.toBe('');
    for (const host of ['www.pointdecontact.net', 'www.licra.org', 'www.crif.org'])
      expect(
        opened.some((p) => new URL(p.url()).host === host),
        host,
      ).toBe(true);
    if (n === 2) {
      // Item 1's forms were left open: the page counts them, so none is forgotten.
      await expect(walk.getByTestId('batch-item-walk-tabs')).toHaveAttribute('data-open', '4');
    }
    await onItem?.(n, form!, opened);
    // The volunteer sends each form (not Vigie) and closes it; item 1's stay open until item 2.
    if (n !== 1)
      for (const p of chromium.context.pages()) if (p !== batch && p.url().startsWith('http')) await p.close();
  }
  await expect(walk.getByTestId('batch-item-walk-done')).toBeVisible();
  for (const id of PER_ITEM) {
    const list = batch.locator(`[data-testid=batch-channel][data-channel=${id}]`);
    await expect(list.getByTestId('batch-progress')).toHaveAttribute('data-done', String(ids.length));
    await expect(list.getByTestId('batch-all-done')).toBeVisible();
    await expect(list.locator('[data-testid=batch-channel-item][data-done=true]')).toHaveCount(ids.length);
  }
}

test('a volunteer hands 10 items to every channel: a description each, the gate on each, progress, next item, exports of the batch only', async ({
  chromium,
}) => {
  test.setTimeout(600_000);
  let actions = 0;
  const act: Act = async (step) => {
    await step?.();
    actions++;
  };

  await becomeVolunteer(chromium);
  // Two reports outside the batch: the history holds 12, the batch 10.
  for (const url of OUTSIDE) {
    const page = await chromium.context.newPage();
    await page.goto(url);
    await chromium.clickMenu(page, 'vigie-report');
    await page.close();
  }
  // Ten posts added at once: the list selected, the right-click and the menu entry (three actions).
  const { linkIds } = await addFromSelection(chromium, ITEMS, ITEMS + 2, act);
  const { batch, ids, channel } = await openBatch(chromium, linkIds);
  // What was added and what was left out is said, with the reason.
  const note = batch.getByTestId('batch-links-note');
  await expect(note).toContainText(/10 liens|10 links/);
  await expect(note).toContainText(/3 liens qui ne sont pas des adresses web|3 links that are not web addresses/);
  await expect(note).toContainText(/1 doublon|1 duplicate/);

  await qualifyAll(batch, ITEMS, act);
  await gateWithoutDescriptions(batch, channel, ITEMS);

  // One shared text, written once into the ten items; then item 3's own words, adjusted inline.
  await describeAll(batch, SHARED, act);
  const third = batch.locator(`[data-testid=batch-item][data-draft="${ids[2]}"]`);
  await expect(third.getByTestId('batch-item-description')).toHaveValue(SHARED);
  await third.getByTestId('batch-item-description').fill(OWN); // typing: not counted
  await third.getByTestId('batch-item-description').blur();
  await expect(third.getByTestId('batch-description-state')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(
      async () =>
        (drafts(await chromium.readDb()) as unknown as Stored[]).filter(
          (d) => ids.includes(d.id) && d.narrative.description !== '',
        ).length,
      { timeout: 60_000 },
    )
    .toBe(ITEMS);
  const described = await chromium.readDb();
  const descriptionOf = (id: string) =>
    (drafts(described) as unknown as Stored[]).find((d) => d.id === id)!.narrative.description;
  expect(descriptionOf(ids[2]!)).toBe(OWN);
  for (const id of ids.filter((_, i) => i !== 2)) expect(descriptionOf(id)).toBe(SHARED);
  // The reports outside the batch were not touched.
  expect(
    (drafts(described) as unknown as Stored[]).filter((d) => !ids.includes(d.id)).map((d) => d.narrative.description),
  ).toEqual(['', '']);

  // Every item's PHAROS pack passes the gate now.
  await expect(channel('pharos').locator('[data-testid=batch-item-gate][data-ready=true]')).toHaveCount(ITEMS);
  // The DSA notice needs the notifier's name and email (Art. 16(2)(c)); the settings have none:
  // asked once for the batch (typing: not counted), never per item.
  await expect(batch.getByTestId('batch-identity')).toHaveCount(1);
  await expect(channel('x-notice').getByTestId('batch-notice-identity-missing')).toBeVisible();
  await batch.getByTestId('batch-identity-name').fill('Camille Veilleuse');
  await batch.getByTestId('batch-identity-email').fill('camille.veille@example.org');
  await expect(channel('x-notice').locator('[data-testid=batch-item-gate][data-ready=true]')).toHaveCount(ITEMS);
  // The notice lists each item with its own words, and the notifier once.
  const notice = await channel('x-notice').getByTestId('batch-notice').inputValue();
  expect(notice.split(SHARED)).toHaveLength(ITEMS); // 9 times
  expect(notice).toContain(OWN);
  for (let i = 1; i <= ITEMS; i++) expect(notice).toContain(path(i));
  expect(notice).not.toMatch(/\(Décrivez|\(Describe|\{\w*\}|undefined/);
  expect(notice.split('camille.veille@example.org')).toHaveLength(2);
  expect(notice).toContain('Camille Veilleuse');

  // X: one notice for the ten items — copied, then pasted where X takes it (in its app: X's own
  // steps there are not Vigie's; the paste is counted, not driven).
  await expect(channel('x-notice').getByTestId('batch-open-form')).toHaveCount(0); // no web form known for X
  await act(() => channel('x-notice').getByTestId('batch-copy').click());
  await act(); // the paste
  await expect(channel('x-notice').getByTestId('batch-progress')).toHaveAttribute('data-done', String(ITEMS));

  await walkItems(chromium, batch, ids, act, (n) => (n === 3 ? OWN : SHARED));
  // A reference PHAROS gave for item 1 (typing: not counted), kept on the item.
  const firstRef = channel('pharos').locator(`[data-testid=batch-channel-item][data-draft="${ids[0]}"]`);
  await firstRef.getByTestId('batch-item-reference').fill('PHAROS-2026-0101');
  await firstRef.getByTestId('batch-item-reference').press('Enter');
  await expect
    .poll(
      async () =>
        (drafts(await chromium.readDb()) as unknown as Stored[])
          .find((d) => d.id === ids[0])
          ?.handoffs.find((h) => h.channelId === 'pharos')?.reference,
      { timeout: 60_000 },
    )
    .toBe('PHAROS-2026-0101');
  const handed = await chromium.readDb();
  // Every item handed off on every channel, recorded like the composer's hand-offs, with the gate.
  for (const d of (drafts(handed) as unknown as Stored[]).filter((x) => ids.includes(x.id))) {
    for (const id of [...PER_ITEM, 'x-notice']) {
      const h = d.handoffs.find((x) => x.channelId === id);
      expect(h?.actions.length, `${d.target.url} on ${id}`).toBeGreaterThan(0);
      expect(h?.gate).toBeDefined();
    }
    const pharos = d.handoffs.find((x) => x.channelId === 'pharos')!;
    expect(pharos.actions).toEqual(expect.arrayContaining(['opened', 'filled']));
    expect(pharos.gate).toMatchObject({ ready: true });
  }

  // Exports from the batch page: the batch's ten, never the history's twelve…
  const association = await downloaded(batch, () => batch.getByTestId('association-json').click());
  const exported = (association.reports as { reportId: string }[]).map((r) => r.reportId).sort();
  expect(exported).toEqual([...ids].sort());
  const watchlist = await downloaded(batch, () => batch.getByTestId('watchlist-export-button').click());
  expect((watchlist.sha256 as unknown[]).length).toBe(ITEMS);
  // …or the selection only.
  const picked = [ids[1]!, ids[6]!];
  for (const id of picked)
    await batch.locator(`[data-testid=batch-item][data-draft="${id}"] input[type=checkbox]`).check();
  await expect(batch.getByTestId('association-scope')).toContainText('2');
  const selection = await downloaded(batch, () => batch.getByTestId('association-json').click());
  expect((selection.reports as { reportId: string }[]).map((r) => r.reportId).sort()).toEqual([...picked].sort());
  const selectedList = await downloaded(batch, () => batch.getByTestId('watchlist-export-button').click());
  expect((selectedList.sha256 as unknown[]).length).toBe(picked.length);

  // 3 to add the items (select, right-click, menu entry), 6 to qualify, 1 for the descriptions, 2 for
  // X, 10 for the walk (one per item, its four forms at once): 22, i.e. 2.2 per item against the
  // issue's 3 (`npm run bench` reports it).
  expect(actions).toBeLessThanOrEqual(VOLUNTEER_ACTIONS_NOW);
  if (process.env.VIGIE_BATCH_ACTIONS_OUT)
    writeFileSync(
      process.env.VIGIE_BATCH_ACTIONS_OUT,
      JSON.stringify({ items: ITEMS, channels: PER_ITEM.length + 1, actions, perItem: actions / ITEMS }),
    );
});

/** The English run's batch: three posts, added from a selection in one go. */
const EN_ITEMS = 3;
/** The volunteer's words for PHAROS, a French channel: written in French, whatever the interface's language. */
const EN_DESCRIPTION = 'Appel à la haine visant un groupe religieux, relayé par plusieurs comptes.';
/** The batch page's strings checked in English (and never in French) on the way. */
const UI_KEYS = [
  'batchTitle',
  'batchColumnContent',
  'batchHandoffHeading',
  'batchItemWalkHeading',
  'batchExportHeading',
];

inLanguage('en')(
  'in English: a volunteer hands 3 items to every channel; the page speaks English, the French forms and the PHAROS pack stay French',
  async ({ chromium }, testInfo) => {
    test.setTimeout(300_000);
    let actions = 0;
    const act: Act = async (step) => {
      await step?.();
      actions++;
    };
    const en = (key: string, substitutions?: string[]) => message('en', key, substitutions);

    await becomeVolunteer(chromium);
    const { linkIds } = await addFromSelection(chromium, EN_ITEMS, EN_ITEMS, act);
    const { batch, ids, channel } = await openBatch(chromium, linkIds);
    // The browser runs in English, and so does the extension.
    expect(await batch.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
    expect(await batch.evaluate(() => chrome.i18n.getMessage('localeCode'))).toBe('en');
    await expect(batch.getByRole('heading', { level: 1 })).toHaveText(en('batchTitle'));
    const note = batch.getByTestId('batch-links-note');
    await expect(note).toContainText(en('batchLinksAddedOther', [String(EN_ITEMS)]));
    await expect(note).toContainText(en('batchLinksSchemeOther', ['3']));
    await expect(note).toContainText(en('batchLinksDuplicateOne', ['1']));
    await expect(batch.getByTestId('batch-select-all')).toHaveAttribute('aria-label', en('batchSelectAll'));

    await qualifyAll(batch, EN_ITEMS, act);
    await gateWithoutDescriptions(batch, channel, EN_ITEMS);
    await describeAll(batch, EN_DESCRIPTION, act);
    await expect(channel('pharos').locator('[data-testid=batch-item-gate][data-ready=true]')).toHaveCount(EN_ITEMS);

    const walk = batch.getByTestId('batch-item-walk');
    await expect(walk.getByRole('heading')).toHaveText(en('batchItemWalkHeading'));
    await expect(walk.getByTestId('batch-item-walk-progress')).toHaveText(
      en('batchItemWalkProgress', ['0', String(EN_ITEMS)]),
    );
    // « Hand item 1 of 3 to its 4 services: … » (the channels' names follow).
    const nextLabel = en('batchItemWalkNextOther', [String(PER_ITEM.length), '1', String(EN_ITEMS), '']).trim();
    await expect(walk.getByTestId('batch-item-next')).toContainText(nextLabel.replace(/:$/, ''));
    await batch.screenshot({ path: testInfo.outputPath('batch-en-1280x800.png') });
    await batch.screenshot({ path: testInfo.outputPath('batch-en-full.png'), fullPage: true });

    await walkItems(
      chromium,
      batch,
      ids,
      act,
      () => EN_DESCRIPTION,
      async (n, form, opened) => {
        // The page says what it did in English…
        await expect(walk.getByTestId('batch-item-walk-status')).toContainText(
          en('batchItemWalkResult', [String(n), '']).split(':')[0]!,
        );
        await expect(walk.getByTestId('batch-item-walk-status')).toContainText(en('batchItemWalkFilled', ['']).trim());
        // …while the French form holds French: the volunteer's words and, around them, PHAROS's language.
        const comment = await form.inputValue('#commentaire');
        expect(comment).toContain(EN_DESCRIPTION);
        expect(comment).not.toMatch(/\b(the|published|reported|screenshot|posted by|item)\b/i);
        expect(comment).not.toMatch(/Décrivez ici|Describe here|\$[A-Z_]+\$|\{\{|\{\w+\}|undefined|null/);
        expect(await form.inputValue('#categorie')).toBe('menaces'); // the stand-in's French box (handoff.spec)
        if (n !== 1) return;
        // Item 1's PHAROS pack, as its side panel shows it (driven as a tab, like handoff.spec).
        const tabId = await (
          await chromium.extensionPage()
        ).evaluate(async (id: string) => {
          for (const tab of await chrome.tabs.query({})) {
            if (tab.id === undefined) continue;
            const options = await chrome.sidePanel.getOptions({ tabId: tab.id });
            if (options.path?.includes(`draft=${id}`) && options.path.includes('channel=pharos')) return tab.id;
          }
          return -1;
        }, ids[0]!);
        expect(tabId).toBeGreaterThan(-1);
        expect(opened.length).toBeGreaterThanOrEqual(4);
        const panel = await chromium.context.newPage();
        await panel.goto(chromium.url(`/sidepanel.html#draft=${ids[0]}&channel=pharos&tab=${tabId}`));
        // The pack is French (the channel's); the panel around it, English.
        await expect(panel.getByTestId('pack-title')).toHaveText(/formulaire de signalement$/);
        await expect(panel.getByRole('heading', { level: 2 }).first()).toHaveText(en('panelFillHeading'));
        const labels = await panel.locator('.pack-field .label').allTextContents();
        expect(labels.length).toBeGreaterThan(0);
        const fields = await panel.locator('.pack-fields [data-testid=value]').allTextContents();
        expect(fields.join('\n')).toContain(EN_DESCRIPTION);
        expect(fields.join('\n')).toContain(path(1));
        const packText = [...labels, ...fields].join('\n');
        expect(packText).not.toMatch(/\b(the|published|reported|screenshot|posted by|report form)\b/i);
        expect(packText).not.toMatch(/\$[A-Z_]+\$|\{\{|\{\w+\}|undefined|\bnull\b/);
        await panel.close();
      },
    );
    await expect(walk.getByTestId('batch-item-walk-progress')).toHaveText(
      en('batchItemWalkProgress', [String(EN_ITEMS), String(EN_ITEMS)]),
    );
    await expect(walk.getByTestId('batch-item-walk-done')).toHaveText(en('batchItemWalkAllDone'));

    // The whole page, in English: no French string of these, no placeholder, no message key shown.
    const body = (await batch.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const key of UI_KEYS) {
      expect(body, key).toContain(en(key));
      expect(body, key).not.toContain(message('fr', key));
    }
    expect(body).not.toMatch(/\$[A-Z_]+\$|\{\{|\{\w+\}|undefined|\bnull\b|\b(batch|gate|panel)[A-Z]\w+\b/);

    // 3 to add, 6 to qualify, 1 for the descriptions, 3 for the walk (one per item).
    expect(actions).toBeLessThanOrEqual(3 + 6 + 1 + EN_ITEMS);
  },
);
