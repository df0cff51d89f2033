// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, collectFacts, detectOnFixture, detectUrl, fixture } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const VIDEO = '7350000000000000001';
/** The time the id encodes (its upper 32 bits). */
const VIDEO_TIME = '2024-03-24T18:33:50.000Z';

describe('TikTok', () => {
  checkFixtures([
    {
      fixture: 'tiktok/video',
      url: `https://www.tiktok.com/@exemple_compte/video/${VIDEO}?is_from_webapp=1&sender_device=pc&web_id=123`,
      expected: {
        platformId: 'tiktok',
        platformName: 'TikTok',
        publishedAt: VIDEO_TIME,
        contentType: 'short-video',
        contentId: VIDEO,
        permalink: `https://www.tiktok.com/@exemple_compte/video/${VIDEO}`,
        authorHandle: '@exemple_compte',
        authorUrl: 'https://www.tiktok.com/@exemple_compte',
        authorName: 'Nom Exemple',
      },
      // The page states the time (uploadDate): its statement wins over the one the id encodes.
      provenance: { publishedAt: { source: 'json-ld', confidence: 'high' } },
    },
    {
      fixture: 'tiktok/video-rehydration',
      url: 'https://www.tiktok.com/@lea.exemple/video/7696963646521356345',
      expected: {
        platformId: 'tiktok',
        platformName: 'TikTok',
        contentType: 'short-video',
        contentId: '7696963646521356345',
        permalink: 'https://www.tiktok.com/@lea.exemple/video/7696963646521356345',
        authorHandle: '@lea.exemple',
        authorUrl: 'https://www.tiktok.com/@lea.exemple',
        authorName: 'Léa Exemple',
        publishedAt: '2026-10-15T18:30:00.000Z',
      },
      provenance: { authorName: { source: 'embedded-state', confidence: 'medium' } },
    },
    {
      // A short link: the video from og:url, the author's name from the rehydration state.
      fixture: 'tiktok/video-rehydration',
      url: 'https://vm.tiktok.com/ZMabc123/',
      expected: {
        platformId: 'tiktok',
        platformName: 'TikTok',
        contentType: 'short-video',
        contentId: '7696963646521356345',
        permalink: 'https://www.tiktok.com/@lea.exemple/video/7696963646521356345',
        authorHandle: '@lea.exemple',
        authorUrl: 'https://www.tiktok.com/@lea.exemple',
        authorName: 'Léa Exemple',
        publishedAt: '2026-10-15T18:30:00.000Z',
      },
      provenance: {
        contentId: { source: 'meta', confidence: 'high' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      // The page's own createTime, not the time the id encodes (three seconds later); the name from
      // the item's author, not the breadcrumb's label nor the signed-in viewer's.
      fixture: 'tiktok/video-breadcrumb',
      url: 'https://www.tiktok.com/@sam.exemple/video/7578469806800358677?lang=fr',
      expected: {
        platformId: 'tiktok',
        platformName: 'TikTok',
        contentType: 'short-video',
        contentId: '7578469806800358677',
        permalink: 'https://www.tiktok.com/@sam.exemple/video/7578469806800358677',
        authorHandle: '@sam.exemple',
        authorUrl: 'https://www.tiktok.com/@sam.exemple',
        authorName: 'Sam Exemple',
        publishedAt: '2025-11-30T10:53:20.000Z',
      },
      provenance: {
        authorName: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      fixture: 'tiktok/profile-fr',
      url: 'https://www.tiktok.com/@lea.exemple?lang=fr',
      expected: {
        platformId: 'tiktok',
        platformName: 'TikTok',
        contentType: 'profile',
        permalink: 'https://www.tiktok.com/@lea.exemple',
        authorHandle: '@lea.exemple',
        authorUrl: 'https://www.tiktok.com/@lea.exemple',
        authorName: 'Léa Exemple',
      },
    },
  ]);

  it('without the state: no name from the breadcrumb, the time computed from the id and marked so', () => {
    const url = 'https://www.tiktok.com/@sam.exemple/video/7578469806800358677';
    const html = fixture('tiktok/video-breadcrumb').replace(
      /<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[\s\S]*?<\/script>/,
      '',
    );
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data?.authorHandle).toBe('@sam.exemple');
    expect(data?.authorName).toBeUndefined();
    expect(data?.publishedAt).toBe('2025-11-30T10:53:23.000Z');
    expect(data?.provenance?.publishedAt).toEqual({ source: 'derived-from-id', confidence: 'medium' });
  });

  it('fills a short link from the claims of the page it designates', () => {
    const data = detectOnFixture('tiktok/video', 'https://vm.tiktok.com/ZMexemple1/');
    expect(data).toMatchObject({
      contentType: 'short-video',
      contentId: VIDEO,
      permalink: `https://www.tiktok.com/@exemple_compte/video/${VIDEO}`,
      authorHandle: '@exemple_compte',
      authorName: 'Nom Exemple',
    });
  });

  it.each([
    [`https://www.tiktok.com/@exemple_compte/photo/${VIDEO}`, 'post', VIDEO],
    ['https://www.tiktok.com/@exemple_compte/live', 'live-stream', undefined],
    ['https://m.tiktok.com/@exemple_compte', 'profile', undefined],
  ])('URL only: %s', (url, contentType, contentId) => {
    const data = detectUrl(url);
    expect(data).toMatchObject({ platformId: 'tiktok', contentType, authorHandle: '@exemple_compte' });
    expect(data?.contentId).toBe(contentId);
  });

  it('URL only: embeds have no author, short links have no id', () => {
    expect(detectUrl(`https://www.tiktok.com/embed/v2/${VIDEO}`)).toEqual({
      platformId: 'tiktok',
      platformName: 'TikTok',
      contentType: 'short-video',
      contentId: VIDEO,
      permalink: `https://www.tiktok.com/embed/v2/${VIDEO}`,
      publishedAt: VIDEO_TIME,
    });
    expect(detectUrl('https://vm.tiktok.com/ZMexemple1/?k=1')).toEqual({
      platformId: 'tiktok',
      platformName: 'TikTok',
      permalink: 'https://vm.tiktok.com/ZMexemple1/',
    });
    expect(detectUrl('https://www.tiktok.com/@a/video/123')?.contentId).toBeUndefined();
  });
});
