// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, collectFacts, detectOnFixture, detectUrl, fixture } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

const POST = 'pfbid0ExempleAbCdEfGhIjKlMnOpQrStUvWxYz123';

describe('Facebook', () => {
  checkFixtures([
    {
      fixture: 'facebook/post-page',
      url: `https://www.facebook.com/exemple.compte/posts/${POST}?__cft__[0]=AZX_exemple&__tn__=%2CO%2CP-R`,
      expected: {
        platformId: 'facebook',
        platformName: 'Facebook',
        contentType: 'post',
        contentId: POST,
        permalink: `https://www.facebook.com/exemple.compte/posts/${POST}`,
        authorHandle: 'exemple.compte',
        authorUrl: 'https://www.facebook.com/exemple.compte',
        authorName: 'Nom Exemple',
      },
      provenance: { authorName: { source: 'markup', confidence: 'low' } },
    },
    {
      // A share link: the post and author id from og:url, the name and time from the embedded
      // state (not the commenter's block).
      fixture: 'facebook/share-permalink-embedded',
      url: 'https://www.facebook.com/share/p/1XyZ2AbC3d/',
      expected: {
        platformId: 'facebook',
        platformName: 'Facebook',
        contentType: 'post',
        contentId: 'pfbid02AbCdEfGhIjKlMnOpQrStUvWxYz456',
        permalink:
          'https://www.facebook.com/permalink.php?story_fbid=pfbid02AbCdEfGhIjKlMnOpQrStUvWxYz456&id=100012345678901',
        authorUrl: 'https://www.facebook.com/profile.php?id=100012345678901',
        authorName: 'Dominique Exemple',
        publishedAt: '2026-11-20T21:05:00.000Z',
      },
      provenance: {
        contentId: { source: 'meta', confidence: 'high' },
        authorUrl: { source: 'meta', confidence: 'high' },
        authorName: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      // Reported by its pfbid, named by its numeric id in og:url and canonical: the same post, so
      // the page's claims count (name and time from the state that names the numeric id).
      fixture: 'facebook/post-pfbid-numeric-canonical',
      url: 'https://www.facebook.com/exemple.page/posts/pfbid0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg?__cft__[0]=AZY',
      expected: {
        platformId: 'facebook',
        platformName: 'Facebook',
        contentType: 'post',
        contentId: 'pfbid0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg',
        permalink: 'https://www.facebook.com/exemple.page/posts/pfbid0Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg',
        authorHandle: 'exemple.page',
        authorUrl: 'https://www.facebook.com/exemple.page',
        authorName: 'Exemple Page',
        publishedAt: '2025-12-01T12:00:00.000Z',
      },
      provenance: {
        contentId: { source: 'url', confidence: 'high' },
        authorName: { source: 'embedded-state', confidence: 'medium' },
        publishedAt: { source: 'embedded-state', confidence: 'medium' },
      },
    },
    {
      fixture: 'facebook/watch-embedded',
      url: 'https://www.facebook.com/watch/?v=1234567890123456',
      expected: {
        platformId: 'facebook',
        platformName: 'Facebook',
        contentType: 'video',
        contentId: '1234567890123456',
        permalink: 'https://www.facebook.com/watch/?v=1234567890123456',
        authorHandle: 'page.exemple',
        authorUrl: 'https://www.facebook.com/page.exemple',
        authorName: 'Page Exemple',
        publishedAt: '2026-10-15T18:30:00.000Z',
      },
    },
  ]);

  it('embedded state about other content is not used', () => {
    const url = 'https://www.facebook.com/watch/?v=9999999999999999';
    const html = fixture('facebook/watch-embedded').replace('1234567890123456" />', '9999999999999999" />');
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data).toMatchObject({ contentId: '9999999999999999' });
    expect(data?.authorUrl).toBeUndefined();
    expect(data?.publishedAt).toBeUndefined();
  });

  it('ids of one scheme still tell posts apart: a canonical naming another numeric post drops the claims', () => {
    const url = 'https://www.facebook.com/exemple.page/posts/1029384756000000';
    const data = detectPlatform(url, url, collectFacts(url, fixture('facebook/post-pfbid-numeric-canonical')));
    expect(data).toMatchObject({ contentId: '1029384756000000', authorHandle: 'exemple.page' });
    expect(data?.authorName).toBeUndefined();
    expect(data?.publishedAt).toBeUndefined();
  });

  it('URL only: a /pages/NAME/ID address is the Page, by its id', () => {
    expect(detectUrl('https://www.facebook.com/pages/Exemple-Page/1020304050607/')).toEqual({
      platformId: 'facebook',
      platformName: 'Facebook',
      contentType: 'profile',
      contentId: '1020304050607',
      permalink: 'https://www.facebook.com/profile.php?id=1020304050607',
      authorUrl: 'https://www.facebook.com/profile.php?id=1020304050607',
    });
    expect(detectUrl('https://www.facebook.com/pages/Exemple-Page/')?.contentType).toBeUndefined();
  });

  it('resolves a share link through the page claims', () => {
    const data = detectOnFixture('facebook/post-page', 'https://www.facebook.com/share/p/1AbCdEfGhI/?mibextid=WC7FNe');
    expect(data).toMatchObject({
      contentType: 'post',
      contentId: POST,
      permalink: `https://www.facebook.com/exemple.compte/posts/${POST}`,
      authorHandle: 'exemple.compte',
      authorName: 'Nom Exemple',
    });
  });

  it('URL only: story.php and permalink.php name the author by numeric id', () => {
    expect(
      detectUrl('https://m.facebook.com/story.php?story_fbid=1234567890123&id=100012345678901&mibextid=x'),
    ).toEqual({
      platformId: 'facebook',
      platformName: 'Facebook',
      contentType: 'post',
      contentId: '1234567890123',
      permalink: 'https://www.facebook.com/story.php?story_fbid=1234567890123&id=100012345678901',
      authorUrl: 'https://www.facebook.com/profile.php?id=100012345678901',
    });
    expect(detectUrl(`https://www.facebook.com/permalink.php?story_fbid=${POST}&id=100012345678901`)?.contentId).toBe(
      POST,
    );
  });

  it.each([
    [
      'https://www.facebook.com/watch/?v=987654321012345&ref=sharing',
      'video',
      '987654321012345',
      'https://www.facebook.com/watch/?v=987654321012345',
    ],
    [
      'https://www.facebook.com/reel/987654321012345?s=yWDuG2',
      'short-video',
      '987654321012345',
      'https://www.facebook.com/reel/987654321012345',
    ],
    [
      'https://www.facebook.com/profile.php?id=100012345678901&sk=about',
      'profile',
      '100012345678901',
      'https://www.facebook.com/profile.php?id=100012345678901',
    ],
    [
      'https://www.facebook.com/groups/123456789012345/posts/987654321012345/',
      'post',
      '987654321012345',
      'https://www.facebook.com/groups/123456789012345/posts/987654321012345/',
    ],
    [
      'https://www.facebook.com/groups/123456789012345/',
      'group',
      '123456789012345',
      'https://www.facebook.com/groups/123456789012345/',
    ],
    [
      'https://www.facebook.com/photo/?fbid=555666777888999&set=a.111',
      'post',
      '555666777888999',
      'https://www.facebook.com/photo/?fbid=555666777888999',
    ],
    [
      `https://www.facebook.com/exemple.compte/posts/${POST}?comment_id=1122334455667788`,
      'comment',
      '1122334455667788',
      `https://www.facebook.com/exemple.compte/posts/${POST}?comment_id=1122334455667788`,
    ],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    expect(detectUrl(url)).toMatchObject({ platformId: 'facebook', contentType, contentId, permalink });
  });

  it('URL only: vanity profiles, reserved sections and fb.watch', () => {
    expect(detectUrl('https://www.facebook.com/exemple.compte/')).toMatchObject({
      contentType: 'profile',
      authorHandle: 'exemple.compte',
      authorUrl: 'https://www.facebook.com/exemple.compte',
    });
    expect(detectUrl('https://www.facebook.com/marketplace/')?.contentType).toBeUndefined();
    expect(detectUrl('https://fb.watch/AbCdEf123/')).toMatchObject({
      contentType: 'video',
      permalink: 'https://fb.watch/AbCdEf123/',
    });
  });
});
