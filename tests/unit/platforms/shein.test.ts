// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

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

  const STORE_URL = 'https://fr.shein.com/store/home?store_code=1234567890';

  it('reads a product sold by Shein: no seller guessed from a featured store link', () => {
    const data = detectOnFixture('shein/product-fr', 'https://fr.shein.com/Robe-fictive-p-12345678.html?mallCode=1');
    expect(data).toEqual({
      platformId: 'shein',
      platformName: 'Shein',
      contentType: 'product',
      contentId: '12345678',
      permalink: 'https://fr.shein.com/Robe-fictive-p-12345678.html',
    });
    expectSafe(data);
    // A listing states no publication time: none is invented (a review or price date is not one).
    expect(data?.publishedAt).toBeUndefined();
  });

  it('reads a marketplace product: its seller from the Product JSON-LD', () => {
    expect(detectOnFixture('shein/product-marketplace', 'https://fr.shein.com/Lampe-fictive-p-23456789.html')).toEqual({
      platformId: 'shein',
      platformName: 'Shein',
      contentType: 'product',
      contentId: '23456789',
      permalink: 'https://fr.shein.com/Lampe-fictive-p-23456789.html',
      authorUrl: STORE_URL,
      authorName: 'Boutique Exemple',
    });
  });

  it('reads a seller store page; bad store codes give no details', () => {
    expect(detectOnFixture('shein/store', `${STORE_URL}&ici_ref=x`)).toEqual({
      platformId: 'shein',
      platformName: 'Shein',
      contentType: 'profile',
      contentId: '1234567890',
      permalink: STORE_URL,
      authorUrl: STORE_URL,
    });
    expect(detectUrl('https://fr.shein.com/store/home?store_code=javascript:alert(1)')?.contentType).toBeUndefined();
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl('https://shein.com.evil.test/Robe-p-12345678.html')).toBeNull();
  });

  it('hostile page: a Product about another product gives no seller; garbage is skipped', () => {
    const url = 'https://fr.shein.com/Lampe-fictive-p-23456789.html';
    const facts = collectFacts(url, fixture('shein/product-marketplace'));
    const data = detectPlatform(url, url, {
      ...facts,
      jsonLd: [
        'nul',
        JSON.stringify({
          '@type': 'Product',
          url: 'https://fr.shein.com/Autre-p-99999999.html',
          offers: { seller: { name: 'Autre', url: 'https://fr.shein.com/store/home?store_code=9999999999' } },
        }),
      ],
    });
    expect(data).toEqual({
      platformId: 'shein',
      platformName: 'Shein',
      contentType: 'product',
      contentId: '23456789',
      permalink: url,
    });
    expectSafe(data);
  });
});
