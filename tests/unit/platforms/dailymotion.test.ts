// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const BASE = { platformId: 'dailymotion', platformName: 'Dailymotion' };
const VIDEO = { contentType: 'video', contentId: 'x8abc12', permalink: 'https://www.dailymotion.com/video/x8abc12' };
const CHANNEL = { authorHandle: 'chaineexemple', authorUrl: 'https://www.dailymotion.com/chaineexemple' };

describe('Dailymotion', () => {
  it('reads a video page in French: channel from the JSON-LD about this video, upload time', () => {
    const data = detectOnFixture('dailymotion/video-fr', 'https://www.dailymotion.com/video/x8abc12?playlist=x6abcd');
    expect(data).toEqual({
      ...BASE,
      ...VIDEO,
      ...CHANNEL,
      authorName: 'Chaîne Exemple',
      publishedAt: '2026-11-10T09:00:00.000Z',
    });
    expectSafe(data);
  });

  it('dai.ly short links read as the video; the page claims about it then apply', () => {
    expect(detectUrl('https://dai.ly/x8abc12')).toEqual({ ...BASE, ...VIDEO });
    expect(detectOnFixture('dailymotion/video-fr', 'https://dai.ly/x8abc12')).toMatchObject({
      ...VIDEO,
      ...CHANNEL,
      publishedAt: '2026-11-10T09:00:00.000Z',
    });
  });

  it('reads a channel page: no name guessed from its title, no publication time', () => {
    expect(detectOnFixture('dailymotion/channel', 'https://www.dailymotion.com/chaineexemple')).toEqual({
      ...BASE,
      ...CHANNEL,
      contentType: 'channel',
      permalink: 'https://www.dailymotion.com/chaineexemple',
    });
  });

  it('reads the embedded player: the video, nothing else guessed', () => {
    expect(detectOnFixture('dailymotion/embed', 'https://www.dailymotion.com/embed/video/x8abc12?autoplay=1')).toEqual({
      ...BASE,
      ...VIDEO,
    });
  });

  it('URL only: video forms, players and playlists; sections and bad ids give no details', () => {
    for (const url of [
      'https://www.dailymotion.com/video/x8abc12_titre-de-la-video_news',
      'https://geo.dailymotion.com/player/xabcd.html?video=x8abc12',
      'https://www.dailymotion.com/player.html?video=x8abc12',
      'https://www.dailymotion.com/embed/video/X8ABC12',
    ])
      expect(detectUrl(url), url).toEqual({ ...BASE, ...VIDEO });
    expect(detectUrl('https://www.dailymotion.com/playlist/x6abcd')).toMatchObject({
      contentType: 'other',
      contentId: 'x6abcd',
    });
    for (const url of [
      'https://www.dailymotion.com/search/chat',
      'https://www.dailymotion.com/video/12345',
      'https://www.dailymotion.com/video/x' + 'a'.repeat(50),
      'https://www.dailymotion.com/a',
    ])
      expect(detectUrl(url), url).toEqual({ ...BASE, permalink: url });
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl('https://dailymotion.com.evil.test/video/x8abc12')).toBeNull();
    expect(detectUrl('https://dai.ly.evil.test/x8abc12')).toBeNull();
    expect(detectUrl('https://mydailymotion.com/video/x8abc12')).toBeNull();
  });

  it('hostile page: JSON-LD about another video, garbage JSON-LD, overlong and javascript: values', () => {
    const url = 'https://www.dailymotion.com/video/x8abc12';
    const facts = collectFacts(url, fixture('dailymotion/video-fr'));
    const data = detectPlatform(url, url, {
      ...facts,
      links: [{ rel: 'author', href: 'javascript:alert(1)' }, ...facts.links],
      jsonLd: [
        'garbage{',
        JSON.stringify({
          '@type': 'VideoObject',
          embedUrl: 'https://www.dailymotion.com/embed/video/x8zzz99',
          uploadDate: '2025-01-01T00:00:00+00:00',
          author: { name: 'Autre', url: 'https://www.dailymotion.com/autrechaine' },
        }),
        JSON.stringify({ '@type': 'VideoObject', uploadDate: 'x'.repeat(10000) }),
      ],
    });
    expect(data).toEqual({ ...BASE, ...VIDEO });
    expectSafe(data);
  });
});
