// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const VIDEO = 'Xy7_kLm9QpA';

describe('YouTube', () => {
  it('reads a watch page: clean permalink from the URL, author from microdata and JSON-LD', () => {
    const data = detectOnFixture(
      'youtube/watch',
      `https://www.youtube.com/watch?v=${VIDEO}&list=PLexemple&pp=ygUFdGFydGU%3D&si=trackme`,
    );
    expect(data).toEqual({
      platformId: 'youtube',
      platformName: 'YouTube',
      publishedAt: '2025-03-03T10:00:00-08:00',
      contentType: 'video',
      contentId: VIDEO,
      permalink: `https://www.youtube.com/watch?v=${VIDEO}`,
      authorHandle: '@exemple_compte',
      authorUrl: 'https://www.youtube.com/@exemple_compte',
      authorName: 'Chaîne Exemple',
    });
    expectSafe(data);
  });

  it('ignores stale claims left by single-page navigation to another video', () => {
    const data = detectOnFixture('youtube/watch', 'https://www.youtube.com/watch?v=Ab3dEf6hIj0');
    expect(data).toEqual({
      platformId: 'youtube',
      platformName: 'YouTube',
      contentType: 'video',
      contentId: 'Ab3dEf6hIj0',
      permalink: 'https://www.youtube.com/watch?v=Ab3dEf6hIj0',
    });
  });

  it('does not attribute a reported link to the author of the page it was found on', () => {
    const page = `https://www.youtube.com/watch?v=${VIDEO}`;
    const link = 'https://www.youtube.com/watch?v=Ab3dEf6hIj0&pp=ygUF';
    const data = detectPlatform(link, page, collectFacts(page, fixture('youtube/watch')));
    expect(data?.contentId).toBe('Ab3dEf6hIj0');
    expect(data?.authorHandle).toBeUndefined();
  });

  it.each([
    [`https://youtu.be/${VIDEO}?si=abc&t=42`, 'video', VIDEO, `https://www.youtube.com/watch?v=${VIDEO}`],
    [
      `https://m.youtube.com/watch?v=${VIDEO}&feature=share`,
      'video',
      VIDEO,
      `https://www.youtube.com/watch?v=${VIDEO}`,
    ],
    [
      `https://www.youtube.com/shorts/${VIDEO}?feature=share`,
      'short-video',
      VIDEO,
      `https://www.youtube.com/shorts/${VIDEO}`,
    ],
    [`https://www.youtube.com/live/${VIDEO}?si=x`, 'live-stream', VIDEO, `https://www.youtube.com/watch?v=${VIDEO}`],
    [`https://www.youtube-nocookie.com/embed/${VIDEO}`, 'video', VIDEO, `https://www.youtube.com/watch?v=${VIDEO}`],
    [
      `https://www.youtube.com/watch?v=${VIDEO}&lc=UgzExempleCommentaire4AaABAg`,
      'comment',
      'UgzExempleCommentaire4AaABAg',
      `https://www.youtube.com/watch?v=${VIDEO}&lc=UgzExempleCommentaire4AaABAg`,
    ],
    [
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
      'channel',
      'UCabcdefghijklmnopqrstuv',
      'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    const data = detectUrl(url);
    expect(data).toMatchObject({ platformId: 'youtube', contentType, contentId, permalink });
  });

  it('URL only: a channel handle gives the author', () => {
    expect(detectUrl('https://www.youtube.com/@exemple_compte/videos')).toEqual({
      platformId: 'youtube',
      platformName: 'YouTube',
      contentType: 'channel',
      permalink: 'https://www.youtube.com/@exemple_compte',
      authorHandle: '@exemple_compte',
      authorUrl: 'https://www.youtube.com/@exemple_compte',
    });
  });

  it('rejects malformed ids instead of guessing', () => {
    const data = detectUrl('https://www.youtube.com/watch?v=short');
    expect(data?.platformId).toBe('youtube');
    expect(data?.contentId).toBeUndefined();
    expect(data?.permalink).toBe('https://www.youtube.com/watch');
    expect(detectUrl('https://www.youtube.com/@a<b>')?.authorHandle).toBeUndefined();
  });
});
