import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '@/utils/report/normalize-url';

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
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('keeps parameters that identify content', () => {
    expect(normalizeUrl('https://youtube.com/watch?v=abc')).not.toBe(normalizeUrl('https://youtube.com/watch?v=abd'));
  });

  it('leaves non-web URLs alone', () => {
    expect(normalizeUrl('chrome://settings')).toBe('chrome://settings');
    expect(normalizeUrl('not a url')).toBe('not a url');
  });
});
