import type { Page } from 'puppeteer-core';
import { expect, test } from '../fixtures';
import { reportToReadyComposer } from './report';
import { readRedaction, screenshotBefore } from '../redact-check';
import { unfold } from '../scenarios';

const count = (composer: Page, testId: string) =>
  composer.evaluate((id) => document.querySelectorAll(`[data-testid=${id}]`).length, testId);

test.describe('Firefox ESR: redaction of a screenshot', () => {
  test('a blur region added with the keyboard pixelates only that rectangle; the original is untouched', async ({
    firefox,
    site,
  }) => {
    const url = `${site.origin}/demo/social-post.html`;
    const composer = await reportToReadyComposer(firefox, url);
    await unfold(composer, 'evidence');
    await composer.waitForSelector('[data-testid=redact-open]', { visible: true });
    const before = await composer.evaluate(screenshotBefore);

    // Keyboard only (blur is the default mode): open, add, grow by 40 × 20 px, save.
    await composer.focus('[data-testid=redact-open]');
    await composer.keyboard.press('Enter');
    await composer.waitForSelector('[data-testid=redact-add]');
    await composer.focus('[data-testid=redact-add]');
    await composer.keyboard.press('Enter');
    await composer.waitForSelector('[data-testid=redact-region]');
    expect(await composer.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('redact-region');
    await composer.keyboard.down('Control');
    await composer.keyboard.down('Shift');
    for (let i = 0; i < 4; i++) await composer.keyboard.press('ArrowRight');
    for (let i = 0; i < 2; i++) await composer.keyboard.press('ArrowDown');
    await composer.keyboard.up('Shift');
    await composer.keyboard.up('Control');
    await composer.focus('[data-testid=redact-save]');
    await composer.keyboard.press('Enter');
    await composer.waitForSelector('[data-testid=redact-saved]', { timeout: 20_000 });
    await expect.poll(() => count(composer, 'redacted-copy')).toBe(1);

    const width = Math.round(before.width / 4);
    const height = Math.round(before.height / 4);
    const read = await composer.evaluate(readRedaction);
    expect(read.region).toEqual({
      x: Math.round((before.width - width) / 2),
      y: Math.round((before.height - height) / 2),
      width: width + 40,
      height: height + 20,
      mode: 'blur',
    });
    expect(read.copy).toMatchObject({ kind: 'screenshot', derivedFrom: before.id, mime: 'image/png' });
    expect(read.copy.sha256).toBe(read.copy.actualSha256);
    expect(read.original.sha256).toBe(before.sha256);
    expect(read.original.actualSha256).toBe(before.sha256);
    expect(read.redactionOriginalSha256).toBe(before.sha256);
    expect(read.copySize).toEqual({ width: before.width, height: before.height });
    // Only inside the rectangle, and there the detail is gone: a few flat cells instead of the page.
    expect(read.changedOutside).toBe(0);
    expect(read.changedInside).toBeGreaterThan(0);
    expect(read.coloursInsideOriginal).toBeGreaterThan(50);
    // At most one colour per pixelation cell (cells: a quarter of the shorter side, 16 px at least).
    const cell = Math.max(16, Math.ceil(Math.min(read.region.width, read.region.height) / 4));
    const cells = Math.floor(read.region.width / cell) * Math.floor(read.region.height / cell);
    expect(read.coloursInsideCopy).toBeLessThanOrEqual(cells);
  });
});
