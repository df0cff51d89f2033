import { describe, expect, it } from 'vitest';
import { jsonLdAbout, readerFor, statedTime } from '@/utils/platforms/extractors/shared-social';
import { vimeo } from '@/utils/platforms/extractors/vimeo';
import type { PageFacts } from '@/utils/report/page-facts';

describe('statedTime', () => {
  it('keeps date-times with an offset (in UTC, whatever the local zone) and plain days', () => {
    expect(statedTime('2026-11-27T18:42:07Z')).toBe('2026-11-27T18:42:07.000Z');
    expect(statedTime(' 2026-10-31T16:20:00-04:00 ')).toBe('2026-10-31T20:20:00.000Z');
    expect(statedTime('2026-11-25T14:03:11.512+01:00')).toBe('2026-11-25T13:03:11.512Z');
    expect(statedTime('2026-02-28')).toBe('2026-02-28');
  });

  it('rejects times without a zone, impossible days, free text, old or overlong values and non-strings', () => {
    for (const value of [
      '2026-11-27T18:42:07',
      '2026-02-30',
      '27/11/2026',
      'hier',
      '1989-12-31',
      '1989-12-31T23:00:00Z',
      `2026-11-27T18:42:07Z${' '.repeat(100)}`,
      1764268927,
      null,
      { toString: () => '2026-11-27' },
    ])
      expect(statedTime(value), String(value)).toBeUndefined();
  });
});

describe('jsonLdAbout', () => {
  const read = readerFor(vimeo, ['vimeo.com']);
  const fields = { contentType: 'video' as const, contentId: '987654321', permalink: 'https://vimeo.com/987654321' };
  const facts = (...objects: unknown[]) => ({ jsonLd: objects.map((o) => JSON.stringify(o)) }) as PageFacts;

  it('takes the objects that name the content, not those naming other content too', () => {
    const mine = { '@type': 'VideoObject', url: 'https://vimeo.com/987654321', n: 1 };
    const embed = { '@type': 'VideoObject', embedUrl: 'https://player.vimeo.com/video/987654321', n: 2 };
    const mixed = {
      '@type': 'VideoObject',
      url: 'https://vimeo.com/987654321',
      '@id': 'https://vimeo.com/1234567',
      n: 3,
    };
    const other = { '@type': 'VideoObject', url: 'https://vimeo.com/1234567', n: 4 };
    expect(jsonLdAbout(facts(mine, embed, mixed, other), ['VideoObject'], fields, read).map((o) => o.n)).toEqual([
      1, 2,
    ]);
  });

  it('takes an object naming no URL only when it is the only one of its kind', () => {
    const anonymous = { '@type': 'VideoObject', n: 1 };
    expect(jsonLdAbout(facts(anonymous), ['VideoObject'], fields, read)).toHaveLength(1);
    expect(jsonLdAbout(facts(anonymous, { ...anonymous, n: 2 }), ['VideoObject'], fields, read)).toEqual([]);
    const other = { '@type': 'VideoObject', url: 'https://vimeo.com/1234567' };
    expect(jsonLdAbout(facts(anonymous, other), ['VideoObject'], fields, read)).toEqual([]);
    expect(jsonLdAbout(facts({ '@type': 'Product' }), ['VideoObject'], fields, read)).toEqual([]);
  });

  it('survives malformed blocks', () => {
    const f = { jsonLd: ['{', '[', 'null', '"x"', JSON.stringify({ '@type': ['VideoObject'], url: 42 })] } as PageFacts;
    expect(jsonLdAbout(f, ['VideoObject'], fields, read)).toHaveLength(1);
  });
});
