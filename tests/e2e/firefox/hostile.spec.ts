import type { Page } from 'puppeteer-core';
import { artefacts, drafts, expect, test, type StoredArtefact } from '../fixtures';
import {
  CAPTURE_BUDGET_MS,
  RENDER_BUDGET_MS,
  artefactContains,
  composerReport,
  expectBoundedDraft,
  expectInert,
  type ComposerReport,
  type HostileDraft,
} from '../hostile';
import { unfold } from '../scenarios';

/**
 * The hostile corpus in Firefox ESR: the pages whose attack concerns what the page does to the
 * collector, the archive or the rendering (the subset that applies: no menu dispatch, no MHTML,
 * and Firefox's tabs really become hidden, so the visibilitychange swap is real here). The
 * report starts as the popup's button starts it. Table in tests/e2e/README.md.
 */
// One browser for the corpus; the fixture closes the tabs each test opened.
test.use({ oneBrowserPerFile: true });

interface Outcome {
  page: Page;
  draft: HostileDraft;
  artefacts: StoredArtefact[];
  view: ComposerReport;
  origin: string;
  contains(kind: string, needles: string[]): Promise<Record<string, boolean> | null>;
}

const metaOf = (draft: HostileDraft, key: string) => draft.page?.meta.find((m) => m.key === key)?.value;

const ATTACKS: { page: string; check: (o: Outcome) => Promise<void> }[] = [
  {
    page: 'title-markup',
    check: async ({ draft, view }) => {
      expect(draft.page?.title).toContain('<img src=x onerror=');
      expect(view.claims).toContain('&lt;img src=x onerror=');
      expect(view.claims).toContain('&lt;/script&gt;&lt;script&gt;');
    },
  },
  {
    page: 'meta-markup',
    check: async ({ view }) => {
      expect(view.claims).toContain('&lt;img src=x onerror=');
      expect(view.claims).toContain('&lt;svg onload=');
    },
  },
  {
    page: 'javascript-urls',
    check: async ({ draft, origin }) => {
      expect(draft.page?.canonical).toBeNull();
      expect(draft.page?.url).toBe(`${origin}/hostile/javascript-urls.html`);
      expect(JSON.stringify({ ...draft.page, title: '', meta: [] })).not.toMatch(/javascript:/i);
    },
  },
  {
    page: 'huge-title',
    check: async ({ draft }) => {
      expect(draft.page?.title?.startsWith('Titre énorme TTT')).toBe(true);
      expect(draft.page?.truncated).toBe(true);
      expect(draft.problems.map((p) => p.code)).toContain('too-large');
    },
  },
  {
    page: 'csp-none',
    check: async ({ draft, artefacts: stored }) => {
      expect(draft.problems).toEqual([]);
      expect(stored.map((a) => a.kind).sort()).toEqual(['dom-snapshot', 'facts', 'screenshot']);
    },
  },
  {
    page: 'dom-clobbering',
    check: async ({ draft, origin }) => {
      expect(draft.page).toMatchObject({
        title: 'DOM clobbering',
        canonical: `${origin}/hostile/dom-clobbering.html`,
      });
      expect(metaOf(draft, 'description')).toBe('Vraie description');
    },
  },
  {
    page: 'proto-dom',
    check: async ({ draft, origin, contains }) => {
      expect(draft.page).toMatchObject({
        title: 'Vrai titre du DOM',
        canonical: `${origin}/hostile/proto-dom.html`,
        anchors: [{ href: `${origin}/hostile/real-link`, text: 'vrai lien' }],
      });
      expect(await contains('dom-snapshot', ['content="Vraie description"'])).toEqual({
        'content="Vraie description"': true,
      });
    },
  },
  {
    page: 'shadow-roots',
    check: async ({ contains }) => {
      expect(
        await contains('dom-snapshot', ['<p>ombre-ouverte', '<p>ombre-profonde</p>', '<p>ombre-fermee</p>']),
      ).toEqual({ '<p>ombre-ouverte': true, '<p>ombre-profonde</p>': true, '<p>ombre-fermee</p>': false });
    },
  },
  {
    page: 'visibility-swap',
    // Firefox opens the composer once the capture is stored: the page swaps itself only then.
    check: async ({ page, draft, origin, contains }) => {
      // The attack did happen: the page was hidden behind the composer and swapped itself…
      await expect.poll(() => page.evaluate(() => document.body.dataset.swapped ?? '')).toBe('1');
      // …after the capture, which kept the original.
      expect(draft.page).toMatchObject({
        title: 'Contenu haineux original',
        url: `${origin}/hostile/visibility-swap.html`,
      });
      expect(await contains('dom-snapshot', ['Contenu haineux original', 'Recette de cuisine'])).toEqual({
        'Contenu haineux original': true,
        'Recette de cuisine': false,
      });
    },
  },
  {
    page: 'bidi',
    check: async ({ draft, view }) => {
      expect(draft.page?.title).toBe('Facture fdp.exe isolé fin');
      expect(metaOf(draft, 'author')).toBe('lanigiro auteur');
      expect(view.claims).toContain('Facture fdp.exe');
    },
  },
  {
    page: 'long-url',
    check: async ({ draft }) => {
      expect(draft.target.url).toHaveLength(8192);
      expect(draft.target.cut).toContainEqual(expect.objectContaining({ field: 'url' }));
    },
  },
];

test.describe('Firefox ESR: the hostile corpus, report → composer', () => {
  const opened: Page[] = [];
  test.afterEach(async () => {
    for (const p of opened.splice(0)) await p.close().catch(() => undefined);
  });

  for (const a of ATTACKS) {
    test(a.page, async ({ firefox, site }) => {
      const page = await firefox.open(`${site.origin}/hostile/${a.page}.html`);
      opened.push(page);
      const started = Date.now();
      const response = (await firefox.reportFromPopupPath(page.url())) as { ok: boolean; draftId: string };
      expect(response).toMatchObject({ ok: true });
      const composer = await firefox.extensionPage(`composer.html#${response.draftId}`, CAPTURE_BUDGET_MS);
      opened.push(composer);
      // Ends within its budget (read in the database: the product's bound, from the click)…
      await expect
        .poll(async () => drafts(await firefox.readDb()).find((d) => d.id === response.draftId)?.status, {
          timeout: Math.max(1_000, CAPTURE_BUDGET_MS - (Date.now() - started)),
        })
        .toMatch(/^(ready|interrupted)$/);
      // …the composer says so (a busy machine may take its time to render it)…
      await expect
        .poll(
          () =>
            composer.evaluate(
              () => document.querySelector('[data-testid=draft-status]')?.getAttribute('data-status') ?? '',
            ),
          { timeout: RENDER_BUDGET_MS },
        )
        .toMatch(/^(ready|interrupted)$/);
      await composer.waitForSelector('[data-testid=question-danger]', { timeout: RENDER_BUDGET_MS });
      // The captured facts are folded under the steps: opened, so that what is read is what a user sees.
      await unfold(composer, 'evidence');

      const db = await firefox.readDb();
      const draft = drafts(db).find((d) => d.id === response.draftId) as unknown as HostileDraft | undefined;
      expect(draft).toBeDefined();
      expect(draft!.mode).toBe('full');
      const stored = artefacts(db).filter((x) => x.draftId === response.draftId);
      expectBoundedDraft(draft!, stored);
      const view = await composer.evaluate(composerReport);
      expectInert(view);
      if (draft!.page) expect(view.claims).not.toBeNull();
      await a.check({
        page,
        draft: draft!,
        artefacts: stored,
        view,
        origin: site.origin,
        contains: async (kind, needles) =>
          (await firefox.extensionPage('welcome.html')).evaluate(artefactContains, [
            response.draftId,
            kind,
            needles,
          ] as [string, string, string[]]),
      });
    });
  }
});
