// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl, expectSafe } from './helpers';

describe('Amazon', () => {
  it('reads a product page: ASIN permalink, seller from the merchant link', () => {
    const data = detectOnFixture(
      'amazon/product',
      'https://www.amazon.fr/Lampe-Bureau-Exemple-Bleue/dp/B0EXAMPLE1/ref=sr_1_1?crid=2XEXEMPLE&keywords=lampe&qid=1700000000&sr=8-1',
    );
    expect(data).toEqual({
      platformId: 'amazon',
      platformName: 'Amazon',
      contentType: 'product',
      contentId: 'B0EXAMPLE1',
      permalink: 'https://www.amazon.fr/dp/B0EXAMPLE1',
      authorHandle: 'A1EXEMPLE2VEND',
      authorUrl: 'https://www.amazon.fr/sp?seller=A1EXEMPLE2VEND',
      authorName: 'Boutique Exemple',
    });
    expectSafe(data);
  });

  it.each([
    [
      'https://www.amazon.com/gp/product/B0EXAMPLE1?th=1',
      'product',
      'B0EXAMPLE1',
      'https://www.amazon.com/dp/B0EXAMPLE1',
    ],
    ['https://www.amazon.de/-/en/dp/b0example1/', 'product', 'B0EXAMPLE1', 'https://www.amazon.de/dp/B0EXAMPLE1'],
    ['https://www.amazon.co.uk/gp/aw/d/B0EXAMPLE1', 'product', 'B0EXAMPLE1', 'https://www.amazon.co.uk/dp/B0EXAMPLE1'],
    ['https://amazon.com.be/dp/B0EXAMPLE1', 'product', 'B0EXAMPLE1', 'https://www.amazon.com.be/dp/B0EXAMPLE1'],
    [
      'https://www.amazon.fr/sp?ie=UTF8&seller=A1EXEMPLE2VEND&asin=B0EXAMPLE1',
      'profile',
      'A1EXEMPLE2VEND',
      'https://www.amazon.fr/sp?seller=A1EXEMPLE2VEND',
    ],
    [
      'https://www.amazon.fr/s?me=A1EXEMPLE2VEND&marketplaceID=A13V1IB3VIYZZH',
      'profile',
      'A1EXEMPLE2VEND',
      'https://www.amazon.fr/sp?seller=A1EXEMPLE2VEND',
    ],
    [
      'https://www.amazon.fr/gp/customer-reviews/R1EXEMPLEAVIS/ref=cm_cr_arp_d_rvw_ttl',
      'comment',
      'R1EXEMPLEAVIS',
      'https://www.amazon.fr/gp/customer-reviews/R1EXEMPLEAVIS',
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    expect(detectUrl(url)).toMatchObject({ platformId: 'amazon', contentType, contentId, permalink });
  });

  it('URL only: short links are recognised but not resolved; bad ASINs are rejected', () => {
    expect(detectUrl('https://amzn.eu/d/AbCdEfG')).toEqual({
      platformId: 'amazon',
      platformName: 'Amazon',
      permalink: 'https://amzn.eu/d/AbCdEfG',
    });
    expect(detectUrl('https://www.amazon.fr/dp/B0EX')?.contentId).toBeUndefined();
    expect(detectUrl('https://www.amazon.fr/sp?seller=%3Cscript%3E')?.authorHandle).toBeUndefined();
  });

  checkFixtures([
    {
      fixture: 'amazon/review-fr',
      url: 'https://www.amazon.fr/gp/customer-reviews/R2EXEMPLE0001/ref=cm_cr_arp_d_rvw_ttl',
      expected: {
        platformId: 'amazon',
        platformName: 'Amazon',
        contentType: 'comment',
        contentId: 'R2EXEMPLE0001',
        permalink: 'https://www.amazon.fr/gp/customer-reviews/R2EXEMPLE0001',
        publishedAt: '2026-11-02',
      },
      provenance: { publishedAt: { source: 'text', confidence: 'medium' } },
    },
    {
      // The first review date on the page is the review's own.
      fixture: 'amazon/review-en',
      url: 'https://www.amazon.com/gp/customer-reviews/R3EXEMPLE0002',
      expected: {
        platformId: 'amazon',
        platformName: 'Amazon',
        contentType: 'comment',
        contentId: 'R3EXEMPLE0002',
        permalink: 'https://www.amazon.com/gp/customer-reviews/R3EXEMPLE0002',
        publishedAt: '2026-11-02',
      },
    },
  ]);
});
