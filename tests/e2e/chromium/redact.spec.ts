import { drafts, expect, test } from '../fixtures';
import { readRedaction, screenshotBefore } from '../redact-check';

test.describe('Chromium: redaction of a screenshot', () => {
  test('a region added with the keyboard makes a new, black-filled copy; the original is untouched', async ({
    chromium,
    site,
  }) => {
    const page = await chromium.context.newPage();
    await page.goto(`${site.origin}/demo/social-post.html`);
    await chromium.triggerAction(page);
    const popup = await chromium.popup();
    await popup.getByTestId('report-page').click();

    const composer = await chromium.composer();
    await expect(composer.getByTestId('draft-status')).toHaveAttribute('data-status', 'ready');
    const before = await composer.evaluate(screenshotBefore);

    // Keyboard only: unfold the evidence, open the editor, choose black, add a region, move it, resize it, save.
    const evidence = composer.getByTestId('part-evidence');
    await evidence.locator('> summary').focus();
    await composer.keyboard.press('Enter');
    await expect(evidence).toHaveAttribute('open', '');
    await composer.getByTestId('redact-open').focus();
    await composer.keyboard.press('Enter');
    await composer.getByTestId('redact-mode').selectOption('black');
    await composer.getByTestId('redact-add').focus();
    await composer.keyboard.press('Enter');
    const item = composer.getByTestId('redact-region');
    await expect(item).toBeFocused();
    await composer.keyboard.press('Shift+ArrowRight');
    await composer.keyboard.press('Alt+Shift+ArrowDown');
    await composer.keyboard.press('ArrowUp');
    await expect(composer.getByTestId('redact-live')).toContainText(/(Region|Zone) 1\b/);
    await composer.getByTestId('redact-save').focus();
    await composer.keyboard.press('Enter');
    await expect(composer.getByTestId('redact-saved')).toBeVisible();
    await expect(composer.getByTestId('redacted-copy')).toHaveCount(1);

    // The region the keys made: a centred quarter, 10 px right, 1 px up, 10 px taller.
    const width = Math.round(before.width / 4);
    const height = Math.round(before.height / 4);
    const expected = {
      x: Math.round((before.width - width) / 2) + 10,
      y: Math.round((before.height - height) / 2) - 1,
      width,
      height: height + 10,
      mode: 'black',
    };

    const read = await composer.evaluate(readRedaction);
    expect(read.region).toEqual(expected);
    expect(read.copy).toMatchObject({ kind: 'screenshot', derivedFrom: before.id, mime: 'image/png' });
    expect(read.copy.sha256).toBe(read.copy.actualSha256);
    expect(read.copy.sha256).not.toBe(before.sha256);
    // The original: same record, same hash, and the hash is still that of its bytes.
    expect(read.originalId).toBe(before.id);
    expect(read.original.sha256).toBe(before.sha256);
    expect(read.original.actualSha256).toBe(before.sha256);
    expect(read.redactionOriginalSha256).toBe(before.sha256);
    // Differs only inside the rectangle, which is solid black.
    expect(read.copySize).toEqual({ width: before.width, height: before.height });
    expect(read.changedOutside).toBe(0);
    expect(read.changedInside).toBeGreaterThan(0);
    expect(read.coloursInsideOriginal).toBeGreaterThan(1);
    expect(read.copyColours).toEqual(['0,0,0,255']);

    // Still a full draft, with both images listed as evidence.
    const db = await chromium.readDb();
    expect(drafts(db)[0]).toMatchObject({ mode: 'full' });
    await expect(composer.locator('[data-testid=artefacts] tr[data-kind=screenshot]')).toHaveCount(2);
  });
});
