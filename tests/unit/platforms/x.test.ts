// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const POST = '1790000000000000001';
/** The time the id encodes (X snowflake). */
const POST_TIME = '2024-05-13T12:43:51.248Z';

describe('X (Twitter)', () => {
  it('URL only: the time the id encodes, marked as computed from the id', () => {
    const url = `https://x.com/exemple_compte/status/${POST}`;
    const data = detectPlatform(url, url, null);
    expect(data?.publishedAt).toBe(POST_TIME);
    expect(data?.provenance?.publishedAt).toEqual({ source: 'derived-from-id', confidence: 'medium' });
  });

  checkFixtures([
    {
      fixture: 'x/post',
      url: `https://x.com/exemple_compte/status/${POST}?s=20&t=AbCdEf`,
      expected: {
        platformId: 'x',
        platformName: 'X (Twitter)',
        publishedAt: POST_TIME,
        contentType: 'post',
        contentId: POST,
        permalink: `https://x.com/exemple_compte/status/${POST}`,
        authorHandle: '@exemple_compte',
        authorUrl: 'https://x.com/exemple_compte',
        authorName: 'Nom Exemple',
      },
      provenance: {
        authorName: { source: 'json-ld', confidence: 'high' },
        // The page states the time: its statement, not the one Vigie computes from the id.
        publishedAt: { source: 'json-ld', confidence: 'high' },
      },
    },
    {
      // Logged out: the name only in the title (« NAME on X: »), never the « See More Posts » link;
      // the post's own stated time, not the quoted post's nor the one the id encodes.
      fixture: 'x/post-title-name',
      url: 'https://x.com/alex_exemple/status/2118000000000000001?s=46',
      expected: {
        platformId: 'x',
        platformName: 'X (Twitter)',
        contentType: 'post',
        contentId: '2118000000000000001',
        permalink: 'https://x.com/alex_exemple/status/2118000000000000001',
        authorHandle: '@alex_exemple',
        authorUrl: 'https://x.com/alex_exemple',
        authorName: 'Alex Exemple',
        publishedAt: '2026-11-04T15:18:45.000Z',
      },
      provenance: {
        authorName: { source: 'text', confidence: 'medium' },
        publishedAt: { source: 'markup', confidence: 'high' },
      },
    },
    {
      // A reply: the name from the post's own author link, not the parent post's author.
      fixture: 'x/reply-logged-in',
      url: 'https://x.com/exemple_compte/status/2117195007390646279',
      expected: {
        platformId: 'x',
        platformName: 'X (Twitter)',
        contentType: 'post',
        contentId: '2117195007390646279',
        permalink: 'https://x.com/exemple_compte/status/2117195007390646279',
        authorHandle: '@exemple_compte',
        authorUrl: 'https://x.com/exemple_compte',
        authorName: 'Nom Exemple',
        publishedAt: '2026-11-02T10:00:00.000Z',
      },
      provenance: { authorName: { source: 'markup', confidence: 'low' } },
    },
    {
      fixture: 'x/profile',
      url: 'https://x.com/exemple_compte',
      expected: {
        platformId: 'x',
        platformName: 'X (Twitter)',
        contentType: 'profile',
        permalink: 'https://x.com/exemple_compte',
        authorHandle: '@exemple_compte',
        authorUrl: 'https://x.com/exemple_compte',
        authorName: 'Nom Exemple',
      },
    },
  ]);

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
        publishedAt: POST_TIME,
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
