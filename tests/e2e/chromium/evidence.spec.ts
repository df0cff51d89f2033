import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { saveDownloadsIn, savedFile } from '../downloads';
import { expect, test } from '../fixtures';
import { unfold } from '../scenarios';

test.describe('Chromium: evidence package', () => {
  test('download the package, verify it intact; one changed byte names its file', async ({
    chromium,
    site,
  }, testInfo) => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/demo/social-post.html`);
    await chromium.triggerAction(page);
    const popup = await chromium.popup();
    await popup.getByTestId('report-page').click();
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    await expect(composer.getByTestId('sha256')).toHaveCount(4);
    const stored = await composer.getByTestId('sha256').allTextContents();

    // A real download, through the page's own <a download> (no downloads permission), saved in
    // the test's folder (tests/e2e/downloads.ts).
    const folder = testInfo.outputPath('downloads');
    await saveDownloadsIn(chromium, folder);
    await unfold(composer, 'exports');
    await composer.getByTestId('evidence-package-download').click();
    await expect(composer.getByTestId('evidence-package-status')).toContainText(/vigie-.*\.zip/);
    const path = await savedFile(folder, '.zip');
    const fileName = basename(path);
    expect(fileName).toMatch(/^vigie-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.zip$/);
    await expect(composer.getByTestId('evidence-package-status')).toContainText(fileName);
    const entries = unzipSync(new Uint8Array(await readFile(path)));
    expect(Object.keys(entries).sort()).toEqual(
      [
        'evidence/page-dom.html',
        'evidence/page-facts.json',
        'evidence/page.mhtml',
        'evidence/screenshot.png',
        'manifest.json',
        'manifest.sig',
        'report.json',
        'report.txt',
      ].sort(),
    );
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      files: { path: string; sha256: string }[];
      publicKey: { fingerprint: string };
    };
    // Every evidence file in the package is the one stored at capture.
    const evidence = manifest.files.filter((f) => f.path.startsWith('evidence/'));
    expect(evidence.map((f) => f.sha256).sort()).toEqual([...stored].sort());

    // The verify page, with the file picker: intact, signed by this installation.
    const verify = await chromium.context.newPage();
    await verify.goto(chromium.url('verify.html'));
    await verify.getByLabel(/Dossier à vérifier|Package to verify/).setInputFiles(path);
    await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'intact-own');
    await expect(verify.getByTestId('verify-verdict')).toHaveText(
      /^(Intact et signé par cette installation de Vigie|Intact and signed by this installation of Vigie)/,
    );
    await expect(verify.getByTestId('verify-verdict')).toHaveClass(/\bintact\b/);
    await expect(verify.getByTestId('verify-signature')).toHaveAttribute('data-signature', 'valid');
    await expect(verify.getByTestId('verify-key')).toHaveAttribute('data-own', 'true');
    await expect(verify.locator('tr[data-status=ok]')).toHaveCount(manifest.files.length);

    // One byte of the screenshot changed, the ZIP rewritten: that file, and only it, is named.
    const shot = new Uint8Array(entries['evidence/screenshot.png']!);
    shot[shot.length >> 1] = shot[shot.length >> 1]! ^ 0x01;
    const tamperedPath = testInfo.outputPath('tampered.zip');
    await writeFile(tamperedPath, zipSync({ ...entries, 'evidence/screenshot.png': shot }));
    await verify.getByTestId('verify-file').setInputFiles(tamperedPath);
    await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'changed');
    await expect(verify.locator('tr[data-status=changed]')).toHaveCount(1);
    await expect(verify.locator('tr[data-status=changed]')).toHaveAttribute('data-path', 'evidence/screenshot.png');
    await expect(verify.getByRole('alert')).toBeVisible();
    await expect(verify.getByTestId('verify-verdict')).toHaveText(
      /^(Modifié depuis sa signature :|Changed since it was signed:) evidence\/screenshot\.png — (modifié|changed)\.$/,
    );

    // The manifest rewritten (its signature no longer holds): not verifiable, and no file row is "intact".
    const rewritten = new TextDecoder()
      .decode(entries['manifest.json'])
      .replace(/"createdAt": "[^"]+"/, '"createdAt": "2020-01-01T00:00:00.000Z"');
    const rewrittenPath = testInfo.outputPath('rewritten.zip');
    await writeFile(rewrittenPath, zipSync({ ...entries, 'manifest.json': new TextEncoder().encode(rewritten) }));
    await verify.getByTestId('verify-file').setInputFiles(rewrittenPath);
    await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'unverifiable');
    await expect(verify.getByTestId('verify-verdict')).toHaveText(/^(Invérifiable|Not verifiable)/);
    await expect(verify.locator('tr[data-status=ok]')).toHaveCount(0);
    await expect(verify.locator('tr[data-status=unverifiable]')).toHaveCount(manifest.files.length);

    // Bytes slipped in before the first entry (a streaming ZIP reader would read them as an
    // entry of their own): refused, with its reason.
    const original = new Uint8Array(await readFile(path));
    const firstLocal = new DataView(original.buffer, original.byteOffset).getUint32(0, true);
    expect(firstLocal).toBe(0x04034b50);
    const hidden = new Uint8Array(original.length + 30 + 4);
    // A local header of an empty stored entry named "x.pn", then the package unchanged.
    hidden.set([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0], 0);
    hidden.set([4, 0], 26);
    hidden.set(new TextEncoder().encode('x.pn'), 30);
    hidden.set(original, 34);
    const hiddenPath = testInfo.outputPath('hidden.zip');
    await writeFile(hiddenPath, hidden);
    await verify.getByTestId('verify-file').setInputFiles(hiddenPath);
    await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'hidden-data');
    await expect(verify.getByTestId('verify-result')).toContainText(/Archive (refusée|refused)/);

    // A file that is not a ZIP gets a clear reason.
    const junk = testInfo.outputPath('junk.zip');
    await writeFile(junk, 'not a zip');
    await verify.getByTestId('verify-file').setInputFiles(junk);
    await expect(verify.getByTestId('verify-result')).toHaveAttribute('data-result', 'not-zip');

    // The settings page shows the same key's fingerprint.
    await verify.goto(chromium.url('settings.html'));
    await expect(verify.getByTestId('key-fingerprint')).toHaveText(manifest.publicKey.fingerprint);
  });
});
