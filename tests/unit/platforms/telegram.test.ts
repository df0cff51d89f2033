// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { checkFixtures, detectOnFixture, detectUrl, expectSafe } from './helpers';

describe('Telegram', () => {
  it('reads a t.me post page: channel handle and display name', () => {
    const data = detectOnFixture('telegram/channel-post', 'https://t.me/exemple_canal/1234?single');
    expect(data).toEqual({
      platformId: 'telegram',
      platformName: 'Telegram',
      contentType: 'post',
      contentId: '1234',
      permalink: 'https://t.me/exemple_canal/1234',
      authorHandle: '@exemple_canal',
      authorUrl: 'https://t.me/exemple_canal',
      authorName: 'Canal Exemple',
      publishedAt: '2025-03-03T10:00:00.000Z',
    });
    expectSafe(data);
  });

  it.each([
    ['https://t.me/s/exemple_canal/1234', 'post', '1234', 'https://t.me/exemple_canal/1234', '@exemple_canal'],
    ['https://telegram.me/exemple_canal', 'channel', undefined, 'https://t.me/exemple_canal', '@exemple_canal'],
    [
      'https://web.telegram.org/k/#@exemple_canal',
      'channel',
      undefined,
      'https://t.me/exemple_canal',
      '@exemple_canal',
    ],
    [
      'https://web.telegram.org/#/im?p=@exemple_canal',
      'channel',
      undefined,
      'https://t.me/exemple_canal',
      '@exemple_canal',
    ],
    [
      'https://web.telegram.org/k/?tgaddr=tg%3A%2F%2Fresolve%3Fdomain%3Dexemple_canal%26post%3D1234',
      'post',
      '1234',
      'https://t.me/exemple_canal/1234',
      '@exemple_canal',
    ],
    [
      'https://web.telegram.org/k/#-1001234567890',
      'channel',
      '-1001234567890',
      'https://web.telegram.org/k/#-1001234567890',
      undefined,
    ],
    [
      'https://web.telegram.org/a/#-4123456789',
      'group',
      '-4123456789',
      'https://web.telegram.org/k/#-4123456789',
      undefined,
    ],
    ['https://t.me/c/1234567890/55', 'message', '55', 'https://t.me/c/1234567890/55', undefined],
    ['https://t.me/+AbCdEfGhIjKlMnOp', 'group', undefined, 'https://t.me/+AbCdEfGhIjKlMnOp', undefined],
  ])('URL only: %s', (url, contentType, contentId, permalink, authorHandle) => {
    const data = detectUrl(url);
    expect(data).toMatchObject({ platformId: 'telegram', contentType, permalink });
    expect(data?.contentId).toBe(contentId);
    expect(data?.authorHandle).toBe(authorHandle);
  });

  it('URL only: invalid usernames and reserved paths give no author', () => {
    expect(detectUrl('https://t.me/abc')?.authorHandle).toBeUndefined();
    expect(detectUrl('https://t.me/addstickers/ExemplePack')?.authorHandle).toBeUndefined();
    expect(detectUrl('https://web.telegram.org/k/#@<script>')?.authorHandle).toBeUndefined();
  });

  checkFixtures([
    {
      // The preview lists neighbours: the reported message's own time is taken.
      fixture: 'telegram/channel-preview',
      url: 'https://t.me/s/exemple_canal/1234',
      expected: {
        platformId: 'telegram',
        platformName: 'Telegram',
        contentType: 'post',
        contentId: '1234',
        permalink: 'https://t.me/exemple_canal/1234',
        authorHandle: '@exemple_canal',
        authorUrl: 'https://t.me/exemple_canal',
        authorName: 'Canal Exemple',
        publishedAt: '2026-11-20T21:05:00.000Z',
      },
      provenance: { publishedAt: { source: 'markup', confidence: 'high' } },
    },
    {
      fixture: 'telegram/channel',
      url: 'https://t.me/exemple_canal',
      expected: {
        platformId: 'telegram',
        platformName: 'Telegram',
        contentType: 'channel',
        permalink: 'https://t.me/exemple_canal',
        authorHandle: '@exemple_canal',
        authorUrl: 'https://t.me/exemple_canal',
        authorName: 'Canal Exemple',
      },
    },
  ]);
});
