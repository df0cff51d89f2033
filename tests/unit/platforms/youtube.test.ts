// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, collectFacts, detectOnFixture, detectUrl, fixture } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const VIDEO = 'Xy7_kLm9QpA';

describe('YouTube', () => {
  checkFixtures([
    {
      fixture: 'youtube/watch',
      url: `https://www.youtube.com/watch?v=${VIDEO}&list=PLexemple&pp=ygUFdGFydGU%3D&si=trackme`,
      expected: {
        platformId: 'youtube',
        platformName: 'YouTube',
        publishedAt: '2025-03-03T18:00:00.000Z',
        contentType: 'video',
        contentId: VIDEO,
        permalink: `https://www.youtube.com/watch?v=${VIDEO}`,
        authorHandle: '@exemple_compte',
        authorUrl: 'https://www.youtube.com/@exemple_compte',
        authorName: 'Chaîne Exemple',
      },
      provenance: {
        authorHandle: { source: 'markup', confidence: 'high' },
        authorName: { source: 'markup', confidence: 'high' },
        publishedAt: { source: 'meta', confidence: 'high' },
      },
    },
    {
      // No microdata: the owner from the player state, not a recommended channel or a commenter.
      fixture: 'youtube/watch-player-state',
      url: 'https://www.youtube.com/watch?v=Qw3rTy7uIo0&t=42s',
      expected: {
        platformId: 'youtube',
        platformName: 'YouTube',
        contentType: 'video',
        contentId: 'Qw3rTy7uIo0',
        permalink: 'https://www.youtube.com/watch?v=Qw3rTy7uIo0',
        authorHandle: '@test_channel_example',
        authorUrl: 'https://www.youtube.com/@test_channel_example',
        authorName: 'Test Channel Example',
        publishedAt: '2026-10-15T18:30:00.000Z',
      },
      provenance: {
        authorHandle: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      // After single-page navigation: the first video's microdata and player state are ignored.
      fixture: 'youtube/watch-after-navigation',
      url: 'https://www.youtube.com/watch?v=Bb2Cc3Dd4Ee',
      expected: {
        platformId: 'youtube',
        platformName: 'YouTube',
        contentType: 'video',
        contentId: 'Bb2Cc3Dd4Ee',
        permalink: 'https://www.youtube.com/watch?v=Bb2Cc3Dd4Ee',
      },
    },
    {
      fixture: 'youtube/channel-fr',
      url: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv/videos',
      expected: {
        platformId: 'youtube',
        platformName: 'YouTube',
        contentType: 'channel',
        contentId: 'UCabcdefghijklmnopqrstuv',
        permalink: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
        authorUrl: 'https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv',
        authorName: 'Chaîne Exemple',
      },
      provenance: { authorName: { source: 'meta', confidence: 'medium' } },
    },
  ]);

  it('the player state about this video names its owner, over another channel the markup gave', () => {
    const url = 'https://www.youtube.com/watch?v=Qw3rTy7uIo0';
    const html = fixture('youtube/watch-player-state').replace(
      '</head>',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","author":{"@type":"Person","name":"Autre Chaîne","url":"https://www.youtube.com/@autre_chaine"}}</script></head>',
    );
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data).toMatchObject({
      authorHandle: '@test_channel_example',
      authorUrl: 'https://www.youtube.com/@test_channel_example',
      authorName: 'Test Channel Example',
    });
    expect(data?.provenance?.authorHandle).toEqual({ source: 'embedded-state', confidence: 'medium' });
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
