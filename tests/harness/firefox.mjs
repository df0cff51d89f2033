// Launches Debian's Firefox ESR over WebDriver BiDi and installs the built add-on as a
// temporary add-on. See tests/e2e/README.md for why the e2e build differs (host permission).
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readVigieDb } from './chromium.mjs';

export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv3-e2e');

export function findFirefox() {
  const found = [process.env.VIGIE_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox']
    .filter(Boolean)
    .find((c) => existsSync(c));
  if (!found) throw new Error('No Firefox found. Install Debian "firefox-esr" or set VIGIE_FIREFOX=/path/to/firefox.');
  return found;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `proxy`: the fixture server's origin, to answer the platform look-alike hosts locally.
 * @param {{ extensionDir?: string, prefs?: Record<string, unknown>, proxy?: string }} [options]
 */
export async function launchFirefox({ extensionDir = FIREFOX_E2E_BUILD, prefs = {}, proxy } = {}) {
  const proxyUrl = proxy ? new URL(proxy) : null;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`No built add-on in ${extensionDir}: run "npm run build:e2e" first.`);
  const userDataDir = await mkdtemp(join(tmpdir(), 'vigie-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir,
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...(proxyUrl
        ? {
            'network.proxy.type': 1,
            'network.proxy.http': proxyUrl.hostname,
            'network.proxy.http_port': Number(proxyUrl.port),
            'network.proxy.no_proxies_on': '127.0.0.1, localhost',
          }
        : {}),
      ...prefs,
    },
  });
  const addonId = await browser.installExtension(extensionDir);

  const api = {
    browser,
    addonId,

    /**
     * An extension page, found by asking each page where it is: BiDi reports moz-extension pages
     * as about:blank and refuses to navigate to them, so the pages Vigie opens itself (welcome on
     * install, composer after a report) are the way in.
     */
    async extensionPage(file, timeout = 30000) {
      const end = Date.now() + timeout;
      while (Date.now() < end) {
        for (const page of await browser.pages()) {
          try {
            // Only a page whose extension APIs are ready: a page still starting has its
            // moz-extension URL before `browser` is defined in it.
            const href = await page.evaluate(() =>
              typeof browser !== 'undefined' && document.readyState !== 'loading' ? location.href : '',
            );
            if (href.startsWith('moz-extension://') && href.includes(file)) return page;
          } catch {
            // page closing or navigating
          }
        }
        await sleep(100);
      }
      throw new Error(`Extension page ${file} not found`);
    },

    /** Opens a web page in a new tab and returns it (active). */
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    },

    /**
     * Starts a report of the tab at `url` exactly as the popup's button does: the same
     * `report/start` message from an extension page to the background.
     */
    async reportFromPopupPath(url, csam = false) {
      const ext = await api.extensionPage('welcome.html');
      return ext.evaluate(
        async ({ url, csam }) => {
          const tab = (await browser.tabs.query({})).find((t) => t.url === url);
          if (!tab) throw new Error('tab not found');
          await browser.tabs.update(tab.id, { active: true });
          return browser.runtime.sendMessage({ type: 'report/start', tabId: tab.id, csam });
        },
        { url, csam },
      );
    },

    async readDb() {
      const ext = await api.extensionPage('welcome.html');
      return ext.evaluate(readVigieDb);
    },

    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
  return api;
}
