/**
 * « Sceller avec un horodatage » end to end in Firefox ESR, on the `e2e` build (its authority list
 * adds the local test responder, `tests/fixtures/tsa/authority.ts`, on 127.0.0.1, which Firefox
 * reaches without the fixture proxy). Nothing leaves before the click; the click — a real user
 * action (puppeteer's), which `permissions.request` needs — sends one RFC 3161 request (the
 * manifest's hash); the package holds `manifest.tsr`; the verify page shows the signer and the
 * time and says the authority is not known (the responder's certificates are made at test time, so
 * no build can ship them); an altered manifest is named; a timestamp of other bytes beside an
 * intact manifest gives the caution verdict, not the green one. See tests/e2e/README.md.
 */
import type { Page } from 'puppeteer-core';
import { unzipSync, zipSync } from 'fflate';
import { makeTestAuthority, startTestResponder } from '../../harness/test-tsa.mjs';
import { TEST_TIMESTAMP_AUTHORITY, TEST_TSA_PORT } from '../../fixtures/tsa/authority';
import { catchNextDownload, caughtDownload, dropFile } from '../downloads';
import { expect, test } from '../fixtures';
import { reportToReadyComposer } from './report';
import { unfold } from '../scenarios';

const attr = (page: Page, testId: string, name: string) =>
  page.evaluate(([id, a]) => document.querySelector(`[data-testid=${id}]`)?.getAttribute(a!) ?? null, [
    testId,
    name,
  ] as const);
const text = (page: Page, testId: string) =>
  page.evaluate((id) => document.querySelector(`[data-testid=${id}]`)?.textContent ?? '', testId);

test.describe('Firefox ESR: seal a package with an RFC 3161 timestamp', () => {
  test('nothing leaves before the click; the hash alone after; the verify page shows signer and time, names an altered manifest and a timestamp of other bytes', async ({
    firefox,
    site,
  }) => {
    const authority = makeTestAuthority('Vigie Firefox TSA');
    const responder = await startTestResponder(authority, { port: TEST_TSA_PORT });
    try {
      const composer = await reportToReadyComposer(firefox, `${site.origin}/demo/social-post.html`);
      await unfold(composer, 'exports');
      await composer.waitForSelector('[data-testid=evidence-seal-button]', { visible: true });
      expect(await text(composer, 'evidence-seal')).toContain(TEST_TIMESTAMP_AUTHORITY.name);
      // Before the click: nothing reached the authority.
      expect(responder.requests).toEqual([]);

      await composer.evaluate(catchNextDownload);
      await composer.click('[data-testid=evidence-seal-button]');
      const saved = await composer.evaluate(caughtDownload);
      expect(saved.name).toMatch(/^vigie-.*\.zip$/);
      await expect.poll(() => text(composer, 'evidence-seal-status')).toContain(saved.name);

      // One request, an RFC 3161 query of a few dozen bytes: the manifest's hash, not the report.
      expect(responder.requests).toHaveLength(1);
      expect(responder.requests[0]).toMatchObject({ method: 'POST', type: 'application/timestamp-query' });
      expect(responder.requests[0]!.size).toBeLessThan(120);
      const entries = unzipSync(new Uint8Array(Buffer.from(saved.base64, 'base64')));
      expect(Object.keys(entries)).toContain('manifest.tsr');

      // The verify page, opened as the composer's link opens it, fed by a drop.
      await composer.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/verify.html') }));
      const verify = await firefox.extensionPage('verify.html');
      await verify.waitForSelector('[data-testid=verify-drop]');
      await verify.evaluate(dropFile, [saved.name, saved.base64] as [string, string]);
      await expect.poll(() => attr(verify, 'verify-result', 'data-result')).toBe('intact-own');
      expect(await attr(verify, 'verify-timestamp', 'data-timestamp')).toBe('unknown-authority');
      const block = await text(verify, 'verify-timestamp');
      expect(block).toContain('Vigie Firefox TSA');
      expect(block).toContain(String(new Date().getUTCFullYear()));

      // The manifest altered after the seal: not intact (its signature no longer holds), and the
      // timestamp's mismatch named as an alert.
      const manifest = new TextDecoder().decode(entries['manifest.json']);
      const altered = new TextEncoder().encode(manifest.replace('"copies": "original"', '"copies": "both"'));
      expect(altered).not.toEqual(entries['manifest.json']);
      const alteredZip = Buffer.from(zipSync({ ...entries, 'manifest.json': altered })).toString('base64');
      await verify.evaluate(dropFile, ['altered.zip', alteredZip] as [string, string]);
      await expect.poll(() => attr(verify, 'verify-timestamp', 'data-timestamp')).toBe('mismatch');
      expect(await verify.$('[data-testid=verify-timestamp] [role=alert]')).not.toBeNull();
      expect(await attr(verify, 'verify-result', 'data-result')).toBe('unverifiable');

      // An intact signed package beside a timestamp of other bytes (another authority's token for
      // another manifest): files intact, but the caution verdict, never the green one.
      const other = makeTestAuthority('Other Firefox TSA');
      const foreignToken = other.reply(other.makeRequest(new TextEncoder().encode('another manifest')));
      const swapped = Buffer.from(zipSync({ ...entries, 'manifest.tsr': foreignToken })).toString('base64');
      await verify.evaluate(dropFile, ['swapped.zip', swapped] as [string, string]);
      await expect.poll(() => attr(verify, 'verify-result', 'data-result')).toBe('seal-broken');
      expect(await attr(verify, 'verify-timestamp', 'data-timestamp')).toBe('mismatch');
      expect(await verify.$$eval('tr[data-status=ok]', (rows) => rows.length)).toBeGreaterThan(0);
      expect(await verify.$$eval('tr:not([data-status=ok])', (rows) => rows.length)).toBe(0);
    } finally {
      await responder.close().catch(() => {});
    }
  });
});
