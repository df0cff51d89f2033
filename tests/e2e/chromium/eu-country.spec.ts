import { drafts, expect, test } from '../fixtures';
import * as s from '../scenarios';
import { reportToReadyComposer } from './report';

test.describe('Chromium: a reporter in another member state', () => {
  test('Germany chosen in the settings: the composer says so, 112 first in danger, the German hotline and no PHAROS', async ({
    chromium,
  }) => {
    const settings = await chromium.context.newPage();
    await settings.goto(chromium.url('/settings.html'));
    await settings.getByTestId('settings-country').selectOption('DE');
    // Saved: the page no longer says the country is only proposed.
    await expect(settings.getByTestId('settings-country-why')).not.toContainText(/Propos/);
    await expect(settings.getByTestId('settings-country')).toHaveValue('DE');

    const composer = await reportToReadyComposer(chromium, s.X_POST);
    await s.waitForQualify(composer);
    // A statement with its change control, not a question.
    await expect(composer.getByTestId('country')).toContainText(/(Allemagne|Germany)/);
    await expect(composer.getByTestId('country-change')).toBeVisible();
    await expect
      .poll(
        async () =>
          (drafts(await chromium.readDb())[0] as { qualification?: { country?: string } } | undefined)?.qualification
            ?.country,
      )
      .toBe('DE');

    await s.answer(composer, 'danger', true);
    await composer.waitForSelector('[data-testid=emergency-screen]');
    const numbers = await composer.$$eval('[data-testid=emergency-screen] .number', (els) =>
      els.map((e) => e.textContent),
    );
    expect(numbers[0]).toBe('112');
    expect(numbers).toContain('110');
    expect(numbers).not.toContain('17');
    await composer.click('[data-testid=emergency-ack]');

    await s.pickCategory(composer, 'child-sexual-abuse-material');
    const ids = await s.routeStartingWith(composer, ['de-emergency-112']);
    expect(ids).toContain('de-hotline');
    expect(ids).toContain('x-notice');
    for (const french of ['pharos', 'point-de-contact', 'police-17', 'child-in-danger-119', 'e-enfance-3018'])
      expect(ids).not.toContain(french);
    await expect(composer.locator('[data-channel="de-hotline"]')).toHaveAttribute('data-kind', 'primary');
    await expect(composer.getByTestId('identity-omitted')).toBeVisible();
    // The link-only banner: the same rule, with the EU directive every member state applies, not the French article.
    await expect(composer.getByTestId('csam-notice-abroad')).toBeVisible();
    await expect(composer.getByTestId('csam-notice')).not.toContainText('227-23');
    await expect(composer.getByTestId('csam-notice-source')).toHaveAttribute(
      'href',
      /eur-lex\.europa\.eu\/eli\/dir\/2011\/93/,
    );
    await composer.setViewportSize({ width: 1280, height: 800 });
    await composer.screenshot({ path: 'test-results/eu-country-de.png', fullPage: true });
  });
});
