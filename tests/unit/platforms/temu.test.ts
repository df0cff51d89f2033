// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

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

  const PRODUCT = {
    platformId: 'temu',
    platformName: 'Temu',
    contentType: 'product',
    contentId: GOODS,
    permalink: `https://www.temu.com/fr/lampe-fictive-g-${GOODS}.html`,
  };
  const MALL = '634418212345678';

  it('reads a product page in French: the seller from the Product JSON-LD about it', () => {
    const data = detectOnFixture('temu/goods-fr', `https://www.temu.com/fr/lampe-fictive-g-${GOODS}.html?_x_ads=1`);
    expect(data).toEqual({
      ...PRODUCT,
      authorUrl: `https://www.temu.com/fr/boutique-exemple-m-${MALL}.html`,
      authorName: 'Boutique Exemple',
    });
    expectSafe(data);
    // A listing states no publication time: none is invented (a review or price date is not one).
    expect(data?.publishedAt).toBeUndefined();
  });

  it('a product page without structured data: no seller guessed from other stores’ links', () => {
    expect(detectOnFixture('temu/goods-similar', `https://www.temu.com/lampe-fictive-g-${GOODS}.html`)).toEqual({
      ...PRODUCT,
      permalink: `https://www.temu.com/lampe-fictive-g-${GOODS}.html`,
    });
  });

  it('reads a store page', () => {
    const url = `https://www.temu.com/boutique-exemple-m-${MALL}.html`;
    expect(detectOnFixture('temu/mall', `${url}?refer_page_name=goods`)).toEqual({
      platformId: 'temu',
      platformName: 'Temu',
      contentType: 'profile',
      contentId: MALL,
      permalink: url,
      authorUrl: url,
    });
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl(`https://temu.com.evil.test/robe-g-${GOODS}.html`)).toBeNull();
  });

  it('hostile page: a Product about another product gives no seller; garbage is skipped', () => {
    const url = `https://www.temu.com/fr/lampe-fictive-g-${GOODS}.html`;
    const facts = collectFacts(url, fixture('temu/goods-fr'));
    const data = detectPlatform(url, url, {
      ...facts,
      jsonLd: [
        '[[[',
        JSON.stringify({
          '@type': 'Product',
          url: 'https://www.temu.com/autre-lampe-g-601099599999999.html',
          offers: {
            seller: { name: '\u202EAutre', url: 'https://www.temu.com/autre-boutique-m-634418299999999.html' },
          },
        }),
      ],
    });
    expect(data).toEqual(PRODUCT);
    expectSafe(data);
  });
});
