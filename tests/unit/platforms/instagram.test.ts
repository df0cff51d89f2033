// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, collectFacts, detectUrl, fixture, values } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const CODE = 'C1a2B3c4D5e';

describe('Instagram', () => {
  checkFixtures([
    {
      fixture: 'instagram/post-fr',
      url: `https://www.instagram.com/p/${CODE}/?igsh=MTExZXhlbXBsZQ%3D%3D&img_index=1`,
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'post',
        contentId: CODE,
        permalink: `https://www.instagram.com/p/${CODE}/`,
        authorHandle: '@exemple_compte',
        authorUrl: 'https://www.instagram.com/exemple_compte/',
        authorName: 'Nom Exemple',
        publishedAt: '2025-03-03',
      },
      provenance: {
        authorHandle: { source: 'meta', confidence: 'high' },
        authorName: { source: 'text', confidence: 'medium' },
        publishedAt: { source: 'text', confidence: 'low' },
      },
    },
    {
      // The real logged-out shape: the author only in the description and twitter:title.
      fixture: 'instagram/post-logged-out-en',
      url: 'https://www.instagram.com/p/DQx1Yz2AbC3/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'post',
        contentId: 'DQx1Yz2AbC3',
        permalink: 'https://www.instagram.com/p/DQx1Yz2AbC3/',
        authorHandle: '@camille.exemple',
        authorUrl: 'https://www.instagram.com/camille.exemple/',
        authorName: 'Camille Exemple',
        publishedAt: '2026-11-02',
      },
      provenance: {
        contentId: { source: 'url', confidence: 'high' },
        authorHandle: { source: 'meta', confidence: 'medium' },
        authorName: { source: 'text', confidence: 'medium' },
        publishedAt: { source: 'text', confidence: 'low' },
      },
    },
    {
      // Logged in: the owner in the embedded state, not the suggested account linked first.
      fixture: 'instagram/reel-embedded-state',
      url: 'https://www.instagram.com/reel/DPq9Rs8TuV7/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'short-video',
        contentId: 'DPq9Rs8TuV7',
        permalink: 'https://www.instagram.com/reel/DPq9Rs8TuV7/',
        authorHandle: '@lea_exemple',
        authorUrl: 'https://www.instagram.com/lea_exemple/',
        authorName: 'Léa Exemple',
        publishedAt: '2026-10-15T18:30:00.000Z',
      },
      provenance: {
        authorHandle: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      fixture: 'instagram/profile',
      url: 'https://www.instagram.com/camille.exemple/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'profile',
        permalink: 'https://www.instagram.com/camille.exemple/',
        authorHandle: '@camille.exemple',
        authorUrl: 'https://www.instagram.com/camille.exemple/',
        authorName: 'Camille Exemple',
      },
    },
    {
      // No caption: the description ends with the day (no colon after it).
      fixture: 'instagram/post-no-caption-en',
      url: 'https://www.instagram.com/p/DRn0Cap7Ion/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'post',
        contentId: 'DRn0Cap7Ion',
        permalink: 'https://www.instagram.com/p/DRn0Cap7Ion/',
        authorHandle: '@noe.exemple',
        authorUrl: 'https://www.instagram.com/noe.exemple/',
        publishedAt: '2026-03-03',
      },
      provenance: {
        authorHandle: { source: 'meta', confidence: 'medium' },
        publishedAt: { source: 'text', confidence: 'low' },
      },
    },
    {
      // « NAME a partagé une publication sur Instagram »: the handle from twitter:title, the name
      // before it; no time (the comments' times are theirs).
      fixture: 'instagram/post-shared-fr',
      url: 'https://www.instagram.com/p/DSh4Red9Pst/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'post',
        contentId: 'DSh4Red9Pst',
        permalink: 'https://www.instagram.com/p/DSh4Red9Pst/',
        authorHandle: '@lea_exemple',
        authorUrl: 'https://www.instagram.com/lea_exemple/',
        authorName: 'Léa Exemple',
      },
      provenance: {
        authorHandle: { source: 'text', confidence: 'medium' },
        authorName: { source: 'text', confidence: 'medium' },
      },
    },
    {
      // A comment's permalink: the comment, dated by its own <time>; not the post's owner.
      fixture: 'instagram/post-shared-fr',
      url: 'https://www.instagram.com/p/DSh4Red9Pst/c/18012345678901234/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'comment',
        contentId: '18012345678901234',
        permalink: 'https://www.instagram.com/p/DSh4Red9Pst/c/18012345678901234/',
        publishedAt: '2026-11-30T08:15:00.000Z',
      },
      provenance: { publishedAt: { source: 'markup', confidence: 'high' } },
    },
    {
      // The older GraphQL state: the media's own owner and taken_at_timestamp, not the commenter's
      // nested before them, the viewer's, or the related post's.
      fixture: 'instagram/post-graphql-timestamp',
      url: 'https://www.instagram.com/p/CTg7Qm2Lx9a/',
      expected: {
        platformId: 'instagram',
        platformName: 'Instagram',
        contentType: 'post',
        contentId: 'CTg7Qm2Lx9a',
        permalink: 'https://www.instagram.com/p/CTg7Qm2Lx9a/',
        authorHandle: '@sacha.exemple',
        authorUrl: 'https://www.instagram.com/sacha.exemple/',
        authorName: 'Sacha Exemple',
        publishedAt: '2025-11-20T12:00:00.000Z',
      },
      provenance: {
        authorHandle: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
  ]);

  it('a shared-post description naming only the handle gives no name', () => {
    const url = 'https://www.instagram.com/p/DSh4Red9Pst/';
    const html = fixture('instagram/post-shared-fr')
      .replace(/Léa Exemple a partagé/g, 'lea_exemple a partagé')
      .replace('Léa Exemple (@lea_exemple)', '(@lea_exemple)');
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data?.authorHandle).toBe('@lea_exemple');
    expect(data?.authorName).toBeUndefined();
  });

  it('URL only: a comment permalink is the comment, not the post', () => {
    expect(detectUrl('https://www.instagram.com/exemple_compte/p/DSh4Red9Pst/c/18012345678901234/')).toEqual({
      platformId: 'instagram',
      platformName: 'Instagram',
      contentType: 'comment',
      contentId: '18012345678901234',
      permalink: 'https://www.instagram.com/p/DSh4Red9Pst/c/18012345678901234/',
    });
  });

  it('an owner in the description other than the one the URL names is not taken', () => {
    const url = `https://www.instagram.com/quelqu_un/p/DQx1Yz2AbC3/`;
    const html = fixture('instagram/post-logged-out-en').replace(
      /https:\/\/www\.instagram\.com\/p\//g,
      'https://www.instagram.com/quelqu_un/p/',
    );
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data?.authorHandle).toBe('@quelqu_un');
    expect(data?.publishedAt).toBeUndefined();
  });

  it('a media report on the feed uses the link enclosing the image', () => {
    const page = 'https://www.instagram.com/';
    const src = 'https://scontent.cdninstagram.com/v/t51.0-15/exemple_n.jpg';
    const data = values(detectPlatform(src, page, collectFacts(page, fixture('instagram/post-fr'), src)));
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
