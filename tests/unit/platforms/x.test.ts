// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectOnFixture, detectUrl, expectSafe } from './helpers';

const POST = '1790000000000000001';

describe('X (Twitter)', () => {
  it('reads a post page: handle from the URL, display name from JSON-LD (not from a reply)', () => {
    const data = detectOnFixture('x/post', `https://x.com/exemple_compte/status/${POST}?s=20&t=AbCdEf`);
    expect(data).toEqual({
      platformId: 'x',
      platformName: 'X (Twitter)',
      publishedAt: '2025-03-03T09:15:00.000Z',
      contentType: 'post',
      contentId: POST,
      permalink: `https://x.com/exemple_compte/status/${POST}`,
      authorHandle: '@exemple_compte',
      authorUrl: 'https://x.com/exemple_compte',
      authorName: 'Nom Exemple',
    });
    expectSafe(data);
  });

  it('fills the author of an /i/web/status/ URL from the canonical claim about the same post', () => {
    const data = detectOnFixture('x/post', `https://twitter.com/i/web/status/${POST}`);
    expect(data).toMatchObject({
      contentType: 'post',
      contentId: POST,
      permalink: `https://x.com/i/web/status/${POST}`,
      authorHandle: '@exemple_compte',
      authorUrl: 'https://x.com/exemple_compte',
      authorName: 'Nom Exemple',
    });
  });

  it('URL only: twitter.com, mobile and media sub-paths normalise to the x.com permalink', () => {
    for (const url of [
      `https://twitter.com/Exemple_Compte/status/${POST}`,
      `https://mobile.twitter.com/Exemple_Compte/status/${POST}/photo/1`,
      `https://x.com/Exemple_Compte/status/${POST}/video/1?s=46`,
    ]) {
      expect(detectUrl(url)).toEqual({
        platformId: 'x',
        platformName: 'X (Twitter)',
        contentType: 'post',
        contentId: POST,
        permalink: `https://x.com/Exemple_Compte/status/${POST}`,
        authorHandle: '@Exemple_Compte',
        authorUrl: 'https://x.com/Exemple_Compte',
      });
    }
  });

  it('URL only: profiles, and site sections that are not profiles', () => {
    expect(detectUrl('https://x.com/exemple_compte?lang=fr')).toMatchObject({
      contentType: 'profile',
      permalink: 'https://x.com/exemple_compte',
      authorHandle: '@exemple_compte',
    });
    expect(detectUrl('https://x.com/explore')).toEqual({
      platformId: 'x',
      platformName: 'X (Twitter)',
      permalink: 'https://x.com/explore',
    });
    expect(detectUrl('https://x.com/un_nom_beaucoup_trop_long')?.authorHandle).toBeUndefined();
    expect(detectUrl('https://x.com/i/broadcasts/1AbCdEfGhIjKl')).toMatchObject({
      contentType: 'live-stream',
      contentId: '1AbCdEfGhIjKl',
    });
  });
});
