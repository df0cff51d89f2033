/**
 * The complaint PDF in the built extension: a report is captured and qualified in the composer,
 * "PDF for a complaint" saves a file through the browser's download, and the file read back with
 * pdfjs-dist holds the reported address and the SHA-256 of the stored screenshot as text, and
 * the screenshot as an image — and, for a link-only (CSAM) report, no image at all.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { artefacts, drafts, expect, test } from '../fixtures';
import * as s from '../scenarios';

interface ReadBack {
  text: string;
  images: number;
}

/** The PDF's text (whitespace removed: wrapped addresses read whole) and how many images its pages paint. */
async function readBack(bytes: Uint8Array): Promise<ReadBack> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  let text = '';
  let images = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    const ops = await page.getOperatorList();
    images += ops.fnArray.filter((fn) => fn === pdfjs.OPS.paintImageXObject).length;
  }
  await doc.destroy();
  return { text: text.replace(/\s+/g, ''), images };
}

async function downloadPdf(composer: Page): Promise<{ name: string; bytes: Uint8Array }> {
  // The exports are folded under the steps.
  await s.unfold(composer, 'exports');
  const button = composer.getByTestId('pdf-button');
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([composer.waitForEvent('download'), button.click()]);
  const path = await download.path();
  await expect(composer.getByTestId('pdf-done')).toBeVisible();
  return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

test.describe('Chromium: complaint PDF', () => {
  test('a qualified report downloads a PDF with its address and the screenshot’s SHA-256', async ({ chromium }) => {
    const page = await chromium.context.newPage();
    await page.goto(s.X_POST);
    await chromium.clickMenu(page, 'vigie-report');
    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    // No PDF before the report is qualified.
    await s.waitForQualify(composer);
    await s.unfold(composer, 'exports');
    await expect(composer.getByTestId('evidence-package-download')).toBeVisible();
    await expect(composer.getByTestId('pdf-button')).toHaveCount(0);
    await s.terrorismOnX(composer);

    // Building the PDF fetches the extension's own files only (the PDF code and the fonts).
    const requested: string[] = [];
    chromium.context.on('request', (r) => requested.push(r.url()));
    const { name, bytes } = await downloadPdf(composer);
    expect(requested.some((u) => /\.woff$/.test(u))).toBe(true);
    expect(requested.filter((u) => !/^(chrome-extension|blob|data):/.test(u))).toEqual([]);
    expect(name).toMatch(/^vigie-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}-plainte\.pdf$/);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');

    const db = await chromium.readDb();
    const screenshot = artefacts(db).find((a) => a.kind === 'screenshot');
    expect(screenshot?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await readBack(bytes);
    expect(pdf.text).toContain(s.X_POST);
    expect(pdf.text).toContain(screenshot!.sha256);
    expect(pdf.text).toContain('421-2-5'); // Code pénal, apology of terrorism
    expect(pdf.images).toBeGreaterThan(0);
    expect(name).toContain(drafts(db)[0]!.id.slice(0, 8));
  });

  test('a link-only (CSAM) report downloads a PDF with the address and no image', async ({ chromium }) => {
    const page = await chromium.context.newPage();
    await page.goto(s.X_POST);
    await chromium.clickMenu(page, 'vigie-report-csam');
    const composer = await chromium.composer();
    await s.csamFromLinkOnlyEntry(composer);
    await s.unfold(composer, 'exports');
    await expect(composer.getByTestId('pdf-button')).toBeVisible();
    await expect(composer.getByTestId('pdf-image-choice')).toHaveCount(0);

    const pdf = await readBack((await downloadPdf(composer)).bytes);
    expect(pdf.text).toContain(s.X_POST);
    expect(pdf.images).toBe(0);
    expect((await chromium.readDb()).artefacts).toEqual([]);
  });
});
