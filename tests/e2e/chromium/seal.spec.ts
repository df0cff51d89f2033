/**
 * « Sceller avec un horodatage » end to end, in Chromium, on the `e2e` build (its authority list
 * adds the local test responder, `tests/fixtures/tsa/authority.ts`): nothing leaves before the
 * click; the click sends one RFC 3161 request (the manifest's hash) to the responder on
 * 127.0.0.1, which answers with `openssl ts -reply` and a CA made at test time; the package holds
 * `manifest.tsr`; the verify page shows the signer and the time, says the authority is not known
 * (its certificates cannot ship in the build), and names an altered manifest. With the authority
 * down, the failure is named and the report stays usable. See tests/e2e/README.md (permissions).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { launchChromium, ROOT } from '../../harness/chromium.mjs';
import { makeTestAuthority, startTestResponder } from '../../harness/test-tsa.mjs';
import { TEST_TIMESTAMP_AUTHORITY, TEST_TSA_PORT } from '../../fixtures/tsa/authority';
import { saveDownloadsIn, savedFile } from '../downloads';
import { drafts, expect, test as base, type Chrome } from '../fixtures';
import * as scenarios from '../scenarios';

const E2E_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
const PATTERN = 'http://127.0.0.1/*';

const test = base.extend({
  chromium: async ({ site }, use) => {
    const chromium = await launchChromium({ extensionDir: E2E_BUILD, proxy: site.origin });
    await use(chromium);
    await chromium.close();
  },
});

/** The authority's address answered by the responder (the harness proxies loopback too). */
async function routeToResponder(chromium: Chrome, responderUrl: string) {
  await chromium.context.route(`http://127.0.0.1:${TEST_TSA_PORT}/**`, async (route) => {
    try {
      const answer = await fetch(responderUrl, {
        method: route.request().method(),
        headers: { 'content-type': route.request().headers()['content-type'] ?? '' },
        body: new Uint8Array(route.request().postDataBuffer() ?? Buffer.alloc(0)),
      });
      await route.fulfill({
        status: answer.status,
        headers: { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' },
        body: Buffer.from(await answer.arrayBuffer()),
      });
    } catch {
      await route.abort('connectionrefused');
    }
  });
}

/** Every request an extension page sends outside the extension (what would leave the browser). */
function watchForeign(chromium: Chrome): string[] {
  const foreign: string[] = [];
  chromium.context.on('request', (request) => {
    const from = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    const ours = (u: string) => u.startsWith('chrome-extension://') || u.startsWith('blob:') || u.startsWith('data:');
    if (ours(from) && !ours(request.url())) foreign.push(request.url());
  });
  return foreign;
}

/** The user's "Allow" in the permission dialog, stood in for as in handoff.spec.ts (README). */
async function approveHost(chromium: Chrome) {
  const page = await chromium.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, pattern]) =>
      (
        chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }
      ).developerPrivate.addHostPermission(id, pattern),
    [chromium.extensionId, PATTERN] as const,
  );
  await page.close();
}

test.describe('Chromium: seal a package with an RFC 3161 timestamp', () => {
  test('nothing leaves before the click; the hash alone after; the verify page shows signer and time, and names an altered manifest', async ({
    chromium,
    site,
  }, testInfo) => {
    const authority = makeTestAuthority('Vigie E2E TSA');
    const responder = await startTestResponder(authority, { port: TEST_TSA_PORT });
    // The harness sends every request through the fixture server's proxy, loopback included
    // (Playwright's `<-loopback>`): the authority's address is routed to the responder directly.
    await routeToResponder(chromium, responder.url);
    try {
      const foreign = watchForeign(chromium);
      const page = await chromium.context.newPage();
      await page.goto(`${site.origin}/demo/social-post.html`);
      await chromium.triggerAction(page);
      const popup = await chromium.popup();
      await popup.getByTestId('report-page').click();
      const composer = await chromium.composer();
      await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
      await scenarios.unfold(composer, 'exports');
      await expect(composer.getByTestId('evidence-seal')).toContainText(TEST_TIMESTAMP_AUTHORITY.name);

      // Before the click: no request of any extension page left the browser, none reached the authority.
      expect(foreign).toEqual([]);
      expect(responder.requests).toEqual([]);

      const folder = testInfo.outputPath('downloads');
      await saveDownloadsIn(chromium, folder);
      await approveHost(chromium);
      await composer.getByTestId('evidence-seal-button').click();
      await expect(composer.getByTestId('evidence-seal-status')).toContainText(/vigie-.*\.zip/, { timeout: 30_000 });

      // One request, to the authority only: an RFC 3161 query, a few dozen bytes (a hash, not the report).
      expect(responder.requests).toHaveLength(1);
      expect(responder.requests[0]).toMatchObject({ method: 'POST', type: 'application/timestamp-query' });
      expect(responder.requests[0]!.size).toBeLessThan(120);
      expect(foreign.every((u) => u.startsWith(`http://127.0.0.1:${TEST_TSA_PORT}/`))).toBe(true);

      const path = await savedFile(folder, '.zip');
      const entries = unzipSync(new Uint8Array(await readFile(path)));
      expect(Object.keys(entries)).toContain('manifest.tsr');

      const verify = await chromium.context.newPage();
      await verify.goto(chromium.url('verify.html'));
      await verify.getByLabel(/Dossier à vérifier|Package to verify/).setInputFiles(path);
      await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'intact-own');
      const block = verify.getByTestId('verify-timestamp');
      await expect(block).toHaveAttribute('data-timestamp', 'unknown-authority');
      await expect(block).toContainText('Vigie E2E TSA');
      await expect(block).toContainText(String(new Date().getUTCFullYear()));

      // The manifest altered after the seal: the mismatch is named, as an alert.
      const manifest = new TextDecoder().decode(entries['manifest.json']);
      const altered = new TextEncoder().encode(manifest.replace('"copies": "original"', '"copies": "both"'));
      expect(altered).not.toEqual(entries['manifest.json']);
      const alteredPath = testInfo.outputPath('altered.zip');
      await writeFile(alteredPath, zipSync({ ...entries, 'manifest.json': altered }));
      await verify.getByTestId('verify-file').setInputFiles(alteredPath);
      await expect(verify.getByTestId('verify-timestamp')).toHaveAttribute('data-timestamp', 'mismatch');
      await expect(verify.getByTestId('verify-timestamp').getByRole('alert')).toBeVisible();

      // A timestamp of other bytes beside the intact signed manifest: the caution verdict, not green.
      const other = makeTestAuthority('Other E2E TSA');
      const swappedPath = testInfo.outputPath('swapped.zip');
      await writeFile(
        swappedPath,
        zipSync({ ...entries, 'manifest.tsr': other.reply(other.makeRequest(new TextEncoder().encode('other'))) }),
      );
      await verify.setViewportSize({ width: 1280, height: 800 });
      await verify.getByTestId('verify-file').setInputFiles(swappedPath);
      await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'seal-broken');
      await expect(verify.getByTestId('verify-timestamp')).toHaveAttribute('data-timestamp', 'mismatch');
      await verify.screenshot({ path: testInfo.outputPath('verify-seal-broken.png') });

      // The seal is kept with the report: shown again when the composer is reopened.
      await composer.reload();
      await scenarios.unfold(composer, 'exports');
      await expect(composer.getByTestId('evidence-seal-info')).toHaveAttribute('data-authority', 'vigie-test');

      // The authority down: named, nothing lost, the package still downloads.
      await responder.close();
      await composer.getByTestId('evidence-seal-button').click();
      await expect(composer.getByTestId('evidence-seal-error')).toHaveAttribute('data-problem', /offline|http/, {
        timeout: 30_000,
      });
      await composer.getByTestId('evidence-package-download').click();
      await expect(composer.getByTestId('evidence-package-status')).toContainText(/vigie-.*\.zip/);
    } finally {
      await responder.close().catch(() => {});
    }
  });
});

test.describe('Chromium: seal a whole batch in one click', () => {
  test('nothing leaves when the batch page opens; one click, one request per report, each sealed and named', async ({
    chromium,
  }, testInfo) => {
    const authority = makeTestAuthority('Vigie Batch TSA');
    const responder = await startTestResponder(authority, { port: TEST_TSA_PORT });
    await routeToResponder(chromium, responder.url);
    try {
      const foreign = watchForeign(chromium);
      const settings = await chromium.context.newPage();
      await settings.goto(chromium.url('/settings.html'));
      await settings.getByTestId('role-volunteer').check();
      for (const url of [scenarios.X_POST, 'http://x.com/autre_compte/status/1790000000000000002']) {
        const page = await chromium.context.newPage();
        await page.goto(url);
        await chromium.clickMenu(page, 'vigie-batch');
      }
      await expect.poll(async () => drafts(await chromium.readDb()).map((d) => d.status)).toEqual(['ready', 'ready']);
      const batch = await chromium.context.newPage();
      await batch.setViewportSize({ width: 1280, height: 800 });
      await batch.goto(chromium.url('/batch.html'));
      await expect(batch.getByTestId('batch-item')).toHaveCount(2);
      await expect(batch.getByTestId('batch-seal')).toContainText(TEST_TIMESTAMP_AUTHORITY.name);
      // Nothing chosen: the button seals the whole batch.
      await expect(batch.getByTestId('batch-seal-button')).toContainText('2');
      expect(foreign).toEqual([]);
      expect(responder.requests).toEqual([]);

      await approveHost(chromium);
      await batch.getByTestId('batch-seal-button').click();
      await expect(batch.getByTestId('batch-seal-outcome')).toHaveCount(2, { timeout: 30_000 });
      await expect(batch.locator('[data-testid=batch-seal-outcome][data-status=sealed]')).toHaveCount(2);
      await expect(batch.getByTestId('batch-seal-status')).toContainText('2');
      await batch.getByTestId('batch-seal').screenshot({ path: testInfo.outputPath('batch-seal.png') });

      // One request per report, each an RFC 3161 query of a few dozen bytes, to the authority only.
      expect(responder.requests).toHaveLength(2);
      for (const r of responder.requests) {
        expect(r).toMatchObject({ method: 'POST', type: 'application/timestamp-query' });
        expect(r.size).toBeLessThan(120);
      }
      expect(foreign.every((u) => u.startsWith(`http://127.0.0.1:${TEST_TSA_PORT}/`))).toBe(true);
      // Each seal is kept with its own report.
      const sealed = drafts(await chromium.readDb()) as unknown as { seal?: { authorityId: string; serial: string } }[];
      expect(sealed.map((d) => d.seal?.authorityId)).toEqual(['vigie-test', 'vigie-test']);
      expect(new Set(sealed.map((d) => d.seal?.serial)).size).toBe(2);

      // The authority down: each report named, nothing undone, and « try again » offered.
      await responder.close();
      await batch.getByTestId('batch-select-all').check();
      await expect(batch.getByTestId('batch-seal-button')).toContainText('2');
      await batch.getByTestId('batch-seal-button').click();
      await expect(batch.locator('[data-testid=batch-seal-outcome][data-status=sealed]')).toHaveCount(0, {
        timeout: 60_000,
      });
      await expect(batch.getByTestId('batch-seal-outcome')).toHaveCount(2);
      await expect(batch.getByTestId('batch-seal-retry')).toBeVisible();
      const kept = drafts(await chromium.readDb()) as unknown as { seal?: { serial: string } }[];
      expect(kept.map((d) => d.seal?.serial)).toEqual(sealed.map((d) => d.seal?.serial));
    } finally {
      await responder.close().catch(() => {});
    }
  });
});
