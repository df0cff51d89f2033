// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectUrl, expectSafe } from './helpers';

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
});
