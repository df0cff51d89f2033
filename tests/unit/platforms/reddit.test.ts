// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectOnFixture, detectUrl, expectSafe } from './helpers';

describe('Reddit', () => {
  it('reads a post page: author from the JSON-LD posting, not from commenters', () => {
    const data = detectOnFixture(
      'reddit',
      'https://www.reddit.com/r/exemple_sub/comments/1abcde2/une_question_dexemple_sur_les_tests/?utm_source=share&utm_medium=web3x',
    );
    expect(data).toEqual({
      platformId: 'reddit',
      platformName: 'Reddit',
      publishedAt: '2025-03-03T10:00:00.000+00:00',
      contentType: 'post',
      contentId: '1abcde2',
      permalink: 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/',
      authorHandle: 'u/exemple_compte',
      authorUrl: 'https://www.reddit.com/user/exemple_compte/',
      authorName: 'exemple_compte',
    });
    expectSafe(data);
  });

  it('resolves a share link through the canonical claim', () => {
    const data = detectOnFixture('reddit', 'https://www.reddit.com/r/exemple_sub/s/AbCdEf1234');
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
