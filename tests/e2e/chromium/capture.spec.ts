import type { Page } from '@playwright/test';
import { unfold } from '../scenarios';
import { artefacts, drafts, expect, pixelOf, test, verifyStoredHashes, type DbDump } from '../fixtures';

// Each test opens its own tabs and reads its own draft (the composer's): one Chromium for the file.
test.use({ oneBrowserPerFile: true });

/** The draft a composer tab shows (its address ends with `#<draft id>`). */
const draftOf = (db: DbDump, composer: Page) => {
  const id = decodeURIComponent(new URL(composer.url()).hash.slice(1));
  return drafts(db).find((d) => d.id === id);
};
/** The artefacts of one draft. */
const artefactsOf = (db: DbDump, draftId: string | undefined) => artefacts(db).filter((a) => a.draftId === draftId);

test.describe('Chromium: capture → draft → composer', () => {
  test('toolbar popup "Report this page" captures the page before the composer opens', async ({ chromium, site }) => {
    const page = await chromium.context.newPage();
    const url = `${site.origin}/demo/social-post.html`;
    await page.goto(url);

    await chromium.triggerAction(page);
    const popup = await chromium.popup();
    await expect(popup.getByTestId('report-page')).toBeVisible();
    // The shortcut as this browser names it, in its own language ("Alt+Maj+V" in French).
    const shortcut = await (
      await chromium.serviceWorker()
    ).evaluate(
      async () =>
        (await chrome.commands.getAll()).find((c: { name?: string; shortcut?: string }) => c.name === 'report-page')
          ?.shortcut ?? '',
    );
    expect(shortcut).toMatch(/^Alt\+(Shift|Maj|Umschalt)\+V$/);
    await expect(popup.getByTestId('shortcut')).toContainText(shortcut);
    await popup.getByTestId('report-page').click();

    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    // The capture is folded under the steps: one click away.
    const shot = composer.getByTestId('screenshot');
    await unfold(composer, 'evidence');
    await expect(shot).toBeVisible();

    // Blurred by default, revealed on demand.
    await expect(composer.locator('figure.shot')).toHaveClass(/blurred/);
    await composer.getByTestId('reveal').click();
    await expect(composer.locator('figure.shot')).toHaveClass(/revealed/);

    // The picture is of the reported page (its dark sticky header), not of an extension page.
    const px = await composer.evaluate(pixelOf, ['[data-testid=screenshot]', 5, 5] as [string, number, number]);
    expect(px.width).toBe(1280);
    expect(px.r! + px.g! + px.b!).toBeLessThan(120);

    // Facts, platform claims and hashes are shown.
    await expect(composer.getByText('Compte Exemple (@exemple_compte)', { exact: false }).first()).toBeVisible();
    // Ready means every artefact was stored, or its failure recorded: the message names the failure.
    const db = await chromium.readDb();
    const draft = draftOf(db, composer);
    expect(
      artefactsOf(db, draft?.id)
        .map((a) => a.kind)
        .sort(),
      `problems recorded: ${JSON.stringify(draft?.problems)}`,
    ).toEqual(['dom-snapshot', 'facts', 'mhtml', 'screenshot']);
    const hashes = composer.getByTestId('sha256');
    await expect(hashes).toHaveCount(4); // screenshot, facts, MHTML, DOM snapshot
    for (const text of await hashes.allTextContents()) expect(text).toMatch(/^[0-9a-f]{64}$/);

    expect(draft).toMatchObject({
      trigger: 'popup',
      mode: 'full',
      csam: false,
      status: 'ready',
      target: { context: 'page', url },
    });
    expect(draft!.page?.title).toContain('@exemple_compte');
    expect(artefactsOf(db, draft!.id).every((a) => a.blobSize > 0 && a.size === a.blobSize)).toBe(true);

    // Every stored hash is the SHA-256 of the stored bytes.
    for (const h of await composer.evaluate(verifyStoredHashes)) expect(h.actual).toBe(h.stored);
  });

  test('context menu on an image reports that exact image, with the link around it', async ({ chromium, site }) => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/demo/social-post.html`);
    const srcUrl = `${site.origin}/demo/promo.svg`;
    const linkUrl = `${site.origin}/demo/social-post.html`;
    await chromium.clickMenu(page, 'vigie-report', { srcUrl, mediaType: 'image', linkUrl });

    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    await unfold(composer, 'evidence');
    await expect(composer.getByText(srcUrl).first()).toBeVisible();
    const draft = draftOf(await chromium.readDb(), composer);
    expect(draft).toMatchObject({ trigger: 'context-menu', target: { context: 'image', url: srcUrl } });
    expect(draft!.page?.target?.alt).toBe("Visuel promotionnel de l'arnaque");
  });

  test('both menu entries are registered', async ({ chromium }) => {
    const sw = await chromium.serviceWorker();
    const result = await sw.evaluate(async () => {
      const exists = (id: string) =>
        new Promise<boolean>((ok) => chrome.contextMenus.update(id, {}, () => ok(!chrome.runtime.lastError)));
      return {
        report: await exists('vigie-report'),
        csam: await exists('vigie-report-csam'),
        bogus: await exists('nope'),
      };
    });
    expect(result).toEqual({ report: true, csam: true, bogus: false });
  });

  test('the CSAM entry stores URLs and times only: no image, no archive, no page text', async ({ chromium, site }) => {
    const page = await chromium.context.newPage();
    const url = `${site.origin}/demo/social-post.html`;
    await page.goto(url);
    const srcUrl = `${site.origin}/demo/promo.svg`;
    await chromium.clickMenu(page, 'vigie-report-csam', { srcUrl, mediaType: 'image', selectionText: 'texte' });

    const composer = await chromium.composer();
    await expect(composer.getByTestId('csam-notice')).toBeVisible();
    // The evidence part, open: an address only, no picture and no full-page capture.
    await unfold(composer, 'evidence');
    await expect(composer.getByTestId('part-evidence')).toContainText(/\S/);
    await expect(composer.getByTestId('screenshot')).toHaveCount(0);
    await expect(composer.getByTestId('full-page')).toHaveCount(0);

    const db = await chromium.readDb();
    const draft = draftOf(db, composer);
    expect(draft).toMatchObject({
      csam: true,
      mode: 'url-only',
      target: { context: 'image', url: srcUrl, pageUrl: url },
    });
    expect(draft!.page).toBeNull();
    expect(JSON.stringify(draft)).not.toContain('texte');
    expect(JSON.stringify(draft)).not.toContain('exemple_compte'); // no title, no page claims
    expect(artefactsOf(db, draft!.id)).toEqual([]);
  });

  test('a worker killed mid-capture loses nothing; the popup lists the interrupted draft', async ({
    chromium,
    site,
  }) => {
    const page = await chromium.context.newPage();
    const url = `${site.origin}/e2e/busy.html`;
    await page.goto(url);
    await chromium.triggerAction(page);
    // Block the page's main thread so the capture waits on it, then start the report.
    await page.evaluate(() => (window as unknown as { blockFor(ms: number): void }).blockFor(5000));
    await chromium.dispatchMenu(url, 'vigie-report');
    const mine = (db: DbDump) => drafts(db).find((d) => d.target.url === url);
    await expect.poll(async () => mine(await chromium.readDb())?.status).toBe('capturing');
    await chromium.killServiceWorker();

    // The next start of the worker marks it interrupted; what was captured is kept.
    await expect
      .poll(async () => {
        await chromium.wakeServiceWorker();
        return mine(await chromium.readDb())?.status;
      })
      .toBe('interrupted');
    const draft = mine(await chromium.readDb());
    expect(draft).toMatchObject({ target: { url }, mode: 'full' });
    expect(draft!.problems.map((p) => p.code)).toContain('interrupted');

    await chromium.triggerAction(page);
    const popup = await chromium.popup();
    await expect(popup.locator(`[data-draft-id="${draft!.id}"]`)).toHaveAttribute('data-status', 'interrupted');
  });

  test('a page that cannot be captured gives a clear message and a URL-only draft', async ({ chromium }) => {
    const page = await chromium.context.newPage();
    await page.goto('chrome://version');
    await chromium.triggerAction(page);
    const popup = await chromium.popup();
    await popup.getByTestId('report-page').click();
    const composer = await chromium.composer();
    await expect(composer.getByTestId('problems')).toContainText(/ne peut|cannot|inconnue|unknown/);
    const draft = draftOf(await chromium.readDb(), composer);
    expect(draft).toMatchObject({ mode: 'url-only', problems: [{ code: 'uncapturable' }] });
    expect(artefactsOf(await chromium.readDb(), draft!.id)).toEqual([]);
  });

  test('full-page capture stitches the whole page without repeating the fixed header', async ({ chromium, site }) => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/e2e/tall.html`);
    await chromium.clickMenu(page, 'vigie-report');
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    await unfold(composer, 'evidence');
    await composer.getByTestId('full-page').click();
    await expect(composer.locator('[data-testid=artefacts] tr[data-kind=full-page]')).toHaveCount(1, {
      timeout: 60_000,
    });

    const db = await chromium.readDb();
    const fullPage = artefactsOf(db, draftOf(db, composer)?.id).find((a) => a.kind === 'full-page')!;
    const selector = `[data-artefact="${fullPage.id}"] figure.shot img`;
    await expect(composer.locator(selector)).toBeVisible();
    const at = (y: number) => composer.evaluate(pixelOf, [selector, 640, y] as [string, number, number]);
    const top = await at(30);
    expect(top.height).toBe(5000);
    expect(top).toMatchObject({ r: 17, g: 17, b: 17 }); // the fixed header, once, at the top
    expect(await at(1030)).toMatchObject({ r: 0, g: 255, b: 0 }); // green band, no header repeated
    expect(await at(2030)).toMatchObject({ r: 0, g: 0, b: 255 });
    expect(await at(4990)).toMatchObject({ r: 255, g: 0, b: 255 }); // the very bottom
    // The page was restored: header visible again, scroll back at the top.
    expect(
      await page.evaluate(() => [getComputedStyle(document.getElementById('fixed-header')!).visibility, scrollY]),
    ).toEqual(['visible', 0]);
  });
});

test.describe('Chromium: other triggers and hostile pages', () => {
  test('the keyboard shortcut reports the page shown, through the same path', async ({ chromium, site }) => {
    const page = await chromium.context.newPage();
    const url = `${site.origin}/demo/forum-thread.html`;
    await page.goto(url);
    await chromium.triggerAction(page); // a real shortcut press grants activeTab the same way
    const sw = await chromium.serviceWorker();
    await sw.evaluate(async (url) => {
      const tab = (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === url);
      chrome.commands.onCommand.dispatch('report-page', tab);
    }, url);
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    const draft = draftOf(await chromium.readDb(), composer);
    expect(draft).toMatchObject({ trigger: 'shortcut', target: { url } });
  });

  test('a hostile page: claims bounded and rendered as text, page patches do not reach the collector', async ({
    chromium,
    site,
  }) => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/e2e/hostile.html`);
    await chromium.clickMenu(page, 'vigie-report');
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    const dialogs: string[] = [];
    composer.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });

    const draft = draftOf(await chromium.readDb(), composer);
    const facts = draft!.page as unknown as {
      title: string;
      canonical: string | null;
      url: string;
      meta: { key: string; value: string }[];
    };
    expect(facts.title.length).toBe(2000); // the page made it 5,000+ characters long
    expect(facts.canonical).toBeNull(); // javascript: URL dropped
    // The page replaced Element.prototype.getAttribute in its own world: the collector did not see it.
    expect(facts.meta.find((m) => m.key === 'og:title')?.value).toBe('<img src=x onerror=alert(3)>');
    expect(JSON.stringify(facts)).not.toContain('javascript:alert(6)');

    // Markup from the page is shown as text, never as HTML (in the captured facts, unfolded).
    await unfold(composer, 'evidence');
    await expect(composer.getByText('<img src=x onerror=alert(3)>')).toBeVisible();
    await expect(composer.locator('main img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});

test('the Chromium build holds no host permission: capture needs the user’s gesture', async ({ chromium, site }) => {
  const sw = await chromium.serviceWorker();
  const granted = await sw.evaluate(() => chrome.permissions.getAll());
  expect(granted.origins).toEqual([]);
  const page = await chromium.context.newPage();
  await page.goto(`${site.origin}/demo/social-post.html`);
  const before = await sw.evaluate(() =>
    chrome.tabs.captureVisibleTab({ format: 'png' }).then(() => 'captured', String),
  );
  expect(before).toMatch(/activeTab|all_urls/);
  await chromium.triggerAction(page); // the user's click grants activeTab for this tab only
  // Taken again only after Chromium's transient compositor failure ("image readback failed", seen
  // on busy machines) or its per-second quota (the refused call above counts), never after a
  // permission error.
  const after = await sw.evaluate(async () => {
    let outcome = '';
    for (let attempt = 0; attempt < 3; attempt++) {
      outcome = await chrome.tabs.captureVisibleTab({ format: 'png' }).then(() => 'captured', String);
      if (!/image readback failed|MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/i.test(outcome)) break;
      await new Promise((r) => setTimeout(r, 1100));
    }
    return outcome;
  });
  expect(after).toBe('captured');
});
