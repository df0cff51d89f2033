/* global chrome -- used inside functions evaluated in the extension */
// Launches Debian's Chromium with the built extension, and drives it the way a user would:
// the real toolbar action (CDP Extensions.triggerAction, which grants activeTab), the popup it
// opens, and the real context-menu listener. Shared by e2e tests, the benchmark and `npm start`.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
/** The production build with `tabs` granted at install (`wxt build --mode e2e-watch`): watch mode already on. */
export const CHROME_WATCH_BUILD = join(ROOT, '.output/chrome-mv3-e2e-watch');

/** System Chromium or Chrome; `VIGIE_CHROMIUM` overrides. Never a downloaded browser. */
export function findChromium() {
  const candidates = [
    process.env.VIGIE_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
  const found = candidates.find((c) => existsSync(c));
  if (!found)
    throw new Error('No Chromium or Chrome found. Install Debian "chromium" or set VIGIE_CHROMIUM=/path/to/chrome.');
  return found;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `proxy`: the fixture server's origin, to answer the platform look-alike hosts locally.
 * `profileDir`: reuse a browser profile (to test a restart); it is then left on disk for the caller.
 * `handleSignals: false`: the caller handles Ctrl+C itself (and calls `close`, which also removes
 * the temporary profile); by default Playwright kills the browser and exits.
 * `extraExtensions`: other unpacked extensions to load beside Vigie.
 * @param {{ extensionDir?: string, headless?: boolean, viewport?: { width: number, height: number }, proxy?: string, profileDir?: string, handleSignals?: boolean, extraExtensions?: string[], args?: string[], env?: Record<string, string> }} [options]
 */
export async function launchChromium({
  extensionDir = CHROME_BUILD,
  headless = true,
  viewport = { width: 1280, height: 800 },
  proxy = undefined,
  profileDir = undefined,
  handleSignals = true,
  /** Other unpacked extensions loaded beside Vigie (tests of what they cannot do to it). */
  extraExtensions = [],
  /** More command-line switches (e.g. `--lang=en` for the interface's language). */
  args = [],
  /**
   * More environment variables for the browser. On Linux, Chromium takes its interface language
   * from `LANGUAGE`/`LANG` (with Debian's `chromium-l10n`), not from `--lang`: pass both.
   */
  env = undefined,
} = {}) {
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" (and "npm run build:e2e") first.`);
  const userDataDir = profileDir ?? (await mkdtemp(join(tmpdir(), 'vigie-chromium-')));
  const firstRun = !existsSync(join(userDataDir, 'Default'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless,
    viewport: headless ? viewport : null,
    ...(proxy ? { proxy: { server: proxy } } : {}),
    ...(env ? { env: { ...process.env, ...env } } : {}),
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
      `--disable-extensions-except=${[extensionDir, ...extraExtensions].join(',')}`,
      `--load-extension=${[extensionDir, ...extraExtensions].join(',')}`,
      ...args,
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(first.url()).host;
  // Playwright keeps handles to dead workers for a while: remember which ones closed.
  const closed = new WeakSet();
  const watch = (w) => w.on('close', () => closed.add(w));
  context.serviceWorkers().forEach(watch);
  context.on('serviceworker', watch);
  const liveWorker = () => context.serviceWorkers().find((w) => w.url().includes(extensionId) && !closed.has(w));
  const cdp = await context.browser().newBrowserCDPSession();
  // Vigie opens its welcome page on install. Wait for it, so that it cannot open later and
  // take the focus from the page a test or the demo is about to report.
  const isWelcome = (p) => p.url() === `chrome-extension://${extensionId}/welcome.html`;
  if (firstRun && !context.pages().some(isWelcome))
    await context.waitForEvent('page', { predicate: isWelcome, timeout: 10000 }).catch(() => undefined);
  let sideConnection = null;
  let helperPage = null;

  const api = {
    context,
    extensionId,
    cdp,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,

    /** The current service worker (a killed one is replaced on the next event). */
    async serviceWorker() {
      const live = liveWorker();
      if (live) return live;
      await api.wakeServiceWorker();
      for (let i = 0; i < 100 && !liveWorker(); i++) await sleep(50);
      return liveWorker() ?? context.waitForEvent('serviceworker');
    },

    /** An extension page kept open for reading IndexedDB and waking the worker. */
    async extensionPage() {
      if (!helperPage || helperPage.isClosed()) {
        helperPage = await context.newPage();
        await helperPage.goto(api.url('/welcome.html'));
      }
      return helperPage;
    },

    /**
     * Stops the extension's service worker, as Chrome does after 30 s idle or under memory
     * pressure (CDP ServiceWorker.stopAllWorkers; Target.closeTarget does not stop it).
     * Playwright does not see the worker that restarts later: use `wakeServiceWorker` and
     * `readDb`, which go through an extension page.
     */
    async killServiceWorker() {
      const page = await api.extensionPage();
      const session = await context.newCDPSession(page);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      for (let i = 0; i < 100; i++) {
        const { targetInfos } = await cdp.send('Target.getTargets');
        if (!targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(extensionId))) break;
        await sleep(50);
      }
      await session.detach().catch(() => undefined);
    },

    /** Sends the worker an (ignored) message: Chrome starts it to deliver the event. */
    async wakeServiceWorker() {
      const page = await api.extensionPage();
      await page.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
    },

    async tabTargetId(page) {
      const url = page.url();
      for (let i = 0; i < 50; i++) {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
        const tab = targetInfos.find((t) => t.type === 'tab' && t.url === url);
        if (tab) return tab.targetId;
        await sleep(50);
      }
      throw new Error(`No tab target for ${url}`);
    },

    /** Clicks the toolbar button on this page's tab: grants activeTab and opens the popup. */
    async triggerAction(page) {
      await page.bringToFront();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: await api.tabTargetId(page) });
    },

    /**
     * The popup opened by `triggerAction`. Playwright's launch connection does not see it, so a
     * second CDP connection (over --remote-debugging-port) is used to reach it.
     */
    async popup() {
      const popupUrl = api.url('/popup.html');
      // Wait until the browser has the popup, then connect: a CDP connection made earlier does
      // not attach to popups opened after it.
      for (let i = 0; ; i++) {
        const { targetInfos } = await cdp.send('Target.getTargets');
        if (targetInfos.some((t) => t.type === 'page' && t.url === popupUrl)) break;
        if (i > 100) throw new Error('The popup did not open');
        await sleep(50);
      }
      await sideConnection?.close().catch(() => undefined);
      const port = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
      sideConnection = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      for (let i = 0; i < 100; i++) {
        for (const ctx of sideConnection.contexts()) {
          const popup = ctx.pages().find((p) => p.url() === popupUrl);
          if (popup) {
            await popup.waitForLoadState('domcontentloaded');
            return popup;
          }
        }
        await sleep(50);
      }
      throw new Error('The popup opened but could not be reached');
    },

    /**
     * Right-click → menu item, through the real `contextMenus.onClicked` listener. The native menu
     * cannot be clicked from a test; the action is triggered first because a menu click grants
     * activeTab, which `dispatch` alone does not.
     */
    async clickMenu(page, menuItemId, info = {}) {
      await api.triggerAction(page);
      await api.dispatchMenu(page.url(), menuItemId, info);
    },

    /** Dispatches a menu click for the tab showing `url` (its URL is readable once activeTab is granted). */
    async dispatchMenu(url, menuItemId, info = {}) {
      const sw = await api.serviceWorker();
      await sw.evaluate(
        async ({ url, menuItemId, info }) => {
          const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
          if (!tab) throw new Error(`no tab with ${url} (activeTab not granted?)`);
          chrome.contextMenus.onClicked.dispatch({ menuItemId, editable: false, pageUrl: tab.url, ...info }, tab);
        },
        { url, menuItemId, info },
      );
    },

    /** Waits for the composer tab that a report opens and returns it. */
    async composer(timeout = 20000) {
      const isComposer = (p) => p.url().startsWith(api.url('/composer.html'));
      const open = context.pages().find(isComposer);
      if (open) return open;
      return context.waitForEvent('page', { predicate: isComposer, timeout });
    },

    /** Reads Vigie's IndexedDB from the service worker: drafts, and artefacts without their bytes. */
    async readDb() {
      return (await api.extensionPage()).evaluate(readVigieDb);
    },

    async close() {
      await sideConnection?.close().catch(() => undefined);
      await context.close().catch(() => undefined);
      if (!profileDir)
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
    },
  };
  return api;
}

/** Runs inside an extension context (browser-agnostic): dumps the `vigie` database. */
export async function readVigieDb() {
  const db = await new Promise((ok, ko) => {
    const req = indexedDB.open('vigie');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  const all = (store) =>
    new Promise((ok, ko) => {
      if (!db.objectStoreNames.contains(store)) return ok([]);
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
  const drafts = await all('drafts');
  const artefacts = (await all('artefacts')).map(({ blob, ...meta }) => ({
    ...meta,
    blobSize: blob?.size ?? 0,
    blobType: blob?.type ?? '',
  }));
  db.close();
  return { drafts, artefacts };
}
