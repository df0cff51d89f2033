// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const PIN = '123456789012345678';

describe('Pinterest', () => {
  it.each([
    [`https://www.pinterest.fr/pin/${PIN}/?mt=login`, `https://www.pinterest.fr/pin/${PIN}/`],
    [`https://fr.pinterest.com/pin/${PIN}/`, `https://www.pinterest.com/pin/${PIN}/`],
    [`https://www.pinterest.co.uk/pin/idees-de-deco--${PIN}/`, `https://www.pinterest.co.uk/pin/${PIN}/`],
  ])('URL only: the pin %s', (url, permalink) => {
    const data = detectUrl(url);
    expect(data).toEqual({
      platformId: 'pinterest',
      platformName: 'Pinterest',
      contentType: 'post',
      contentId: PIN,
      permalink,
    });
    expectSafe(data);
  });

  it('URL only: profiles (and their tabs) and boards name their author', () => {
    const profile = {
      platformId: 'pinterest',
      platformName: 'Pinterest',
      contentType: 'profile',
      authorHandle: 'exemple_compte',
      authorUrl: 'https://www.pinterest.fr/exemple_compte/',
      permalink: 'https://www.pinterest.fr/exemple_compte/',
    };
    expect(detectUrl('https://www.pinterest.fr/exemple_compte/')).toEqual(profile);
    expect(detectUrl('https://www.pinterest.fr/exemple_compte/_saved/')).toEqual(profile);
    expect(detectUrl('https://www.pinterest.fr/exemple_compte/mon-tableau/')).toEqual({
      platformId: 'pinterest',
      platformName: 'Pinterest',
      authorHandle: 'exemple_compte',
      authorUrl: 'https://www.pinterest.fr/exemple_compte/',
      permalink: 'https://www.pinterest.fr/exemple_compte/mon-tableau/',
    });
  });

  it('URL only: site sections, short links and bad ids give no details', () => {
    for (const url of [
      'https://www.pinterest.fr/ideas/',
      'https://www.pinterest.fr/search/pins/?q=exemple',
      'https://pin.it/AbCdEf123',
      'https://www.pinterest.fr/pin/abc/',
      'https://www.pinterest.fr/a/',
    ]) {
      const data = detectUrl(url);
      expect(data?.platformId, url).toBe('pinterest');
      expect(data?.contentType, url).toBeUndefined();
      expect(data?.authorHandle, url).toBeUndefined();
    }
  });

  const BASE = { platformId: 'pinterest', platformName: 'Pinterest' };
  const PIN_DATA = { ...BASE, contentType: 'post', contentId: PIN, permalink: `https://www.pinterest.com/pin/${PIN}/` };
  const AUTHOR = { authorHandle: 'nomexemple', authorUrl: 'https://www.pinterest.com/nomexemple/' };

  it('reads a logged-out pin page: author, name and publication time from the posting about the pin', () => {
    const data = detectOnFixture('pinterest/pin', `https://www.pinterest.com/pin/${PIN}/?utm_source=x`);
    expect(data).toEqual({
      ...PIN_DATA,
      ...AUTHOR,
      authorName: 'Nom Exemple',
      publishedAt: '2026-08-14T12:00:00.000Z',
    });
    expectSafe(data);
  });

  it('a pin in the logged-in app: the pinner the page states, not an account from the feed around it', () => {
    expect(detectOnFixture('pinterest/pin-no-jsonld', `https://fr.pinterest.com/pin/${PIN}/`)).toEqual({
      ...PIN_DATA,
      ...AUTHOR,
    });
  });

  it('reads a profile page in French: the name from its title', () => {
    expect(detectOnFixture('pinterest/profile-fr', 'https://fr.pinterest.com/nomexemple/')).toEqual({
      ...BASE,
      ...AUTHOR,
      contentType: 'profile',
      permalink: 'https://www.pinterest.com/nomexemple/',
      authorName: 'Nom Exemple',
    });
  });

  it('hostile page: claims about another pin, a javascript: pinner, garbage JSON-LD', () => {
    const url = `https://www.pinterest.com/pin/${PIN}/`;
    const facts = collectFacts(url, fixture('pinterest/pin'));
    const data = detectPlatform(url, url, {
      ...facts,
      meta: [
        ...facts.meta.filter((m) => m.key !== 'pinterestapp:pinner'),
        { key: 'pinterestapp:pinner', value: 'javascript:alert(1)//https://www.pinterest.com/nomexemple/' },
      ],
      jsonLd: [
        '}{',
        JSON.stringify({
          '@type': 'SocialMediaPosting',
          mainEntityOfPage: { '@id': 'https://www.pinterest.com/pin/987654321098765432/' },
          datePublished: '2020-01-01T00:00:00Z',
          author: { name: 'Autre', url: 'https://www.pinterest.com/autrecompte/' },
        }),
      ],
    });
    expect(data).toEqual(PIN_DATA);
    expectSafe(data);
  });
});
