// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectOnFixture, detectUrl, expectSafe } from './helpers';

const VIDEO = '7350000000000000001';

describe('TikTok', () => {
  it('reads a video page: author from the URL, display name from the JSON-LD creator', () => {
    const data = detectOnFixture(
      'tiktok/video',
      `https://www.tiktok.com/@exemple_compte/video/${VIDEO}?is_from_webapp=1&sender_device=pc&web_id=123`,
    );
    expect(data).toEqual({
      platformId: 'tiktok',
      platformName: 'TikTok',
      publishedAt: '2025-03-03T12:00:00.000Z',
      contentType: 'short-video',
      contentId: VIDEO,
      permalink: `https://www.tiktok.com/@exemple_compte/video/${VIDEO}`,
      authorHandle: '@exemple_compte',
      authorUrl: 'https://www.tiktok.com/@exemple_compte',
      authorName: 'Nom Exemple',
    });
    expectSafe(data);
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
    });
    expect(detectUrl('https://vm.tiktok.com/ZMexemple1/?k=1')).toEqual({
      platformId: 'tiktok',
      platformName: 'TikTok',
      permalink: 'https://vm.tiktok.com/ZMexemple1/',
    });
    expect(detectUrl('https://www.tiktok.com/@a/video/123')?.contentId).toBeUndefined();
  });
});
