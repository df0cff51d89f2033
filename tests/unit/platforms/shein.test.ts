// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectUrl, expectSafe } from './helpers';

describe('Shein', () => {
  it.each([
    [
      'https://fr.shein.com/Robe-Exemple-p-12345678-cat-1727.html?src_identifier=fc%3DAll&mallCode=1',
      'https://fr.shein.com/Robe-Exemple-p-12345678-cat-1727.html',
    ],
    ['https://www.shein.com/Robe-p-12345678.html', 'https://www.shein.com/Robe-p-12345678.html'],
    ['https://m.shein.com/fr/Robe-Exemple-p-12345678.html', 'https://m.shein.com/fr/Robe-Exemple-p-12345678.html'],
    ['http://de.shein.com/Kleid-p-12345678.html', 'https://de.shein.com/Kleid-p-12345678.html'],
  ])('URL only: the product %s (the country site kept)', (url, permalink) => {
    const data = detectUrl(url);
    expect(data).toEqual({
      platformId: 'shein',
      platformName: 'Shein',
      contentType: 'product',
      contentId: '12345678',
      permalink,
    });
    expectSafe(data);
  });

  it('URL only: categories, deep paths and bad ids give no details', () => {
    for (const url of [
      'https://fr.shein.com/category/robes-sc-00123.html',
      'https://fr.shein.com/a/b/Robe-p-12345678.html',
      'https://fr.shein.com/Robe-p-1.html',
    ]) {
      const data = detectUrl(url);
      expect(data?.platformId, url).toBe('shein');
      expect(data?.contentType, url).toBeUndefined();
    }
  });
});
