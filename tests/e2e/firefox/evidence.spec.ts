import type { Page } from 'puppeteer-core';
import { unzipSync, zipSync } from 'fflate';
import { catchNextDownload, caughtDownload, dropFile } from '../downloads';
import { expect, test } from '../fixtures';
import { reportToReadyComposer } from './report';
import { unfold } from '../scenarios';

const verdict = (verify: Page) =>
  verify.evaluate(() => document.querySelector('[data-testid=verify-result]')?.getAttribute('data-result') ?? null);

test.describe('Firefox ESR: evidence package', () => {
  test('build the package in the composer, verify it intact; one changed byte names its file', async ({
    firefox,
    site,
  }) => {
    const url = `${site.origin}/demo/marketplace-listing.html`;
    const composer = await reportToReadyComposer(firefox, url);
    await composer.waitForSelector('[data-testid=sha256]');
    await unfold(composer, 'exports');

    // WebDriver BiDi gives no download events: the Blob the page hands to its <a download> is
    // caught (tests/e2e/downloads.ts). Everything up to the click is the real code path.
    await composer.evaluate(catchNextDownload);
    await composer.click('[data-testid=evidence-package-download]');
    const packed = await composer.evaluate(caughtDownload);
    expect(packed.name).toMatch(/^vigie-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);
    const entries = unzipSync(new Uint8Array(Buffer.from(packed.base64, 'base64')));
    expect(Object.keys(entries).sort()).toEqual(
      [
        'evidence/page-dom.html',
        'evidence/page-facts.json',
        'evidence/screenshot.png',
        'manifest.json',
        'manifest.sig',
        'report.json',
        'report.txt',
      ].sort(),
    );

    // The verify page (opened as the composer's link opens it), fed by a drop.
    await composer.evaluate(() => browser.tabs.create({ url: browser.runtime.getURL('/verify.html') }));
    const verify = await firefox.extensionPage('verify.html');
    await verify.waitForSelector('[data-testid=verify-drop]');
    await verify.evaluate(dropFile, [packed.name, packed.base64] as [string, string]);
    await expect.poll(() => verdict(verify)).toBe('intact-own');
    expect(
      await verify.evaluate(() => document.querySelector('[data-testid=verify-verdict]')?.textContent ?? ''),
    ).toMatch(/^(Intact et signé par cette installation de Vigie|Intact and signed by this installation of Vigie)/);
    expect(
      await verify.evaluate(() =>
        document.querySelector('[data-testid=verify-signature]')?.getAttribute('data-signature'),
      ),
    ).toBe('valid');
    expect(
      await verify.evaluate(() => document.querySelector('[data-testid=verify-key]')?.getAttribute('data-own')),
    ).toBe('true');

    const dom = new Uint8Array(entries['evidence/page-dom.html']!);
    dom[dom.length >> 1] = dom[dom.length >> 1]! ^ 0x01;
    const tampered = Buffer.from(zipSync({ ...entries, 'evidence/page-dom.html': dom })).toString('base64');
    await verify.evaluate(dropFile, ['tampered.zip', tampered] as [string, string]);
    await expect.poll(() => verdict(verify)).toBe('changed');
    const changed = await verify.$$eval('tr[data-status=changed]', (rows) =>
      rows.map((r) => r.getAttribute('data-path')),
    );
    expect(changed).toEqual(['evidence/page-dom.html']);
  });
});
