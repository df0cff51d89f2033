import { describe, expect, it } from 'vitest';
import { browserLabel, describeTarget, localTimeWithOffset } from '@/utils/capture/target';

const page = 'https://forum.example/t/1';

describe('describeTarget', () => {
  it('reports the page when the menu says nothing more', async () => {
    expect(await describeTarget(undefined, page, false)).toMatchObject({ context: 'page', url: page, pageUrl: page });
  });

  it('prefers the media over the link that wraps it', async () => {
    const t = await describeTarget(
      { srcUrl: 'https://cdn.example/i.jpg', mediaType: 'image', linkUrl: 'https://forum.example/p/2' },
      page,
      false,
    );
    expect(t).toMatchObject({
      context: 'image',
      url: 'https://cdn.example/i.jpg',
      linkUrl: 'https://forum.example/p/2',
    });
  });

  it('reports a link, a selection, a frame', async () => {
    expect(await describeTarget({ linkUrl: 'https://a.example/' }, page, false)).toMatchObject({
      context: 'link',
      url: 'https://a.example/',
    });
    expect(await describeTarget({ selectionText: 'menace' }, page, false)).toMatchObject({
      context: 'selection',
      url: page,
      selectionText: 'menace',
    });
    expect(await describeTarget({ frameUrl: 'https://embed.example/v' }, page, false)).toMatchObject({
      context: 'frame',
      url: 'https://embed.example/v',
    });
  });

  it('keeps no selected text in URL-only mode', async () => {
    expect((await describeTarget({ selectionText: 'texte' }, page, true)).selectionText).toBeUndefined();
  });

  it('ignores a srcUrl without a media type it knows', async () => {
    expect((await describeTarget({ srcUrl: 'https://cdn.example/x', mediaType: 'canvas' }, page, false)).context).toBe(
      'page',
    );
  });
});

describe('browserLabel', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0', 'Firefox 153.0'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      'Chromium 156',
    ],
    ['Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0', 'Edge 156'],
    ['curl/8', 'unknown'],
  ])('%s', (ua, label) => expect(browserLabel(ua)).toBe(label));
});

describe('localTimeWithOffset', () => {
  it('writes the local time with the UTC offset of that instant', () => {
    const date = new Date('2026-11-22T21:04:05Z');
    const value = localTimeWithOffset(date);
    expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    // Whatever the machine's zone, the string denotes the same instant.
    expect(new Date(value).getTime()).toBe(date.getTime());
  });
});
