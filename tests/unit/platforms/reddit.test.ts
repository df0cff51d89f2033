// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, collectFacts, detectOnFixture, detectUrl, fixture } from './helpers';
import { detectPlatform } from '@/utils/platforms/registry';

describe('Reddit', () => {
  checkFixtures([
    {
      fixture: 'reddit/post',
      url: 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/une_question_dexemple_sur_les_tests/?utm_source=share&utm_medium=web3x',
      expected: {
        platformId: 'reddit',
        platformName: 'Reddit',
        publishedAt: '2025-03-03T10:00:00.000Z',
        contentType: 'post',
        contentId: '1abcde2',
        permalink: 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/',
        authorHandle: 'u/exemple_compte',
        authorUrl: 'https://www.reddit.com/user/exemple_compte/',
        authorName: 'exemple_compte',
      },
      provenance: {
        authorHandle: { source: 'json-ld', confidence: 'high' },
        publishedAt: { source: 'json-ld', confidence: 'high' },
      },
    },
    {
      // The real shape: the author on <shreddit-post>, not the signed-in user or a commenter.
      fixture: 'reddit/shreddit-logged-out',
      url: 'https://www.reddit.com/r/exemple_sub/comments/1q2w3e4/is_this_a_test_question/',
      expected: {
        platformId: 'reddit',
        platformName: 'Reddit',
        contentType: 'post',
        contentId: '1q2w3e4',
        permalink: 'https://www.reddit.com/r/exemple_sub/comments/1q2w3e4/',
        authorHandle: 'u/poster_exemple',
        authorUrl: 'https://www.reddit.com/user/poster_exemple/',
        publishedAt: '2026-11-02T10:00:00.123Z',
      },
      provenance: {
        authorHandle: { source: 'markup', confidence: 'high' },
        publishedAt: { source: 'markup', confidence: 'high' },
      },
    },
    {
      // A comment permalink on the same page: the comment's own author and time.
      fixture: 'reddit/shreddit-logged-out',
      url: 'https://www.reddit.com/r/exemple_sub/comments/1q2w3e4/comment/kq1w2e3/',
      expected: {
        platformId: 'reddit',
        platformName: 'Reddit',
        contentType: 'comment',
        contentId: 'kq1w2e3',
        permalink: 'https://www.reddit.com/r/exemple_sub/comments/1q2w3e4/comment/kq1w2e3/',
        authorHandle: 'u/commentateur_1',
        authorUrl: 'https://www.reddit.com/user/commentateur_1/',
        publishedAt: '2026-11-02T11:00:00.000Z',
      },
    },
    {
      fixture: 'reddit/old-reddit',
      url: 'https://old.reddit.com/r/exemple_sub/comments/1z9x8c7/une_question_de_test/',
      expected: {
        platformId: 'reddit',
        platformName: 'Reddit',
        contentType: 'post',
        contentId: '1z9x8c7',
        permalink: 'https://www.reddit.com/r/exemple_sub/comments/1z9x8c7/',
        authorHandle: 'u/auteur-exemple',
        authorUrl: 'https://www.reddit.com/user/auteur-exemple/',
        publishedAt: '2026-09-01T07:45:00.000Z',
      },
    },
    {
      // The 2019–2023 redesign: the poster's link inside the post's own container, not the feed's
      // post behind the overlay, the commenter, or the signed-in user; no time is stated.
      fixture: 'reddit/redesign-post',
      url: 'https://www.reddit.com/r/exemple_sub/comments/1k2l3m4/une_question_dexemple_sur_le_redesign/',
      expected: {
        platformId: 'reddit',
        platformName: 'Reddit',
        contentType: 'post',
        contentId: '1k2l3m4',
        permalink: 'https://www.reddit.com/r/exemple_sub/comments/1k2l3m4/',
        authorHandle: 'u/auteur_redesign',
        authorUrl: 'https://www.reddit.com/user/auteur_redesign/',
      },
      provenance: { authorHandle: { source: 'markup', confidence: 'high' } },
    },
    {
      // A comment of that page: its own author link, inside the comment's container.
      fixture: 'reddit/redesign-post',
      url: 'https://www.reddit.com/r/exemple_sub/comments/1k2l3m4/une_question_dexemple_sur_le_redesign/kc0m1m2/',
      expected: {
        platformId: 'reddit',
        platformName: 'Reddit',
        contentType: 'comment',
        contentId: 'kc0m1m2',
        permalink: 'https://www.reddit.com/r/exemple_sub/comments/1k2l3m4/comment/kc0m1m2/',
        authorHandle: 'u/commentateur_rd',
        authorUrl: 'https://www.reddit.com/user/commentateur_rd/',
      },
    },
  ]);

  it('redesign: an author link outside the post container names nobody', () => {
    const url = 'https://www.reddit.com/r/exemple_sub/comments/1k2l3m4/une_question_dexemple_sur_le_redesign/';
    const html = fixture('reddit/redesign-post').replace(
      'id="UserInfoTooltip--t3_1k2l3m4"',
      'id="UserInfoTooltip--t3_1zzzzzz"',
    );
    const data = detectPlatform(url, url, collectFacts(url, html));
    expect(data?.authorHandle).toBeUndefined();
    expect(data?.publishedAt).toBeUndefined();
  });

  it('a comment permalink takes neither the post JSON-LD author nor its date', () => {
    const url = 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/comment/kx9y8z7/';
    const data = detectPlatform(url, url, collectFacts(url, fixture('reddit/post')));
    expect(data).toMatchObject({ contentType: 'comment', contentId: 'kx9y8z7' });
    expect(data?.authorHandle).toBeUndefined();
    expect(data?.publishedAt).toBeUndefined();
  });

  it('resolves a share link through the canonical claim', () => {
    const data = detectOnFixture('reddit/post', 'https://www.reddit.com/r/exemple_sub/s/AbCdEf1234');
    expect(data).toMatchObject({ contentType: 'post', contentId: '1abcde2', authorHandle: 'u/exemple_compte' });
  });

  it.each([
    [
      'https://old.reddit.com/r/exemple_sub/comments/1abcde2/une_question/kx9y8z7/?context=3',
      'comment',
      'kx9y8z7',
      'https://www.reddit.com/r/exemple_sub/comments/1abcde2/comment/kx9y8z7/',
    ],
    [
      'https://www.reddit.com/r/exemple_sub/comments/1abcde2/comment/kx9y8z7/',
      'comment',
      'kx9y8z7',
      'https://www.reddit.com/r/exemple_sub/comments/1abcde2/comment/kx9y8z7/',
    ],
    ['https://redd.it/1abcde2', 'post', '1abcde2', 'https://www.reddit.com/comments/1abcde2/'],
    ['https://www.reddit.com/comments/1abcde2', 'post', '1abcde2', 'https://www.reddit.com/comments/1abcde2/'],
  ])('URL only: %s', (url, contentType, contentId, permalink) => {
    expect(detectUrl(url)).toEqual({ platformId: 'reddit', platformName: 'Reddit', contentType, contentId, permalink });
  });

  it('URL only: users and subreddits', () => {
    expect(detectUrl('https://www.reddit.com/u/exemple_compte/')).toMatchObject({
      contentType: 'profile',
      authorHandle: 'u/exemple_compte',
      authorUrl: 'https://www.reddit.com/user/exemple_compte/',
    });
    expect(detectUrl('https://www.reddit.com/user/exemple_compte/comments/1abcde2/titre/')).toMatchObject({
      contentType: 'post',
      contentId: '1abcde2',
      authorHandle: 'u/exemple_compte',
      permalink: 'https://www.reddit.com/user/exemple_compte/comments/1abcde2/',
    });
    expect(detectUrl('https://www.reddit.com/r/exemple_sub/top/?t=week')).toMatchObject({
      contentType: 'group',
      permalink: 'https://www.reddit.com/r/exemple_sub/',
      authorHandle: 'r/exemple_sub',
    });
    // i.redd.it is a media host: nothing specific.
    expect(detectUrl('https://i.redd.it/exemple123.jpeg')?.contentType).toBeUndefined();
  });
});
