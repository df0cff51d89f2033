// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl, expectSafe } from './helpers';

describe('Vinted', () => {
  it('reads a listing: seller from the first member link, not from similar items', () => {
    const data = detectOnFixture(
      'vinted/item',
      'https://www.vinted.fr/items/4567890123-robe-dete-exemple?referrer=catalog&homepage_session_id=abc',
    );
    expect(data).toEqual({
      platformId: 'vinted',
      platformName: 'Vinted',
      contentType: 'listing',
      contentId: '4567890123',
      permalink: 'https://www.vinted.fr/items/4567890123',
      authorHandle: 'exemple_compte',
      authorUrl: 'https://www.vinted.fr/member/98765432',
    });
    expectSafe(data);
  });

  it.each([
    ['https://www.vinted.de/items/4567890123-kleid', 'listing', '4567890123', 'https://www.vinted.de/items/4567890123'],
    ['https://www.vinted.co.uk/items/4567890123', 'listing', '4567890123', 'https://www.vinted.co.uk/items/4567890123'],
    [
      'https://www.vinted.fr/member/98765432-exemple_compte',
      'profile',
      '98765432',
      'https://www.vinted.fr/member/98765432',
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    expect(detectUrl(url)).toMatchObject({ platformId: 'vinted', contentType, contentId, permalink });
  });

  it('URL only: the member login is the handle; catalog pages are nothing specific', () => {
    expect(detectUrl('https://www.vinted.fr/member/98765432-exemple_compte')?.authorHandle).toBe('exemple_compte');
    expect(detectUrl('https://www.vinted.fr/catalog/10-robes')?.contentType).toBeUndefined();
  });

  checkFixtures([
    {
      fixture: 'vinted/item-embedded',
      url: 'https://www.vinted.fr/items/5550000001-veste-de-test',
      expected: {
        platformId: 'vinted',
        platformName: 'Vinted',
        contentType: 'listing',
        contentId: '5550000001',
        permalink: 'https://www.vinted.fr/items/5550000001',
        authorHandle: 'vendeuse_test',
        authorUrl: 'https://www.vinted.fr/member/11223344',
        publishedAt: '2026-11-02T10:00:00.000Z',
      },
      provenance: { publishedAt: { source: 'embedded-state', confidence: 'medium' } },
    },
    {
      fixture: 'vinted/member',
      url: 'https://www.vinted.fr/member/11223344-vendeuse_test',
      expected: {
        platformId: 'vinted',
        platformName: 'Vinted',
        contentType: 'profile',
        contentId: '11223344',
        permalink: 'https://www.vinted.fr/member/11223344',
        authorHandle: 'vendeuse_test',
        authorUrl: 'https://www.vinted.fr/member/11223344',
      },
    },
  ]);
});
