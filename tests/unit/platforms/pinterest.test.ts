// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectUrl, expectSafe } from './helpers';

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
});
