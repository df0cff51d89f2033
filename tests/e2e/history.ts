/**
 * History steps shared by the Chromium (Playwright) and Firefox (Puppeteer) suites: both page
 * types offer `waitForSelector`, `click`, `$$eval` and `evaluate(fn, arg)`, which is all this uses.
 */
import { expect } from '@playwright/test';
import type { ComposerPage } from './scenarios';

export interface HistoryPage extends ComposerPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface ShownRow {
  id: string;
  category: string;
  status: string;
  text: string;
}

export const shownRows = (page: HistoryPage): Promise<ShownRow[]> =>
  page.$$eval('[data-testid=history-row]', (els) =>
    els.map((e) => ({
      id: e.getAttribute('data-draft-id') ?? '',
      category: e.getAttribute('data-category') ?? '',
      status: e.getAttribute('data-status') ?? '',
      text: e.textContent ?? '',
    })),
  );

/** Waits until the history shows exactly `n` rows, and returns them. */
export async function rowsWhen(page: HistoryPage, n: number): Promise<ShownRow[]> {
  let rows: ShownRow[] = [];
  await expect.poll(async () => (rows = await shownRows(page))).toHaveLength(n);
  return rows;
}

/** Types in the search box as a user would (an `input` event per change). */
export async function search(page: HistoryPage, text: string) {
  await page.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=history-search]')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Chooses a file in the import field (the same `change` event a file chooser gives). */
export async function chooseImportFile(page: HistoryPage, name: string, content: string) {
  await page.evaluate(
    ({ name, content }) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
      const files = new DataTransfer();
      files.items.add(new File([content], name, { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { name, content },
  );
}

/** What the database holds, by id: drafts, and artefacts with their draft and Blob size. */
export function summary(db: { drafts: unknown[]; artefacts: unknown[] }) {
  const drafts = (db.drafts as { id: string }[]).map((d) => d.id).sort();
  const artefacts = (db.artefacts as { id: string; draftId: string; blobSize: number }[])
    .map((a) => ({ id: a.id, draftId: a.draftId, blobSize: a.blobSize }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { drafts, artefacts };
}

/**
 * The history lists both captured reports with what they are (the qualified one with its
 * category and "ready", the other "draft" without one), and the search narrows the list.
 */
export async function listsAndSearches(page: HistoryPage, x: string, tiktok: string) {
  const rows = await rowsWhen(page, 2);
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  expect(byId[x]).toMatchObject({ category: 'terrorism', status: 'ready' });
  expect(byId[x]!.text).toContain('X');
  expect(byId[tiktok]).toMatchObject({ category: '', status: 'draft' });
  expect(byId[tiktok]!.text).toContain('TikTok');
  expect(byId[tiktok]!.text).toMatch(/Catégorie non choisie|No category chosen/);
  expect(byId[x]!.text).not.toMatch(/Catégorie non choisie|No category chosen/);
  // Newest capture first: TikTok was captured second.
  expect(rows.map((r) => r.id)).toEqual([tiktok, x]);

  await search(page, 'tiktok');
  expect((await rowsWhen(page, 1))[0]!.id).toBe(tiktok);
  await search(page, 'exemple_compte status');
  expect((await rowsWhen(page, 1))[0]!.id).toBe(x);
  await search(page, 'nothing-like-this');
  await page.waitForSelector('[data-testid=history-empty]');
  await search(page, '');
  await rowsWhen(page, 2);
}

/** Imports a file that is not a report list: the message says so and nothing changes. */
export async function badImportChangesNothing(
  page: HistoryPage,
  readDb: () => Promise<{ drafts: unknown[]; artefacts: unknown[] }>,
) {
  const before = summary(await readDb());
  await chooseImportFile(page, 'bad.json', JSON.stringify({ format: 'vigie-report-list', version: 1, reports: 'x' }));
  await page.waitForSelector('[data-testid=import-message]');
  const message = await page.$$eval('[data-testid=import-message]', (els) => els[0]!.textContent ?? '');
  expect(message.length).toBeGreaterThan(10);
  await chooseImportFile(page, 'bad.json', '{ not json');
  await expect
    .poll(() => page.$$eval('[data-testid=import-message]', (els) => els[0]!.textContent ?? ''))
    .not.toBe(message);
  expect(summary(await readDb())).toEqual(before);
  return message;
}

/** A `data:` image of over 5,000 characters, as a hostile report list may carry in its addresses. */
const HOSTILE_PAYLOAD = 'iVBORw0KGgo' + 'QUJD'.repeat(1300);

/**
 * The CSAM rule through the import door: a report list holding a copy of a stored report, marked
 * `csam: true` but `mode: "full"`, with page text and a `data:` image in its addresses, is stored
 * link-only in the real database — no page facts, no selection, no tab title, no payload — and
 * the history lists it. Returns the imported report's id.
 */
export async function csamImportStaysLinkOnly(
  page: HistoryPage,
  readDb: () => Promise<{ drafts: unknown[]; artefacts: unknown[] }>,
): Promise<string> {
  const before = (await readDb()).drafts as Record<string, unknown>[];
  const model = before.find((d) => d.page !== null && d.page !== undefined);
  expect(model, 'a stored report with page facts to copy').toBeDefined();
  const id = crypto.randomUUID();
  const data = `data:image/png;base64,${HOSTILE_PAYLOAD}`;
  const target = model!.target as Record<string, unknown>;
  const observed = model!.observed as Record<string, unknown>;
  const hostile = {
    ...model,
    id,
    mode: 'full',
    csam: true,
    target: { ...target, context: 'image', url: data, srcUrl: data, selectionText: 'texte de la page' },
    observed: { ...observed, tabTitle: 'Titre de la page' },
  };
  const list = {
    format: 'vigie-report-list',
    version: 1,
    exportedAt: new Date().toISOString(),
    extensionVersion: '0.1.0',
    reports: [hostile],
  };
  await chooseImportFile(page, 'reports.json', JSON.stringify(list));
  let stored: Record<string, unknown> | undefined;
  await expect
    .poll(async () => (stored = ((await readDb()).drafts as Record<string, unknown>[]).find((d) => d.id === id)))
    .toBeDefined();
  expect(stored!.mode).toBe('url-only');
  expect(stored!.csam).toBe(true);
  expect(stored!.page).toBeNull();
  expect((stored!.target as Record<string, unknown>).selectionText).toBeUndefined();
  expect((stored!.observed as Record<string, unknown>).tabTitle).toBeUndefined();
  const all = JSON.stringify(stored);
  expect(all).not.toContain(HOSTILE_PAYLOAD.slice(0, 40));
  expect((stored!.target as Record<string, string>).url).toMatch(
    /^data:image\/png;base64,…\[[\d ]+ characters removed\]$/,
  );
  expect((await readDb()).artefacts.filter((a) => (a as { draftId: string }).draftId === id)).toEqual([]);
  return id;
}

/** A report of an association export, as far as these checks read it. */
export interface ExportedReport {
  reportId: string;
  observed: { tabTitle?: string };
  pageClaims: unknown;
  tags?: string[];
  files: { sha256: string }[];
}

/**
 * An "addresses and fingerprints only" export: no page claims and no tab title, and each report
 * lists exactly the SHA-256 the database stored for its captures (at least one).
 */
export function expectFingerprintsOnly(
  reports: readonly ExportedReport[],
  stored: readonly { draftId: string; sha256: string }[],
) {
  for (const r of reports) {
    expect(r.pageClaims).toBeNull();
    expect(r.observed.tabTitle).toBeUndefined();
    const hashes = stored
      .filter((a) => a.draftId === r.reportId)
      .map((a) => a.sha256)
      .sort();
    expect(hashes.length).toBeGreaterThan(0);
    expect(r.files.map((f) => f.sha256).sort()).toEqual(hashes);
  }
}
