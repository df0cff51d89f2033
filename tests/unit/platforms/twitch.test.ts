// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl, expectSafe } from './helpers';

describe('Twitch', () => {
  it('reads a channel page that is live: live-stream, display name from the channel link', () => {
    const data = detectOnFixture('twitch/channel', 'https://www.twitch.tv/exemple_compte?sr=a');
    expect(data).toEqual({
      platformId: 'twitch',
      platformName: 'Twitch',
      contentType: 'live-stream',
      permalink: 'https://www.twitch.tv/exemple_compte',
      authorHandle: 'exemple_compte',
      authorUrl: 'https://www.twitch.tv/exemple_compte',
      authorName: 'ExempleCompte',
    });
    expectSafe(data);
  });

  it('URL only: a channel is a channel until the page says it is live', () => {
    expect(detectUrl('https://m.twitch.tv/exemple_compte/videos')).toMatchObject({
      contentType: 'channel',
      authorHandle: 'exemple_compte',
    });
  });

  it.each([
    [
      'https://www.twitch.tv/videos/2100000001?filter=archives',
      'video',
      '2100000001',
      'https://www.twitch.tv/videos/2100000001',
      undefined,
    ],
    [
      'https://www.twitch.tv/exemple_compte/clip/DroleDeClipExemple-AbCdEf123?filter=clips',
      'short-video',
      'DroleDeClipExemple-AbCdEf123',
      'https://www.twitch.tv/exemple_compte/clip/DroleDeClipExemple-AbCdEf123',
      'exemple_compte',
    ],
    [
      'https://clips.twitch.tv/DroleDeClipExemple-AbCdEf123',
      'short-video',
      'DroleDeClipExemple-AbCdEf123',
      'https://clips.twitch.tv/DroleDeClipExemple-AbCdEf123',
      undefined,
    ],
    [
      'https://player.twitch.tv/?video=v2100000001&parent=exemple.org',
      'video',
      '2100000001',
      'https://www.twitch.tv/videos/2100000001',
      undefined,
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink, authorHandle) => {
    const data = detectUrl(url);
    expect(data).toMatchObject({ platformId: 'twitch', contentType, contentId, permalink });
    expect(data?.authorHandle).toBe(authorHandle);
  });

  it('URL only: site sections are not channels', () => {
    expect(detectUrl('https://www.twitch.tv/directory/category/just-chatting')?.authorHandle).toBeUndefined();
  });

  checkFixtures([
    {
      fixture: 'twitch/vod',
      url: 'https://www.twitch.tv/videos/2300000001?t=1h2m3s',
      expected: {
        platformId: 'twitch',
        platformName: 'Twitch',
        contentType: 'video',
        contentId: '2300000001',
        permalink: 'https://www.twitch.tv/videos/2300000001',
        authorHandle: 'exemple_compte',
        authorUrl: 'https://www.twitch.tv/exemple_compte',
        authorName: 'ExempleCompte',
        publishedAt: '2026-11-02T19:00:00.000Z',
      },
      provenance: {
        authorHandle: { source: 'json-ld', confidence: 'high' },
        publishedAt: { source: 'json-ld', confidence: 'high' },
      },
    },
    {
      // A channel has no publication time (the JSON-LD date is the page's, not content's).
      fixture: 'twitch/channel-offline',
      url: 'https://www.twitch.tv/exemple_compte',
      expected: {
        platformId: 'twitch',
        platformName: 'Twitch',
        contentType: 'channel',
        permalink: 'https://www.twitch.tv/exemple_compte',
        authorHandle: 'exemple_compte',
        authorUrl: 'https://www.twitch.tv/exemple_compte',
        authorName: 'ExempleCompte',
      },
    },
  ]);
});
