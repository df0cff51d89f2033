// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const CODE = 'C1a2B3c4D5e';

describe('Instagram', () => {
  it('reads a post page: author from og:url, name from the "Name (@handle)" title', () => {
    const data = detectOnFixture(
      'instagram',
      `https://www.instagram.com/p/${CODE}/?igsh=MTExZXhlbXBsZQ%3D%3D&img_index=1`,
    );
    expect(data).toEqual({
      platformId: 'instagram',
      platformName: 'Instagram',
      contentType: 'post',
      contentId: CODE,
      permalink: `https://www.instagram.com/p/${CODE}/`,
      authorHandle: '@exemple_compte',
      authorUrl: 'https://www.instagram.com/exemple_compte/',
      authorName: 'Nom Exemple',
    });
    expectSafe(data);
  });

  it('a media report on the feed uses the link enclosing the image', () => {
    const page = 'https://www.instagram.com/';
    const src = 'https://scontent.cdninstagram.com/v/t51.0-15/exemple_n.jpg';
    const data = values(detectPlatform(src, page, collectFacts(page, fixture('instagram'), src)));
    expect(data).toEqual({
      platformId: 'instagram',
      platformName: 'Instagram',
      contentType: 'post',
      contentId: CODE,
      permalink: `https://www.instagram.com/p/${CODE}/`,
    });
  });

  it.each([
    [
      `https://www.instagram.com/reel/${CODE}/?utm_source=ig_web_copy_link`,
      'short-video',
      `https://www.instagram.com/reel/${CODE}/`,
    ],
    [`https://www.instagram.com/reels/${CODE}/`, 'short-video', `https://www.instagram.com/reel/${CODE}/`],
    [`https://instagr.am/p/${CODE}`, 'post', `https://www.instagram.com/p/${CODE}/`],
    [`https://www.instagram.com/tv/${CODE}/`, 'video', `https://www.instagram.com/tv/${CODE}/`],
  ])('URL only: %s', (url, contentType, permalink) => {
    expect(detectUrl(url)).toEqual({
      platformId: 'instagram',
      platformName: 'Instagram',
      contentType,
      contentId: CODE,
      permalink,
    });
  });

  it('URL only: author-prefixed posts, stories and profiles', () => {
    expect(detectUrl(`https://www.instagram.com/exemple_compte/p/${CODE}/`)).toMatchObject({
      contentType: 'post',
      contentId: CODE,
      authorHandle: '@exemple_compte',
    });
    expect(detectUrl('https://www.instagram.com/stories/exemple_compte/3300000000000000001/')).toMatchObject({
      contentType: 'post',
      contentId: '3300000000000000001',
      authorHandle: '@exemple_compte',
      authorUrl: 'https://www.instagram.com/exemple_compte/',
    });
    expect(detectUrl('https://www.instagram.com/exemple.compte/?hl=fr')).toMatchObject({
      contentType: 'profile',
      permalink: 'https://www.instagram.com/exemple.compte/',
      authorHandle: '@exemple.compte',
    });
    expect(detectUrl('https://www.instagram.com/explore/')?.contentType).toBeUndefined();
    expect(detectUrl('https://www.instagram.com/.invalide./')?.authorHandle).toBeUndefined();
  });
});
