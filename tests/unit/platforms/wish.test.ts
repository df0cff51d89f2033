// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const ID = '5f1a2b3c4d5e6f7a8b9c0d1e';
const BASE = { platformId: 'wish', platformName: 'Wish' };
const PRODUCT = { contentType: 'product', contentId: ID, permalink: `https://www.wish.com/product/${ID}` };
const MERCHANT = { authorHandle: 'boutiqueexemple', authorUrl: 'https://www.wish.com/merchant/boutiqueexemple' };

describe('Wish', () => {
  it('reads a product page: the seller from the Product JSON-LD; a review date is not a publication time', () => {
    const data = detectOnFixture(
      'wish/product',
      `https://www.wish.com/product/${ID}?source=search&hide_login_modal=true`,
    );
    expect(data).toEqual({ ...BASE, ...PRODUCT, ...MERCHANT, authorName: 'Boutique Exemple' });
    expectSafe(data);
    // A listing states no publication time: none is invented (a review or price date is not one).
    expect(data?.publishedAt).toBeUndefined();
  });

  it('reads a merchant store page', () => {
    expect(detectOnFixture('wish/merchant', 'https://www.wish.com/merchant/boutiqueexemple')).toEqual({
      ...BASE,
      ...MERCHANT,
      contentType: 'profile',
      permalink: 'https://www.wish.com/merchant/boutiqueexemple',
    });
  });

  it('a product over a logged-in feed: the product, and no merchant guessed from the feed links', () => {
    expect(
      detectOnFixture('wish/feed-product', `https://www.wish.com/feed/tag_53dc186421a86318bdc87ef8/product/${ID}`),
    ).toEqual({ ...BASE, ...PRODUCT });
  });

  it('URL only: product forms; bad ids give no details', () => {
    expect(detectUrl(`https://www.wish.com/c/${ID.toUpperCase()}`)).toEqual({ ...BASE, ...PRODUCT });
    expect(detectUrl(`https://wish.com/product/${ID}`)).toEqual({ ...BASE, ...PRODUCT });
    for (const url of [
      'https://www.wish.com/product/123',
      `https://www.wish.com/product/${ID}0`,
      'https://www.wish.com/merchant/%3Cscript%3E',
      'https://www.wish.com/search/lampe',
    ])
      expect(detectUrl(url)?.contentType, url).toBeUndefined();
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl(`https://wish.com.evil.test/product/${ID}`)).toBeNull();
    expect(detectUrl(`https://mywish.com/product/${ID}`)).toBeNull();
  });

  it('hostile page: a Product JSON-LD about another product gives no seller; garbage is skipped', () => {
    const url = `https://www.wish.com/product/${ID}`;
    const facts = collectFacts(url, fixture('wish/product'));
    const data = detectPlatform(url, url, {
      ...facts,
      jsonLd: [
        '{"@type":"Product","offers":',
        JSON.stringify({
          '@type': 'Product',
          url: 'https://www.wish.com/product/6a0b1c2d3e4f5a6b7c8d9e0f',
          offers: { seller: { name: 'Autre', url: 'https://www.wish.com/merchant/autreboutique' } },
        }),
      ],
    });
    expect(data).toEqual({ ...BASE, ...PRODUCT });
    expectSafe(data);
  });
});
