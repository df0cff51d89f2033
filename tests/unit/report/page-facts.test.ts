import { describe, expect, it } from 'vitest';
import { parsePageFacts, metaValue } from '@/utils/report/page-facts';
import { platformDataSchema } from '@/utils/report/platform-data';

const valid = {
  url: 'https://example.org/p',
  title: 'Titre',
  lang: 'fr',
  canonical: 'https://example.org/p',
  meta: [{ key: 'og:title', value: 'OG' }],
  links: [{ rel: 'canonical', href: 'https://example.org/p' }],
  jsonLd: ['{"@type":"Person"}'],
  anchors: [{ href: 'https://example.org/u', text: 'u' }],
  target: null,
  selection: '',
  viewport: {
    width: 1280,
    height: 800,
    devicePixelRatio: 1,
    scrollX: 0,
    scrollY: 0,
    scrollWidth: 1280,
    scrollHeight: 4000,
  },
  time: { iso: '2026-11-22T21:00:00.000Z', timeZone: 'Europe/Paris', offsetMinutes: 60 },
  truncated: false,
};

describe('parsePageFacts', () => {
  it('keeps valid facts', () => {
    const facts = parsePageFacts(valid)!;
    expect(facts.title).toBe('Titre');
    expect(metaValue(facts, 'OG:TITLE')).toBe('OG');
    expect(facts.viewport.scrollHeight).toBe(4000);
  });

  it('returns null for non-objects', () => {
    expect(parsePageFacts(null)).toBeNull();
    expect(parsePageFacts('facts')).toBeNull();
    expect(parsePageFacts(42)).toBeNull();
  });

  it('drops dangerous URLs instead of failing the whole capture', () => {
    const facts = parsePageFacts({
      ...valid,
      url: 'javascript:alert(1)',
      canonical: 'data:text/html,<script>alert(1)</script>',
      anchors: [
        { href: 'javascript:alert(2)', text: 'x' },
        { href: 'https://ok.example/', text: 'ok' },
      ],
      target: { alt: 'a', enclosingHref: 'vbscript:x' },
    })!;
    expect(facts.url).toBeNull();
    expect(facts.canonical).toBeNull();
    // `chrome` (a link of the site's own header) reads `false` when the capture did not say.
    expect(facts.anchors).toEqual([{ href: 'https://ok.example/', text: 'ok', chrome: false }]);
    expect(facts.target).toEqual({ alt: 'a', enclosingHref: null });
  });

  it('bounds every string and list', () => {
    const facts = parsePageFacts({
      ...valid,
      title: 'x'.repeat(100_000),
      selection: 's'.repeat(50_000),
      meta: Array.from({ length: 1000 }, (_, i) => ({ key: `k${i}`, value: 'v'.repeat(10_000) })),
      jsonLd: Array.from({ length: 50 }, () => 'j'.repeat(100_000)),
    })!;
    expect(facts.title!.length).toBe(2000);
    expect(facts.selection.length).toBe(10_000);
    expect(facts.meta).toHaveLength(200);
    expect(facts.meta[0]!.value.length).toBe(2000);
    expect(facts.jsonLd).toHaveLength(10);
    expect(facts.jsonLd[0]!.length).toBe(20_000);
  });

  it('replaces wrongly typed parts with safe defaults and drops unknown keys', () => {
    const facts = parsePageFacts({
      ...valid,
      title: { toString: 'evil' },
      meta: 'not a list',
      anchors: [{ href: 42 }, null, { href: 'https://a.example/', text: 7 }],
      viewport: { width: Infinity, height: 'big', devicePixelRatio: -2 },
      time: { iso: 5, offsetMinutes: 99999 },
      __proto__polluted: true,
      extra: 'ignored',
    })!;
    expect(facts.title).toBeNull();
    expect(facts.meta).toEqual([]);
    expect(facts.anchors).toEqual([]);
    expect(facts.viewport).toMatchObject({ width: 0, height: 0, devicePixelRatio: 1 });
    expect(facts.time.offsetMinutes).toBe(0);
    expect(facts).not.toHaveProperty('extra');
  });
});

/** Every bidi control the schemas must remove. */
const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
const hasBidi = (value: unknown) => BIDI.some((c) => JSON.stringify(value).includes(c) || String(value).includes(c));

describe('bidi controls in page claims', () => {
  it('stores the title "abc\\u202Egnp.exe" without the override', () => {
    const facts = parsePageFacts({ ...valid, title: 'abc\u202Egnp.exe' })!;
    expect(facts.title).toBe('abcgnp.exe');
  });

  it.each(BIDI.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'removes %s from every text field',
    (_name, c) => {
      const facts = parsePageFacts({
        ...valid,
        title: `a${c}b`,
        lang: `f${c}r`,
        meta: [{ key: `og:ti${c}tle`, value: `O${c}G` }],
        links: [{ rel: `can${c}onical`, href: 'https://example.org/p' }],
        jsonLd: [`{"name":"x${c}y"}`],
        anchors: [{ href: 'https://example.org/u', text: `u${c}v` }],
        target: { alt: `al${c}t`, enclosingHref: null },
        selection: `se${c}lected`,
        time: { ...valid.time, timeZone: `Europe/${c}Paris` },
      })!;
      expect(facts.title).toBe('ab');
      expect(metaValue(facts, 'og:title')).toBe('OG');
      expect(facts.jsonLd).toEqual(['{"name":"xy"}']);
      expect(facts.anchors[0]!.text).toBe('uv');
      expect(facts.selection).toBe('selected');
      expect(hasBidi(facts)).toBe(false);

      const platform = platformDataSchema.parse({
        platformId: 'x',
        platformName: `X${c}`,
        contentId: `12${c}3`,
        authorHandle: `@ha${c}ndle`,
        authorName: `Na${c}me`,
      });
      expect(platform.authorName).toBe('Name');
      expect(hasBidi(platform)).toBe(false);
    },
  );

  it('bounds the text after removing the controls', () => {
    const facts = parsePageFacts({ ...valid, lang: '\u202E'.repeat(60) + 'fr' })!;
    expect(facts.lang).toBe('fr');
  });
});
