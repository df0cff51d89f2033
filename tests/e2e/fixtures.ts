import { test as base, expect } from '@playwright/test';
import { startFixtureServer } from '../harness/server.mjs';
import { CHROME_WATCH_BUILD, launchChromium } from '../harness/chromium.mjs';
import { launchFirefox } from '../harness/firefox.mjs';

type Site = Awaited<ReturnType<typeof startFixtureServer>>;
export type Chrome = Awaited<ReturnType<typeof launchChromium>>;
export type Firefox = Awaited<ReturnType<typeof launchFirefox>>;

/**
 * The browser of the spec file being run, when that file shares one (`oneBrowserPerFile`): kept
 * by the worker, closed when the worker moves on to another file (or ends).
 */
interface FileBrowser {
  file: string;
  kind: 'chromium' | 'firefox';
  browser: Chrome | Firefox;
}
class FileBrowsers {
  private current: FileBrowser | null = null;
  async get<B extends Chrome | Firefox>(kind: FileBrowser['kind'], file: string, launch: () => Promise<B>): Promise<B> {
    if (this.current?.file === file && this.current.kind === kind) return this.current.browser as B;
    await this.close();
    const browser = await launch();
    this.current = { file, kind, browser };
    return browser;
  }
  /** Closes the shared browser of another file than `file` (the worker has moved on). */
  async leave(file: string) {
    if (this.current && this.current.file !== file) await this.close();
  }
  async close() {
    const was = this.current;
    this.current = null;
    await was?.browser.close();
  }
}

/** Closes the tabs a test opened in a shared Chromium, and any popup left open. */
async function closeTabsOpenedSince(chromium: Chrome, before: Set<unknown>) {
  for (const page of chromium.context.pages()) if (!before.has(page)) await page.close().catch(() => undefined);
  const { targetInfos } = await chromium.cdp.send('Target.getTargets');
  for (const t of targetInfos)
    if (t.type === 'page' && t.url === chromium.url('/popup.html'))
      await chromium.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
}

/**
 * Closes the tabs a test opened in a shared Firefox (the welcome page, the harness's way into the
 * extension, was there before). Pages are told apart by identity, never by asking them where they
 * are: a hostile page may not answer.
 */
async function closeFirefoxTabsOpenedSince(firefox: Firefox, before: Set<unknown>) {
  for (const page of await firefox.browser.pages()) if (!before.has(page)) await page.close().catch(() => undefined);
}

// Playwright fixtures must destructure their first argument, even when they use none of it.
/* eslint-disable no-empty-pattern */
export const test = base.extend<
  {
    chromium: Chrome;
    chromiumWatching: Chrome;
    firefox: Firefox;
    /**
     * `test.use({ oneBrowserPerFile: true })`: the file's tests share one browser (one profile,
     * one database), each closing the tabs it opened; each test then finds its own records (by
     * draft id or address), never "the only one". Off by default: a fresh profile per test.
     */
    oneBrowserPerFile: boolean;
    /** Runs for every test: the previous file's shared browser is closed once its file is done. */
    leaveOtherFiles: void;
  },
  { site: Site; fileBrowsers: FileBrowsers }
>({
  site: [
    async ({}, use) => {
      const site = await startFixtureServer();
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  fileBrowsers: [
    // Depends on the site: torn down first, so that no shared browser still holds a connection
    // to the fixture server when it closes (its close waits for them).
    async ({ site }, use) => {
      void site;
      const browsers = new FileBrowsers();
      await use(browsers);
      await browsers.close();
    },
    { scope: 'worker' },
  ],
  oneBrowserPerFile: [false, { option: true }],
  leaveOtherFiles: [
    async ({ fileBrowsers }, use, testInfo) => {
      await fileBrowsers.leave(testInfo.file);
      await use();
    },
    { auto: true },
  ],
  chromium: async ({ site, oneBrowserPerFile, fileBrowsers }, use, testInfo) => {
    if (oneBrowserPerFile) {
      const chromium = await fileBrowsers.get('chromium', testInfo.file, () => launchChromium({ proxy: site.origin }));
      // A hostile page of an earlier test may open a tab after that test ended (window.open from a
      // timer): it must not come to the front during this test's capture. Only the extension's own
      // pages are kept from one test to the next (the harness knows each page's address itself).
      for (const page of chromium.context.pages())
        if (!page.url().startsWith(chromium.url('/'))) await page.close().catch(() => undefined);
      const before = new Set<unknown>(chromium.context.pages());
      await use(chromium);
      await closeTabsOpenedSince(chromium, before);
      return;
    }
    const chromium = await launchChromium({ proxy: site.origin });
    await use(chromium);
    await chromium.close();
  },
  /** Chromium with the `e2e-watch` build: `tabs` granted at install, so watch mode is on. */
  chromiumWatching: async ({ site }, use) => {
    const chromium = await launchChromium({ extensionDir: CHROME_WATCH_BUILD, proxy: site.origin });
    await use(chromium);
    await chromium.close();
  },
  firefox: async ({ site, oneBrowserPerFile, fileBrowsers }, use, testInfo) => {
    if (oneBrowserPerFile) {
      const firefox = await fileBrowsers.get('firefox', testInfo.file, async () => {
        const firefox = await launchFirefox({ proxy: site.origin });
        await firefox.extensionPage('welcome.html'); // opened on install: one of the tabs to keep
        return firefox;
      });
      const before = new Set<unknown>(await firefox.browser.pages());
      await use(firefox);
      await closeFirefoxTabsOpenedSince(firefox, before);
      return;
    }
    const firefox = await launchFirefox({ proxy: site.origin });
    await use(firefox);
    await firefox.close();
  },
});
/* eslint-enable no-empty-pattern */

export { expect };

export type DbDump = Awaited<ReturnType<Chrome['readDb']>>;
export type StoredDraft = {
  id: string;
  status: string;
  mode: string;
  csam: boolean;
  trigger: string;
  target: { context: string; url: string; pageUrl: string };
  page: { title: string | null; target: { alt: string | null } | null } | null;
  platform: unknown;
  problems: { code: string; detail?: string }[];
  handoffs?: { channelId: string; actions: string[]; reference: string | null }[];
};

export type StoredArtefact = {
  id: string;
  draftId: string;
  kind: string;
  mime: string;
  size: number;
  sha256: string;
  blobSize: number;
  blobType: string;
};

export const drafts = (db: DbDump) => db.drafts as unknown as StoredDraft[];
export const artefacts = (db: DbDump) => db.artefacts as unknown as StoredArtefact[];

/** Runs in an extension page: SHA-256 of every stored artefact's bytes, recomputed, against the stored hash. */
export async function verifyStoredHashes() {
  const db: IDBDatabase = await new Promise((ok, ko) => {
    const req = indexedDB.open('vigie');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  const all: { kind: string; sha256: string; blob: Blob }[] = await new Promise((ok, ko) => {
    const req = db.transaction('artefacts').objectStore('artefacts').getAll();
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  db.close();
  const results = [];
  for (const a of all) {
    const digest = await crypto.subtle.digest('SHA-256', await a.blob.arrayBuffer());
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    results.push({ kind: a.kind, stored: a.sha256, actual: hex });
  }
  return results;
}

/** Runs in an extension page: colour of pixel (x, y) of the image element matching `selector`. */
export async function pixelOf([selector, x, y]: [string, number, number]) {
  const img = document.querySelector(selector) as HTMLImageElement;
  await img.decode();
  const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
  return { r, g, b, width: img.naturalWidth, height: img.naturalHeight };
}
