import type { Page } from 'puppeteer-core';
import { unzipSync, zipSync } from 'fflate';
import { expect, test } from '../fixtures';
import { reportToReadyComposer } from './report';

/** Runs in the verify page: drops a file (given in base64) on the drop zone, as a user would. */
async function dropFile([name, base64]: [string, string]) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const data = new DataTransfer();
  data.items.add(new File([bytes], name, { type: 'application/zip' }));
  const zone = document.querySelector('[data-testid=verify-drop]')!;
  zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

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

    // WebDriver BiDi (puppeteer) gives no download events here: the test takes the Blob the page
    // hands to its <a download> (through URL.createObjectURL) and keeps the click from saving a
    // file in the user's download folder. Everything up to the click is the real code path.
    const packed = await composer.evaluate(async () => {
      const made = new Promise<{ name: string; base64: string }>((resolve) => {
        const createObjectURL = URL.createObjectURL.bind(URL);
        let blob: Blob | null = null;
        URL.createObjectURL = (object: Blob | MediaSource) => {
          if (object instanceof Blob) blob = object;
          return createObjectURL(object);
        };
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (!this.download || !blob) return;
          const name = this.download;
          void blob.arrayBuffer().then((buffer) => {
            const bytes = new Uint8Array(buffer);
            let binary = '';
            for (let i = 0; i < bytes.length; i += 0x8000)
              binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
            resolve({ name, base64: btoa(binary) });
          });
        };
      });
      (document.querySelector('[data-testid=evidence-package-download]') as HTMLButtonElement).click();
      return made;
    });
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
