// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl, expectSafe } from './helpers';

describe('Leboncoin', () => {
  it('reads an ad: seller profile from the page, name from the JSON-LD offer seller', () => {
    const data = detectOnFixture('leboncoin/ad', 'https://www.leboncoin.fr/ad/velos/2876543210?utm_source=exemple');
    expect(data).toEqual({
      platformId: 'leboncoin',
      platformName: 'Leboncoin',
      contentType: 'listing',
      contentId: '2876543210',
      permalink: 'https://www.leboncoin.fr/ad/velos/2876543210',
      authorUrl: 'https://www.leboncoin.fr/profil/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      authorName: 'Jean E.',
    });
    expectSafe(data);
  });

  it.each([
    [
      'https://www.leboncoin.fr/vi/2876543210.htm',
      'listing',
      '2876543210',
      'https://www.leboncoin.fr/vi/2876543210.htm',
    ],
    [
      'https://www.leboncoin.fr/velos/2876543210.htm?ca=12_s',
      'listing',
      '2876543210',
      'https://www.leboncoin.fr/ad/velos/2876543210',
    ],
    [
      'https://leboncoin.fr/boutique/123456/exemple_pro.htm',
      'profile',
      '123456',
      'https://www.leboncoin.fr/boutique/123456',
    ],
    [
      'https://www.leboncoin.fr/profil/3F2A1B4C-5D6E-4F70-8A9B-0C1D2E3F4A5B',
      'profile',
      '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
      'https://www.leboncoin.fr/profil/3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    expect(detectUrl(url)).toMatchObject({ platformId: 'leboncoin', contentType, contentId, permalink });
  });

  it('URL only: malformed ids give nothing specific', () => {
    expect(detectUrl('https://www.leboncoin.fr/ad/velos/12')?.contentId).toBeUndefined();
    expect(detectUrl('https://www.leboncoin.fr/profil/pas-un-uuid')?.authorUrl).toBeUndefined();
  });

  checkFixtures([
    {
      // The day only: the state's time has no offset.
      fixture: 'leboncoin/ad-next-data',
      url: 'https://www.leboncoin.fr/ad/velos/2899999999',
      expected: {
        platformId: 'leboncoin',
        platformName: 'Leboncoin',
        contentType: 'listing',
        contentId: '2899999999',
        permalink: 'https://www.leboncoin.fr/ad/velos/2899999999',
        authorUrl: 'https://www.leboncoin.fr/profil/4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
        authorName: 'Marie D.',
        publishedAt: '2026-11-02',
      },
      provenance: {
        // The ad's owner in the state, over the profile link that also names it.
        authorUrl: { source: 'embedded-state', confidence: 'medium' },
        authorName: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      fixture: 'leboncoin/profile',
      url: 'https://www.leboncoin.fr/profil/4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
      expected: {
        platformId: 'leboncoin',
        platformName: 'Leboncoin',
        contentType: 'profile',
        contentId: '4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
        permalink: 'https://www.leboncoin.fr/profil/4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
        authorUrl: 'https://www.leboncoin.fr/profil/4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c7d',
      },
    },
  ]);
});
