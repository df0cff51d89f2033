// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectUrl, expectSafe } from './helpers';

const SPOTLIGHT = 'W7_EDlXWTBiXAEEniNoMPwAAYdGZhcnJ3aWtmAYr2b1EqAYr2b1DeAAAAAQ';

describe('Snapchat', () => {
  it.each([
    ['https://www.snapchat.com/add/exemple_compte?share_id=abc&locale=fr-FR', 'exemple_compte'],
    ['https://snapchat.com/@exemple.compte', 'exemple.compte'],
    ['https://story.snapchat.com/s/exemple-compte', 'exemple-compte'],
    ['https://story.snapchat.com/@exemple_compte', 'exemple_compte'],
  ])('URL only: the profile %s', (url, handle) => {
    const data = detectUrl(url);
    expect(data).toEqual({
      platformId: 'snapchat',
      platformName: 'Snapchat',
      contentType: 'profile',
      authorHandle: handle,
      authorUrl: `https://www.snapchat.com/add/${handle}`,
      permalink: `https://www.snapchat.com/add/${handle}`,
    });
    expectSafe(data);
  });

  it('URL only: a Spotlight video, with its author when the URL names one', () => {
    expect(detectUrl(`https://www.snapchat.com/spotlight/${SPOTLIGHT}?locale=fr`)).toEqual({
      platformId: 'snapchat',
      platformName: 'Snapchat',
      contentType: 'short-video',
      contentId: SPOTLIGHT,
      permalink: `https://www.snapchat.com/spotlight/${SPOTLIGHT}`,
    });
    expect(detectUrl(`https://www.snapchat.com/@exemple_compte/spotlight/${SPOTLIGHT}`)).toMatchObject({
      contentType: 'short-video',
      contentId: SPOTLIGHT,
      authorHandle: 'exemple_compte',
    });
  });

  it('URL only: invalid usernames, short links and site pages give no details', () => {
    for (const url of [
      'https://www.snapchat.com/add/1commence_par_un_chiffre',
      'https://www.snapchat.com/add/ab',
      'https://www.snapchat.com/add/beaucoup_trop_long_pour_snapchat',
      'https://www.snapchat.com/@<script>',
      'https://t.snapchat.com/AbCdEf12',
      'https://www.snapchat.com/download',
    ]) {
      const data = detectUrl(url);
      expect(data?.platformId, url).toBe('snapchat');
      expect(data?.contentType, url).toBeUndefined();
      expect(data?.authorHandle, url).toBeUndefined();
    }
  });
});
