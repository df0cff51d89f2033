// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const ITEM = '1005001234567890';

describe('AliExpress', () => {
  it.each([
    [`https://fr.aliexpress.com/item/${ITEM}.html?spm=a2g0o.productlist.main&algo_pvid=x`, 'aliexpress.com'],
    [`https://m.aliexpress.com/i/${ITEM}.html`, 'aliexpress.com'],
    [`https://www.aliexpress.us/item/${ITEM}.html`, 'aliexpress.us'],
  ])('URL only: the product %s', (url, domain) => {
    const data = detectUrl(url);
    expect(data).toEqual({
      platformId: 'aliexpress',
      platformName: 'AliExpress',
      contentType: 'product',
      contentId: ITEM,
      permalink: `https://www.${domain}/item/${ITEM}.html`,
    });
    expectSafe(data);
  });

  it("URL only: a store is the seller's profile", () => {
    expect(detectUrl('https://fr.aliexpress.com/store/1101234567?spm=x')).toEqual({
      platformId: 'aliexpress',
      platformName: 'AliExpress',
      contentType: 'profile',
      contentId: '1101234567',
      authorUrl: 'https://www.aliexpress.com/store/1101234567',
      permalink: 'https://www.aliexpress.com/store/1101234567',
    });
  });

  it('URL only: short and affiliate links, searches and bad ids give no details; aliexpress.ru is not this platform', () => {
    for (const url of [
      'https://a.aliexpress.com/_mKabcde',
      'https://s.click.aliexpress.com/e/_DabcDef',
      'https://fr.aliexpress.com/w/wholesale-robe.html',
      'https://fr.aliexpress.com/item/12.html',
    ]) {
      const data = detectUrl(url);
      expect(data?.platformId, url).toBe('aliexpress');
      expect(data?.contentType, url).toBeUndefined();
    }
    expect(detectUrl(`https://aliexpress.ru/item/${ITEM}.html`)).toBeNull();
  });

  const PRODUCT = {
    platformId: 'aliexpress',
    platformName: 'AliExpress',
    contentType: 'product',
    contentId: '1005001234567890',
    permalink: 'https://www.aliexpress.com/item/1005001234567890.html',
  };
  const STORE = { authorUrl: 'https://www.aliexpress.com/store/1234567' };

  it('reads a product page in French: the store linked by the page, named by its link', () => {
    const data = detectOnFixture(
      'aliexpress/item-fr',
      'https://fr.aliexpress.com/item/1005001234567890.html?gatewayAdapt=glo2fra',
    );
    expect(data).toEqual({ ...PRODUCT, ...STORE, authorName: 'Boutique Exemple Store' });
    expectSafe(data);
    // A listing states no publication time: none is invented (a review or price date is not one).
    expect(data?.publishedAt).toBeUndefined();
  });

  it('reads a mobile product page and a store page', () => {
    expect(detectOnFixture('aliexpress/item-mobile', 'https://m.aliexpress.com/item/1005001234567890.html')).toEqual({
      ...PRODUCT,
      ...STORE,
      authorName: 'Boutique Exemple Store',
    });
    expect(detectOnFixture('aliexpress/store', 'https://www.aliexpress.com/store/1234567')).toEqual({
      platformId: 'aliexpress',
      platformName: 'AliExpress',
      contentType: 'profile',
      contentId: '1234567',
      permalink: 'https://www.aliexpress.com/store/1234567',
      ...STORE,
      authorName: 'Boutique Exemple Store',
    });
  });

  it('URL only: the older /store/product/ address names the product and its store', () => {
    expect(detectUrl('https://www.aliexpress.com/store/product/lampe-fictive/1234567_1005001234567890.html')).toEqual({
      ...PRODUCT,
      ...STORE,
    });
    expect(detectUrl('https://www.aliexpress.com/store/product/lampe/12_34.html')?.contentType).toBeUndefined();
  });

  it('hostile page: claims about another item are ignored; garbage and javascript: links are skipped', () => {
    const url = 'https://www.aliexpress.com/item/1005001234567890.html';
    const facts = collectFacts(url, fixture('aliexpress/item-fr'));
    const data = detectPlatform(url, url, {
      ...facts,
      meta: [{ key: 'og:url', value: 'https://www.aliexpress.com/item/1005009876543210.html' }],
      canonical: null,
      jsonLd: ['{"@type":"Product",'],
      anchors: [{ href: 'javascript:alert(1)', text: 'Boutique' }, ...facts.anchors],
    });
    expect(data).toEqual({
      platformId: 'aliexpress',
      platformName: 'AliExpress',
      contentType: 'product',
      contentId: '1005001234567890',
      permalink: url,
    });
    expectSafe(data);
  });
});
