// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl, expectSafe } from './helpers';

const VIDEO = '0f3e8a52-1b2c-4d5e-8f90-123456789abc';

describe('Kick', () => {
  it('reads a replay page: author from the URL, display name from the JSON-LD creator', () => {
    const data = detectOnFixture('kick/replay', `https://kick.com/exemple-compte/videos/${VIDEO}?t=120`);
    expect(data).toEqual({
      platformId: 'kick',
      platformName: 'Kick',
      publishedAt: '2025-03-03T20:00:00.000Z',
      contentType: 'video',
      contentId: VIDEO,
      permalink: `https://kick.com/exemple-compte/videos/${VIDEO}`,
      authorHandle: 'exemple-compte',
      authorUrl: 'https://kick.com/exemple-compte',
      authorName: 'Exemple Compte',
    });
    expectSafe(data);
  });

  it.each([
    ['https://kick.com/exemple-compte', 'channel', undefined, 'https://kick.com/exemple-compte'],
    [
      'https://kick.com/exemple-compte?clip=clip_01HEXEMPLE0000000000000000',
      'short-video',
      'clip_01HEXEMPLE0000000000000000',
      'https://kick.com/exemple-compte/clips/clip_01HEXEMPLE0000000000000000',
    ],
    [
      'https://www.kick.com/exemple-compte/clips/clip_01HEXEMPLE0000000000000000',
      'short-video',
      'clip_01HEXEMPLE0000000000000000',
      'https://kick.com/exemple-compte/clips/clip_01HEXEMPLE0000000000000000',
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    const data = detectUrl(url);
    expect(data).toMatchObject({ platformId: 'kick', contentType, permalink, authorHandle: 'exemple-compte' });
    expect(data?.contentId).toBe(contentId);
  });

  it('URL only: malformed video ids and reserved sections give no ids or authors', () => {
    expect(detectUrl('https://kick.com/exemple-compte/videos/not-a-uuid')).toMatchObject({ contentType: 'channel' });
    expect(detectUrl('https://kick.com/exemple-compte/videos/not-a-uuid')?.contentId).toBeUndefined();
    expect(detectUrl('https://kick.com/categories/irl')?.authorHandle).toBeUndefined();
    expect(detectUrl(`https://kick.com/video/${VIDEO}`)).toMatchObject({ contentType: 'video', contentId: VIDEO });
  });

  checkFixtures([
    {
      fixture: 'kick/clip-fr',
      url: 'https://kick.com/exemple-compte/clips/clip_01JEXEMPLE0000000000',
      expected: {
        platformId: 'kick',
        platformName: 'Kick',
        contentType: 'short-video',
        contentId: 'clip_01JEXEMPLE0000000000',
        permalink: 'https://kick.com/exemple-compte/clips/clip_01JEXEMPLE0000000000',
        authorHandle: 'exemple-compte',
        authorUrl: 'https://kick.com/exemple-compte',
        authorName: 'Exemple Compte',
        publishedAt: '2026-11-20T21:05:00.000Z',
      },
      provenance: { publishedAt: { source: 'json-ld', confidence: 'high' } },
    },
    {
      fixture: 'kick/channel',
      url: 'https://kick.com/exemple-compte',
      expected: {
        platformId: 'kick',
        platformName: 'Kick',
        contentType: 'channel',
        permalink: 'https://kick.com/exemple-compte',
        authorHandle: 'exemple-compte',
        authorUrl: 'https://kick.com/exemple-compte',
      },
    },
  ]);
});
