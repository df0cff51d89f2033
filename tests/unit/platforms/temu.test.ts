// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectUrl, expectSafe } from './helpers';

const GOODS = '601099512345678';

describe('Temu', () => {
  it.each([
    [
      `https://www.temu.com/fr/robe-dete-exemple-g-${GOODS}.html?_oak_mp_inf=abc&top_gallery_url=https%3A%2F%2Fevil.test%2F`,
      `https://www.temu.com/fr/robe-dete-exemple-g-${GOODS}.html`,
    ],
    [`https://temu.com/robe-g-${GOODS}.html`, `https://www.temu.com/robe-g-${GOODS}.html`],
    [`https://www.temu.com/be-fr/robe-g-${GOODS}.html`, `https://www.temu.com/be-fr/robe-g-${GOODS}.html`],
  ])('URL only: the product %s', (url, permalink) => {
    const data = detectUrl(url);
    expect(data).toEqual({
      platformId: 'temu',
      platformName: 'Temu',
      contentType: 'product',
      contentId: GOODS,
      permalink,
    });
    expectSafe(data);
  });

  it('URL only: other pages and look-alike paths give no details', () => {
    for (const url of [
      'https://www.temu.com/fr/channel/best-sellers.html',
      `https://www.temu.com/fr/x/y/robe-g-${GOODS}.html`,
      `https://www.temu.com/pas-un-pays/robe-g-${GOODS}.html`,
      'https://www.temu.com/fr/robe-g-12.html',
    ]) {
      const data = detectUrl(url);
      expect(data?.platformId, url).toBe('temu');
      expect(data?.contentType, url).toBeUndefined();
    }
  });
});
