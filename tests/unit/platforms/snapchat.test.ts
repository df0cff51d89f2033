// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

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

  const AUTHOR = {
    authorHandle: 'exemple_compte',
    authorUrl: 'https://www.snapchat.com/add/exemple_compte',
  };

  it('reads a Spotlight page: creator and upload time from the VideoObject about it', () => {
    const data = detectOnFixture('snapchat/spotlight', `https://www.snapchat.com/spotlight/${SPOTLIGHT}?share_id=x`);
    expect(data).toEqual({
      platformId: 'snapchat',
      platformName: 'Snapchat',
      contentType: 'short-video',
      contentId: SPOTLIGHT,
      permalink: `https://www.snapchat.com/spotlight/${SPOTLIGHT}`,
      ...AUTHOR,
      authorName: 'Nom Exemple',
      publishedAt: '2026-11-12T19:45:00.000Z',
    });
    expectSafe(data);
  });

  it('reads a profile page in French: the name from its title', () => {
    expect(detectOnFixture('snapchat/profile-fr', 'https://www.snapchat.com/add/exemple_compte?locale=fr-FR')).toEqual({
      platformId: 'snapchat',
      platformName: 'Snapchat',
      contentType: 'profile',
      permalink: 'https://www.snapchat.com/add/exemple_compte',
      ...AUTHOR,
      authorName: 'Nom Exemple',
    });
  });

  it('reads a public story page', () => {
    expect(detectOnFixture('snapchat/story', 'https://story.snapchat.com/@exemple_compte')).toEqual({
      platformId: 'snapchat',
      platformName: 'Snapchat',
      contentType: 'profile',
      permalink: 'https://www.snapchat.com/add/exemple_compte',
      ...AUTHOR,
      authorName: 'Nom Exemple',
    });
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl(`https://snapchat.com.evil.test/spotlight/${SPOTLIGHT}`)).toBeNull();
  });

  it('hostile page: a VideoObject about another video gives neither its creator nor its date', () => {
    const url = `https://www.snapchat.com/spotlight/${SPOTLIGHT}`;
    const facts = collectFacts(url, fixture('snapchat/spotlight'));
    const data = detectPlatform(url, url, {
      ...facts,
      jsonLd: [
        '{"@type":"VideoObject"',
        JSON.stringify({
          '@type': 'VideoObject',
          url: 'https://www.snapchat.com/spotlight/AUTRE_VIDEO_0123456789',
          uploadDate: '2026-01-01T00:00:00Z',
          creator: { name: 'Autre Nom', url: 'https://www.snapchat.com/add/autre_compte' },
        }),
        JSON.stringify({ '@type': 'VideoObject', name: 'x'.repeat(19000), creator: { url: 'javascript:alert(1)' } }),
      ],
    });
    expect(data).toEqual({
      platformId: 'snapchat',
      platformName: 'Snapchat',
      contentType: 'short-video',
      contentId: SPOTLIGHT,
      permalink: url,
    });
    expectSafe(data);
  });

  it('a Spotlight URL naming its author keeps it without page confirmation', () => {
    const url = `https://www.snapchat.com/@exemple_compte/spotlight/${SPOTLIGHT}`;
    const facts = collectFacts(url, fixture('snapchat/spotlight'));
    expect(detectPlatform(url, url, { ...facts, jsonLd: [] })).toMatchObject({
      contentId: SPOTLIGHT,
      authorHandle: 'exemple_compte',
    });
  });
});
