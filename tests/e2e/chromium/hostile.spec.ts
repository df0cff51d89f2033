import type { Page } from '@playwright/test';
import { launchChromium } from '../../harness/chromium.mjs';
import { artefacts, drafts, expect, pixelOf, test as base, type Chrome, type StoredArtefact } from '../fixtures';
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
 * The hostile corpus (tests/fixtures/site/hostile/, one attack per page; table in
 * tests/e2e/README.md): each page goes through the real trigger (toolbar action + context-menu
 * listener) to the composer. Whatever the page does, the capture ends within its budget, the
 * composer is usable (the qualification's first question is on screen), nothing of the page
 * runs or renders as markup in the extension, and the stored draft is bounded.
 *
 * One browser for the whole corpus (each test closes every tab but the extension's welcome page,
 * without running their beforeunload traps): launching Chromium per page would be most of the run
 * time. Its own fixture rather than `oneBrowserPerFile`: with that fixture's tab bookkeeping, the
 * 20,000-character address was found out of front in a full run (see the closing note of the
 * session that kept this).
 */
const test = base.extend<object, { shared: Chrome }>({
  shared: [
    async ({ site }, use) => {
      const chromium = await launchChromium({ proxy: site.origin });
      await use(chromium);
      await chromium.close();
    },
    { scope: 'worker' },
  ],
});

interface Outcome {
  composer: Page;
  page: Page;
  draft: HostileDraft;
  artefacts: StoredArtefact[];
  view: ComposerReport;
  chromium: Chrome;
  origin: string;
  /** What the stored artefact of `kind` contains of each needle (null: no such artefact). */
  contains(kind: string, needles: string[]): Promise<Record<string, boolean> | null>;
}

interface Attack {
  /** File name in tests/fixtures/site/hostile/, without `.html`. */
  page: string;
  attack: string;
  /** Navigates `page` to what is reported (default: the fixture page itself). */
  open?: (page: Page, url: string) => Promise<void>;
  /** Runs after the toolbar action and before the menu click (starts an attack at the right time). */
  start?: (page: Page) => Promise<void>;
  /** Extra fields of the context-menu click. */
  menu?: (page: Page, origin: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** `url-only`: the page cannot be captured; the user gets the link-only draft and the reason. */
  mode?: 'full' | 'url-only';
  check?: (o: Outcome) => Promise<void>;
}

const metaOf = (draft: HostileDraft, key: string) => draft.page?.meta.find((m) => m.key === key)?.value;

/** Takes a full-page capture from the composer: it must end, with a picture or a clear message, and restore the page. */
async function fullPageEnds({ composer, page, artefacts: _a }: Outcome, chromium: Chrome, draftId: string) {
  await unfold(composer, 'evidence');
  await composer.getByTestId('full-page').click();
  const done = composer.locator('[data-kind=full-page], [role=alert]');
  await expect(done.first()).toBeVisible({ timeout: CAPTURE_BUDGET_MS });
  await expect(composer.getByTestId('full-page')).toBeEnabled();
  const parts = artefacts(await chromium.readDb()).filter((a) => a.draftId === draftId && a.kind === 'full-page');
  const alert = composer.getByRole('alert');
  if (parts.length === 0) await expect(alert).not.toBeEmpty();
  for (const p of parts) expect(p.size).toBeLessThanOrEqual(20_000_000);
  return page;
}

const ATTACKS: Attack[] = [
  {
    page: 'title-markup',
    attack: 'script, </script> and {{…}} in the title',
    check: async ({ draft, view }) => {
      expect(draft.page?.title).toContain('<img src=x onerror=');
      expect(view.claims).toContain('&lt;img src=x onerror=');
      expect(view.claims).toContain('&lt;/script&gt;&lt;script&gt;');
      expect(view.claims).toContain("{{constructor.constructor('window.__pwned=1')()}}");
      expect(view.observed).not.toContain('onerror');
    },
  },
  {
    page: 'meta-markup',
    attack: 'script and markup in meta tags',
    check: async ({ draft, view }) => {
      expect(metaOf(draft, 'description')).toContain('<img src=x');
      expect(view.claims).toContain('&lt;img src=x onerror=');
      expect(view.claims).toContain('&lt;svg onload=');
      expect(view.observed).not.toContain('onerror');
    },
  },
  {
    page: 'selection-markup',
    attack: 'script and markup in the selected text',
    menu: async (page) => ({ selectionText: await page.evaluate(() => getSelection()!.toString()) }),
    check: async ({ draft, view }) => {
      expect(draft.target).toMatchObject({ context: 'selection' });
      expect(draft.target.selectionText).toContain('<img src=x onerror=');
      expect(draft.page?.selection).toContain('<img src=x onerror=');
      expect(view.target).toContain('&lt;img src=x onerror=');
    },
  },
  {
    page: 'link-text-markup',
    attack: 'markup in a link text, javascript: in its href',
    menu: () => ({ linkUrl: "javascript:window.__pwned='link'", linkText: '<img src=x onerror=alert(1)>' }),
    check: async ({ draft, view }) => {
      expect(draft.target.context).toBe('link');
      expect(draft.target.linkUrl).toBeUndefined(); // not a web URL: kept as the reported text only
      expect(draft.page?.anchors).toEqual([]); // the javascript: link is not a page link
      expect(view.target).toContain('javascript:window.__pwned');
    },
  },
  {
    page: 'javascript-urls',
    attack: 'javascript: in og:url, canonical, <link> and <a>',
    check: async ({ draft, origin }) => {
      expect(draft.page?.canonical).toBeNull();
      expect(draft.page?.url).toBe(`${origin}/hostile/javascript-urls.html`);
      expect(JSON.stringify({ ...draft.page, title: '', meta: [] })).not.toMatch(/javascript:/i);
      expect(metaOf(draft, 'og:url')).toMatch(/^javascript:/); // a claim, stored as text, never a URL
    },
  },
  {
    page: 'data-urls',
    attack: 'data: in og:url, canonical, <link> and <a>',
    check: async ({ draft }) => {
      expect(draft.page?.canonical).toBeNull();
      expect(draft.page?.links).toEqual([]);
      expect(draft.page?.anchors).toEqual([]);
    },
  },
  {
    page: 'huge-title',
    attack: 'a 10 MB title',
    check: async ({ draft }) => {
      expect(draft.page?.title?.startsWith('Titre énorme TTT')).toBe(true);
      expect(draft.page?.truncated).toBe(true);
      // The <title> element makes the DOM over its limit: cut, marked, said.
      expect(draft.problems.map((p) => p.code)).toContain('too-large');
    },
  },
  {
    page: 'huge-meta',
    attack: 'a 10 MB meta content and a 1 MB meta name',
    check: async ({ draft }) => {
      expect(metaOf(draft, 'description')?.length).toBe(2000);
      expect(draft.page?.truncated).toBe(true);
      expect(draft.problems.map((p) => p.code)).toContain('too-large');
    },
  },
  {
    page: 'huge-jsonld',
    attack: 'a 10 MB JSON-LD block',
    check: async ({ draft }) => {
      expect(draft.page?.jsonLd).toHaveLength(1);
      expect(draft.page?.jsonLd[0]).toHaveLength(20000);
      expect(draft.problems.map((p) => p.code)).toContain('too-large');
    },
  },
  {
    page: 'many-nodes',
    attack: '200,000 DOM nodes',
    check: async ({ draft, contains, artefacts: stored }) => {
      expect(stored.find((a) => a.kind === 'dom-snapshot')!.size).toBeGreaterThan(3_000_000);
      expect(await contains('dom-snapshot', ['nœud 99999 '])).toEqual({ 'nœud 99999 ': true });
      expect(draft.problems.map((p) => p.code)).not.toContain('too-large');
    },
  },
  {
    page: 'nested-iframes',
    attack: 'endlessly nested iframes',
    open: async (page, url) => {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
    },
  },
  {
    page: 'cross-origin-iframe',
    attack: 'cross-origin iframes (another origin, a platform host), reported as a frame',
    menu: (_page, origin) => ({ frameUrl: `${origin.replace('127.0.0.1', 'localhost')}/hostile/frame-child.html` }),
    check: async ({ draft, origin }) => {
      expect(draft.target).toMatchObject({ context: 'frame' });
      expect(draft.target.url).toContain('localhost');
      expect(draft.page?.url).toBe(`${origin}/hostile/cross-origin-iframe.html`); // the top page's claims
      expect(draft.page?.title).toBe('Cross-origin iframes');
    },
  },
  { page: 'sandboxed-iframe', attack: 'sandboxed iframes (srcdoc, scripts, same-origin)' },
  {
    page: 'csp-none',
    attack: "a strict CSP: default-src 'none'",
    check: async ({ draft, artefacts: stored }) => {
      expect(draft.status).toBe('ready');
      expect(draft.problems).toEqual([]);
      expect(stored.map((a) => a.kind).sort()).toEqual(['dom-snapshot', 'facts', 'mhtml', 'screenshot']);
      expect(draft.page?.title).toContain('Strict CSP');
    },
  },
  {
    page: 'dom-clobbering',
    attack: '<form id=document>, <img name=getElementsByTagName|querySelectorAll|title>, <a id=location>',
    check: async ({ draft, origin, contains }) => {
      expect(draft.page).toMatchObject({
        title: 'DOM clobbering',
        url: `${origin}/hostile/dom-clobbering.html`,
        canonical: `${origin}/hostile/dom-clobbering.html`,
      });
      expect(metaOf(draft, 'description')).toBe('Vraie description');
      expect(await contains('dom-snapshot', ['<p>Clobbered.</p>'])).toEqual({ '<p>Clobbered.</p>': true });
    },
  },
  {
    page: 'proto-builtins',
    attack: 'Array.prototype.map, JSON.stringify, Promise.prototype.then… patched to throw or lie',
    check: async ({ draft, origin }) => {
      expect(draft.page?.title).toBe('Vrai titre des builtins');
      expect(metaOf(draft, 'description')).toBe('Vraie description');
      expect(draft.page?.jsonLd[0]).toContain('"Vrai"');
      expect(draft.page?.anchors).toEqual([{ href: `${origin}/hostile/real-link`, text: 'vrai lien', chrome: false }]);
    },
  },
  {
    page: 'proto-dom',
    attack: 'getAttribute, textContent, childNodes, attributes, title… getters patched to throw or lie',
    check: async ({ draft, origin, contains }) => {
      expect(draft.page).toMatchObject({
        title: 'Vrai titre du DOM',
        canonical: `${origin}/hostile/proto-dom.html`,
        anchors: [{ href: `${origin}/hostile/real-link`, text: 'vrai lien' }],
      });
      // Read through the real getters: attributes as written, not the patched getAttribute's lie.
      expect(await contains('dom-snapshot', ['content="Vraie description"', 'href="/hostile/real-link"'])).toEqual({
        'content="Vraie description"': true,
        'href="/hostile/real-link"': true,
      });
    },
  },
  {
    page: 'shadow-roots',
    attack: 'open, closed and 50-deep nested shadow roots',
    check: async ({ contains }) => {
      expect(
        await contains('dom-snapshot', ['<p>ombre-ouverte', '<p>ombre-profonde</p>', '<p>ombre-fermee</p>']),
      ).toEqual({
        '<p>ombre-ouverte': true,
        '<p>ombre-profonde</p>': true,
        '<p>ombre-fermee</p>': false, // closed: not readable, by design
      });
    },
  },
  {
    page: 'history-churn',
    attack: 'pushState/replaceState every 5 ms during the capture',
    start: (page) => page.evaluate(() => (window as unknown as { startAttack(): void }).startAttack()),
    check: async ({ draft }) => {
      expect(draft.status).toBe('ready');
      expect(draft.problems.map((p) => p.code)).toContain('page-changed');
    },
  },
  {
    page: 'scroll-fight',
    attack: 'the page scrolls itself back during a full-page capture',
    check: async (o) => {
      const page = await fullPageEnds(o, o.chromium, o.draft.id);
      expect(await page.evaluate(() => document.querySelectorAll('[data-vigie-hidden]').length)).toBe(0);
    },
  },
  {
    page: 'infinite-grow',
    attack: 'an endless feed that grows during a full-page capture',
    check: async (o) => {
      const page = await fullPageEnds(o, o.chromium, o.draft.id);
      expect(await page.evaluate(() => document.querySelectorAll('[data-vigie-hidden]').length)).toBe(0);
    },
  },
  {
    page: 'meta-refresh',
    attack: 'a meta refresh to another page during the capture',
    start: (page) => page.evaluate(() => (window as unknown as { startAttack(): void }).startAttack()),
    check: async ({ draft, origin, page }) => {
      expect(draft.observed.tabUrl).toMatch(new RegExp(`^${origin}/hostile/meta-refresh(-target)?\\.html$`));
      // Facts read on another page than the one reported: the change is on record.
      if (draft.page?.url !== draft.observed.tabUrl)
        expect(draft.problems.map((p) => p.code)).toContain('page-changed');
      // The refresh did happen: the tab is now on the other page.
      await page.waitForURL(/meta-refresh-target/);
    },
  },
  {
    page: 'visibility-swap',
    attack: 'content and URL swapped on visibilitychange/blur/pagehide',
    check: async ({ draft, origin, contains }) => {
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
    page: 'blocked-thread',
    attack: 'the main thread blocked for 10 s once the report starts',
    start: (page) =>
      page.evaluate(() => {
        setTimeout(() => (window as unknown as { blockFor(ms: number): void }).blockFor(10_000), 0);
      }),
    check: async ({ draft }) => {
      expect(draft.status).toBe('ready');
      if (!draft.page) expect(draft.problems.map((p) => p.code)).toContain('facts-timeout');
    },
  },
  {
    page: 'data-page',
    attack: 'a data: page (address made by a fixture page)',
    open: async (page, url) => {
      await page.goto(url);
      await page.goto((await page.locator('#data-link').getAttribute('href'))!);
    },
    mode: 'url-only',
    check: async ({ draft, view }) => {
      expect(draft.problems).toEqual([{ code: 'uncapturable', detail: 'not-web' }]);
      expect(draft.target.url).toMatch(/^data:text\/html,…\[[\d ]+ characters removed\]$/);
      expect(JSON.stringify(draft)).not.toContain('data-payload-secret');
      expect(view.text).not.toContain('data-payload-secret');
    },
  },
  {
    page: 'blob-page',
    attack: 'a blob: page the page made of itself',
    open: async (page, url) => {
      await page.goto(url);
      await page.waitForURL(/^blob:/);
    },
    mode: 'url-only',
    check: async ({ draft, view }) => {
      expect(draft.problems).toEqual([{ code: 'uncapturable', detail: 'not-web' }]);
      expect(draft.target.url).toMatch(/^blob:…\[[\d ]+ characters removed\]$/);
      expect(JSON.stringify(draft)).not.toContain('blob-payload');
      expect(view.text).not.toContain('blob-payload');
    },
  },
  {
    page: 'long-url',
    attack: 'an address of 20,000 characters (replaceState)',
    check: async ({ draft, view, composer }) => {
      expect(draft.problems).toEqual([]); // the full address, compared as it is: no false page-changed
      expect(draft.target.url).toHaveLength(8192);
      expect(draft.observed.tabUrl).toHaveLength(8192);
      expect(draft.target.cut).toContainEqual(expect.objectContaining({ field: 'url', length: expect.any(Number) }));
      const cut = (draft.target.cut as { field: string; length: number; sha256: string }[]).find(
        (c) => c.field === 'url',
      )!;
      expect(cut.length).toBeGreaterThan(20_000);
      expect(view.target).toContain(cut.sha256);
      // The address at its bound still gets its evidence package (the report format takes what a
      // draft keeps), with no validation text on screen.
      await unfold(composer, 'exports');
      await composer.getByTestId('evidence-package-download').click();
      await expect(composer.getByTestId('evidence-package-status')).toContainText(/vigie-.*\.zip/);
      await expect(composer.getByTestId('evidence-package-error')).toHaveCount(0);
    },
  },
  {
    page: 'bidi',
    attack: 'bidi override characters in the title and the author',
    check: async ({ draft, view }) => {
      expect(draft.page?.title).toBe('Facture fdp.exe isolé fin');
      expect(metaOf(draft, 'author')).toBe('lanigiro auteur');
      expect(draft.observed.tabTitle ?? '').not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(view.claims).toContain('Facture fdp.exe');
    },
  },
  { page: 'dialogs', attack: 'alert/confirm/prompt loops and a beforeunload trap' },
  {
    page: 'window-open',
    attack: 'window.open spam as the report starts',
    start: (page) => page.evaluate(() => (window as unknown as { startAttack(): void }).startAttack()),
    check: async ({ composer, artefacts: stored, draft }) => {
      // The screenshot, if any, is of the reported page (its black header), never of a spam window.
      if (stored.some((a) => a.kind === 'screenshot')) {
        const px = await composer.evaluate(pixelOf, ['[data-testid=screenshot]', 100, 100] as [string, number, number]);
        expect(px.r! + px.g! + px.b!).toBeLessThan(120);
      } else
        expect(draft.problems).toContainEqual(
          expect.objectContaining({ code: expect.stringMatching(/^(screenshot-failed|permission-missing)$/) }),
        );
    },
  },
  {
    page: 'history-location-override',
    attack: 'history, document.URL, baseURI and location getters overridden',
    check: async ({ draft, origin }) => {
      expect(draft.page?.url).toBe(`${origin}/hostile/history-location-override.html`);
      expect(JSON.stringify(draft)).not.toContain('interieur.gouv.fr');
    },
  },
  {
    page: 'fake-vigie-ui',
    attack: "a look-alike of Vigie's UI, test ids and markers in the page",
    check: async (o) => {
      expect(o.view.claims).toContain('Vigie — Signalement envoyé à PHAROS');
      expect(o.view.observed).not.toContain('PHAROS');
      // Vigie's full-page capture restores what it hid, and only that: the page's own marker stays.
      const page = await fullPageEnds(o, o.chromium, o.draft.id);
      expect(
        await page.evaluate(() =>
          document.querySelector('#fake [data-vigie-hidden]')?.getAttribute('data-vigie-hidden'),
        ),
      ).toBe('visible');
    },
  },
  {
    page: 'many-metas',
    attack: '100,000 meta tags',
    check: async ({ draft }) => {
      // At most 200 (fewer when the collector's time budget runs out first on a busy machine).
      expect(draft.page?.meta.length).toBeLessThanOrEqual(200);
      expect(draft.page?.truncated).toBe(true);
      expect(draft.page?.title).toBe('100,000 meta tags');
    },
  },
  {
    page: 'root-replaced',
    attack: 'document.documentElement replaced by an <svg> root',
    check: async (o) => {
      expect(o.draft).toMatchObject({ status: 'ready', mode: 'full' });
      await fullPageEnds(o, o.chromium, o.draft.id);
    },
  },
  {
    page: 'root-removed',
    attack: 'document.documentElement removed (a document with no root)',
    check: async (o) => {
      expect(o.draft).toMatchObject({ status: 'ready', mode: 'full' });
      await fullPageEnds(o, o.chromium, o.draft.id);
      // Refused in words, not with the TypeError the measuring script used to throw.
      await expect(o.composer.getByRole('alert')).toContainText('no root element');
    },
  },
];

test.describe('Chromium: the hostile corpus, trigger → composer', () => {
  test.afterEach(async ({ shared }) => {
    // Close every tab the test opened (beforeunload traps are not run); keep the extension's own.
    const keep = shared.url('/welcome.html');
    for (const p of shared.context.pages()) if (p.url() !== keep) await p.close().catch(() => undefined);
  });

  for (const a of ATTACKS) {
    test(`${a.page}: ${a.attack}`, async ({ shared: chromium, site }) => {
      const page = await chromium.context.newPage();
      const url = `${site.origin}/hostile/${a.page}.html`;
      if (a.open) await a.open(page, url);
      else await page.goto(url);

      // The user reports the tab they are looking at: in front, whatever the earlier test's tabs
      // did as they closed (Chromium activates a neighbour tab when one closes).
      await page.bringToFront();
      // The toolbar action grants activeTab; then the real menu listener runs for that tab.
      await chromium.triggerAction(page);
      const sw = await chromium.serviceWorker();
      // By its address; a data: or blob: tab shows none to the extension: the active tab then.
      const tabId = await sw.evaluate(
        async (href: string) =>
          (
            (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === href) ??
            (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]
          )?.id,
        page.url(),
      );
      expect(tabId).toEqual(expect.any(Number));
      const info = { pageUrl: page.url(), ...(await a.menu?.(page, site.origin)) };
      await a.start?.(page);
      const started = Date.now();
      await sw.evaluate(
        async ({ tabId, info }) => {
          const tab = await chrome.tabs.get(tabId);
          chrome.contextMenus.onClicked.dispatch(
            { menuItemId: 'vigie-report', editable: false, ...info, pageUrl: tab.url ?? info.pageUrl },
            tab,
          );
        },
        { tabId: tabId as number, info: info as Record<string, unknown> & { pageUrl: string } },
      );

      const composer = await chromium.composer(CAPTURE_BUDGET_MS);
      const draftId = decodeURIComponent(new URL(composer.url()).hash.slice(1)).replace(/^draft=/, '');
      // Ends within its budget, never stuck in `capturing` (read in the database: the product's
      // bound, from the click)…
      await expect
        .poll(async () => drafts(await chromium.readDb()).find((d) => d.id === draftId)?.status, {
          timeout: Math.max(1_000, CAPTURE_BUDGET_MS - (Date.now() - started)),
        })
        .toMatch(/^(ready|interrupted)$/);
      // …the composer says so (a busy machine may take its time to render it)…
      await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', /^(ready|interrupted)$/, {
        timeout: RENDER_BUDGET_MS,
      });
      // …and the user can go on: the qualification's first question is on screen.
      await expect(composer.getByTestId('question-danger')).toBeVisible({ timeout: RENDER_BUDGET_MS });
      // The captured facts are folded under the steps: opened, so that what is read is what a user sees.
      await unfold(composer, 'evidence');

      const db = await chromium.readDb();
      const draft = drafts(db).find((d) => d.id === draftId) as unknown as HostileDraft | undefined;
      expect(draft, `draft ${draftId}`).toBeDefined();
      expect(draft!.mode).toBe(a.mode ?? 'full');
      const stored = artefacts(db).filter((x) => x.draftId === draftId);
      expectBoundedDraft(draft!, stored);
      if (draft!.page) expect(await composer.locator('table.facts').count()).toBeGreaterThanOrEqual(3);
      const view = await composer.evaluate(composerReport);
      expectInert(view);
      if (draft!.page) expect(view.claims).not.toBeNull(); // the page's words are shown as its claims
      if (a.mode === 'url-only') await expect(composer.getByTestId('problems')).toBeVisible();

      await a.check?.({
        composer,
        page,
        draft: draft!,
        artefacts: stored,
        view,
        chromium,
        origin: site.origin,
        contains: async (kind, needles) =>
          (await chromium.extensionPage()).evaluate(artefactContains, [draftId, kind, needles] as [
            string,
            string,
            string[],
          ]),
      });
      // The page never reached the extension: checked again after the attack-specific steps.
      expectInert(await composer.evaluate(composerReport));
    });
  }
});
