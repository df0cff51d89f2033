import { describe, expect, it } from 'vitest';
import { DEDUP_KEY_MAX, normalizeUrl, refreshedDedupKey } from '@/utils/report/normalize-url';
import { URL_MAX } from '@/utils/zod';

describe('normalizeUrl', () => {
  it.each([
    ['https://www.example.org/a/', 'https://example.org/a'],
    ['http://EXAMPLE.org:80/a#comment-3', 'https://example.org/a'],
    [
      'https://m.facebook.com/story.php?story_fbid=1&id=2&mibextid=xyz',
      'https://facebook.com/story.php?id=2&story_fbid=1',
    ],
    ['https://x.com/user/status/1?s=20&t=abc', 'https://x.com/user/status/1'],
    ['https://www.youtube.com/watch?v=abc&utm_source=share&si=zz', 'https://youtube.com/watch?v=abc'],
    ['https://example.org/?b=2&a=1', 'https://example.org?a=1&b=2'],
    ['https://example.org:8443/a', 'https://example.org:8443/a'],
    ['https://user:secret@example.org/a', 'https://example.org/a'],
    ['https://web.telegram.org/k/#@chan', 'https://telegram.org/k#@chan'],
    ['https://app.example.org/#/post/1', 'https://app.example.org#/post/1'],
    ['https://forum.example.org/viewtopic.php?t=123&utm_medium=x', 'https://forum.example.org/viewtopic.php?t=123'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  // Different content must never share a key: each pair once looked like one report.
  it.each([
    ['forum topics', 'https://forum.example.org/viewtopic.php?t=123', 'https://forum.example.org/viewtopic.php?t=456'],
    ['site searches', 'https://blog.example.org/?s=insulte', 'https://blog.example.org/?s=menace'],
    ['a feature flag off YouTube', 'https://shop.example.org/p?feature=a', 'https://shop.example.org/p?feature=b'],
    ['Telegram channels', 'https://web.telegram.org/k/#@chan', 'https://web.telegram.org/k/#@other'],
    ['Telegram chat ids', 'https://web.telegram.org/a/#-1001234', 'https://web.telegram.org/a/#-1005678'],
    ['hash-routed posts', 'https://app.example.org/#/post/1', 'https://app.example.org/#/post/2'],
    ['hashbang routes', 'https://old.example.org/#!/user/1', 'https://old.example.org/#!/user/2'],
    ['a routed post and the home page', 'https://app.example.org/#/post/1', 'https://app.example.org/'],
    ['ports', 'https://example.org:8080/a', 'https://example.org:8081/a'],
    ['a port and the default one', 'https://example.org:8443/a', 'https://example.org/a'],
    ['YouTube videos', 'https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/watch?v=abd'],
    ['X posts', 'https://x.com/a/status/1', 'https://x.com/a/status/2'],
    ['pages of a listing', 'https://example.org/list?page=1', 'https://example.org/list?page=2'],
    ['hosts', 'https://example.org/a', 'https://example.net/a'],
    [
      'look-alike platform hosts',
      'https://youtube.com.evil.example/watch?v=a&t=1',
      'https://youtube.com.evil.example/watch?v=a&t=2',
    ],
  ])('keeps %s apart', (_label, a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });

  // The same content reached by different addresses must share a key.
  it.each([
    ['a YouTube start time', 'https://www.youtube.com/watch?v=abc&t=42s', 'https://youtube.com/watch?v=abc'],
    [
      'a YouTube share surface',
      'https://m.youtube.com/watch?v=abc&feature=share&pp=x',
      'https://youtube.com/watch?v=abc',
    ],
    ['an X share', 'https://twitter.com/a/status/1?s=20&t=AbC', 'https://twitter.com/a/status/1'],
    ['utm parameters', 'https://example.org/a?utm_source=x&utm_campaign=y&id=3', 'https://example.org/a?id=3'],
    ['click ids', 'https://example.org/a?fbclid=1&gclid=2&msclkid=3&mc_eid=4', 'https://example.org/a'],
    ['Instagram share ids', 'https://www.instagram.com/p/AbC/?igshid=xyz&igsh=abc', 'https://instagram.com/p/AbC'],
    ['a plain anchor', 'https://example.org/article#comment-3', 'https://example.org/article'],
    ['a text fragment', 'https://example.org/article#:~:text=threat', 'https://example.org/article'],
    ['credentials', 'https://user:pw@example.org/a', 'https://example.org/a'],
    ['the default port', 'https://example.org:443/a', 'https://example.org/a'],
    ['http and https', 'http://example.org/a', 'https://example.org/a'],
    ['www and a trailing slash', 'https://www.example.org/a/', 'https://example.org/a'],
    ['parameter order', 'https://example.org/a?b=2&a=1', 'https://example.org/a?a=1&b=2'],
    ['host case', 'https://EXAMPLE.org/a', 'https://example.org/a'],
    [
      'TikTok share parameters',
      'https://www.tiktok.com/@u/video/1?_r=1&is_from_webapp=1&sender_device=pc',
      'https://tiktok.com/@u/video/1',
    ],
  ])('matches %s', (_label, a, b) => {
    expect(normalizeUrl(a)).toBe(normalizeUrl(b));
  });

  it('sorts parameters the same way in every locale (code-unit order)', () => {
    expect(normalizeUrl('https://example.org/?b=1&B=1&a=1&é=1')).toBe('https://example.org?B=1&a=1&b=1&%C3%A9=1');
  });

  it('leaves non-web URLs alone', () => {
    expect(normalizeUrl('chrome://settings')).toBe('chrome://settings');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});

describe('refreshedDedupKey (database step 7)', () => {
  const record = (target: Record<string, unknown>) => ({ id: 'x', target });
  it('takes a stale key again from the whole stored address, and leaves what it cannot retake', () => {
    expect(DEDUP_KEY_MAX).toBe(URL_MAX);
    expect(refreshedDedupKey(record({ url: 'https://www.example.org/p/?utm_source=a', normalizedUrl: 'old' }))).toBe(
      'https://example.org/p',
    );
    expect(
      refreshedDedupKey(record({ url: 'https://example.org/p', normalizedUrl: 'https://example.org/p' })),
    ).toBeNull();
    const cut = [{ field: 'url', length: 9000, sha256: 'a'.repeat(64) }];
    expect(refreshedDedupKey(record({ url: 'https://example.org/p', normalizedUrl: 'old', cut }))).toBeNull();
    expect(refreshedDedupKey(record({ url: 'data:image/png (1200 bytes)', normalizedUrl: 'old' }))).toBeNull();
    expect(refreshedDedupKey(record({ url: 42, normalizedUrl: 'old' }))).toBeNull();
    expect(refreshedDedupKey(null)).toBeNull();
    expect(refreshedDedupKey({ target: 'nope' })).toBeNull();
  });
});
