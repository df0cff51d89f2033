// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const BASE = { platformId: 'vimeo', platformName: 'Vimeo' };
const VIDEO = { contentType: 'video', contentId: '987654321', permalink: 'https://vimeo.com/987654321' };
const AUTHOR = { authorHandle: 'nomexemple', authorUrl: 'https://vimeo.com/nomexemple' };

describe('Vimeo', () => {
  it('reads a video page: author and upload time from the VideoObject about this video', () => {
    const data = detectOnFixture('vimeo/video', 'https://vimeo.com/987654321?share=copy');
    expect(data).toEqual({
      ...BASE,
      ...VIDEO,
      ...AUTHOR,
      authorName: 'Nom Exemple',
      publishedAt: '2026-10-31T20:20:00.000Z',
    });
    expectSafe(data);
  });

  it('reads a profile page in French', () => {
    expect(detectOnFixture('vimeo/profile-fr', 'https://vimeo.com/nomexemple')).toEqual({
      ...BASE,
      ...AUTHOR,
      contentType: 'profile',
      permalink: 'https://vimeo.com/nomexemple',
      authorName: 'Nom Exemple',
    });
  });

  it('reads the embedded player of an unlisted video: the hash is kept, no author guessed from links', () => {
    expect(detectOnFixture('vimeo/player', 'https://player.vimeo.com/video/987654321?h=1a2b3c4d5e&autoplay=1')).toEqual(
      {
        ...BASE,
        contentType: 'video',
        contentId: '987654321',
        permalink: 'https://vimeo.com/987654321/1a2b3c4d5e',
      },
    );
  });

  it('URL only: videos in channels and groups, channels, showcases, default profile names', () => {
    for (const url of [
      'https://vimeo.com/channels/staffpicks/987654321',
      'https://vimeo.com/groups/exemple/videos/987654321',
      'https://www.vimeo.com/987654321#t=30s',
    ])
      expect(detectUrl(url), url).toEqual({ ...BASE, ...VIDEO });
    expect(detectUrl('https://vimeo.com/channels/exemple')).toMatchObject({
      contentType: 'channel',
      contentId: 'channels/exemple',
    });
    expect(detectUrl('https://vimeo.com/showcase/1234567')).toMatchObject({ contentType: 'other' });
    expect(detectUrl('https://vimeo.com/user12345678/videos')).toMatchObject({
      contentType: 'profile',
      authorHandle: 'user12345678',
      authorUrl: 'https://vimeo.com/user12345678',
    });
    for (const url of [
      'https://vimeo.com/search',
      'https://vimeo.com/123',
      'https://vimeo.com/_bad',
      'https://vimeo.com/987654321/pas-un-hash',
      `https://vimeo.com/${'a'.repeat(60)}`,
    ])
      expect(detectUrl(url)?.authorHandle, url).toBeUndefined();
    expect(detectUrl('https://vimeo.com/987654321/pas-un-hash')?.permalink).toBe('https://vimeo.com/987654321');
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl('https://vimeo.com.evil.test/987654321')).toBeNull();
    expect(detectUrl('https://notvimeo.com/987654321')).toBeNull();
  });

  it('hostile page: a VideoObject about another video gives neither its author nor its date', () => {
    const url = 'https://vimeo.com/987654321';
    const facts = collectFacts(url, fixture('vimeo/video'));
    const data = detectPlatform(url, url, {
      ...facts,
      jsonLd: [
        '\u0000{"@type":',
        JSON.stringify([
          {
            '@type': 'VideoObject',
            url: 'https://vimeo.com/123456789',
            uploadDate: '2020-01-01T00:00:00Z',
            author: { name: '\u202ETrompeur', url: 'https://vimeo.com/trompeur' },
          },
        ]),
      ],
    });
    expect(data).toEqual({ ...BASE, ...VIDEO });
    expectSafe(data);
  });
});
