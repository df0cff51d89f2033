// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXTRACT_BUDGET_MS, detectPlatform, extractPlatform, platforms } from '@/utils/platforms/registry';
import { pageFactsSchema, type PageFacts } from '@/utils/report/page-facts';

afterEach(() => {
  vi.restoreAllMocks();
});

const empty = (): PageFacts => pageFactsSchema.parse({});

/** One content URL per platform: what the address alone proves must survive any page. */
const URLS: Record<string, string> = {
  youtube: 'https://www.youtube.com/watch?v=Xy7_kLm9QpA',
  x: 'https://x.com/exemple_compte/status/1790000000000000001',
  tiktok: 'https://www.tiktok.com/@exemple_compte/video/7350000000000000001',
  instagram: 'https://www.instagram.com/p/C1a2B3c4D5e/',
  facebook: 'https://www.facebook.com/exemple.page/posts/1234567890123456',
  twitch: 'https://www.twitch.tv/exemple_compte',
  kick: 'https://kick.com/exemple-compte',
  telegram: 'https://t.me/exemple_canal/99',
  reddit: 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/un_titre/',
  discord: 'https://discord.com/channels/123456789012345678/123456789012345679/123456789012345680',
  vinted: 'https://www.vinted.fr/items/1234567890-robe-exemple',
  leboncoin: 'https://www.leboncoin.fr/ad/vetements/2800000001',
  amazon: 'https://www.amazon.fr/dp/B0EXEMPLE1',
};

/** Facts whose every part is broken in its own way, as hand-made facts can be (they skip validation). */
function brokenFacts(url: string, kind: 'garbage' | 'huge' | 'throwing'): PageFacts {
  const base = { ...empty(), url };
  if (kind === 'garbage') {
    return {
      ...base,
      jsonLd: ['{"@type":"VideoObject","author":', '[[[[[[[[', 'null', '{"@graph":"x"}'],
      embedded: [{ id: '', type: 'application/json', text: '{"owner":{"username":', partial: true }],
      elements: [{ tag: 'shreddit-post', attrs: [{ name: 'author', value: '../../etc' }], text: '', within: [] }],
      times: [{ datetime: 'hier', text: '', href: null }],
      meta: [
        { key: 'og:url', value: 'javascript:alert(1)' },
        { key: 'og:title', value: '((((((((((((((((((((((((((((((' },
      ],
    };
  }
  if (kind === 'huge') {
    const big = 'a'.repeat(2_000_000);
    return {
      ...base,
      title: `${'('.repeat(100_000)}@`,
      meta: [
        { key: 'og:title', value: big },
        { key: 'og:description', value: `${'1 '.repeat(500_000)} likes` },
      ],
      embedded: [{ id: 'x', type: 'application/json', text: `"owner":{"username":"${big}`, partial: true }],
      jsonLd: [JSON.stringify({ '@type': 'SocialMediaPosting', author: { name: big } })],
      anchors: Array.from({ length: 5000 }, (_, i) => ({ href: `${url}?${i}`, text: big.slice(0, 300) })),
    };
  }
  return Object.defineProperties(base, {
    meta: {
      get() {
        throw new Error('page getter');
      },
    },
    embedded: {
      get() {
        throw new Error('page getter');
      },
    },
  });
}

describe('a broken page never breaks a report', () => {
  it('covers every platform of the registry', () => {
    expect(Object.keys(URLS).sort()).toEqual(
      platforms
        .map((p) => p.id)
        .filter((id) => Object.hasOwn(URLS, id))
        .sort(),
    );
    expect(Object.keys(URLS)).toHaveLength(13);
  });

  for (const [id, url] of Object.entries(URLS)) {
    it(`${id}: garbage, huge or throwing facts keep what the URL says`, () => {
      const byUrl = detectPlatform(url, url, null)!;
      expect(byUrl.platformId).toBe(id);
      for (const kind of ['garbage', 'huge', 'throwing'] as const) {
        const { data, failures } = extractPlatform(url, url, brokenFacts(url, kind));
        expect(data?.platformId, kind).toBe(id);
        // The URL's own fields are intact.
        for (const key of ['contentType', 'contentId', 'permalink'] as const) {
          expect(data?.[key], `${kind} ${key}`).toBe(byUrl[key]);
        }
        if (kind === 'throwing') expect(failures).toEqual([{ platformId: id, reason: 'threw' }]);
        else
          expect(
            failures.filter((f) => f.reason === 'threw'),
            kind,
          ).toEqual([]);
      }
    });
  }

  it('an extractor that throws is recorded and falls back to the URL alone', () => {
    const x = platforms.find((p) => p.id === 'x')!;
    const real = x.extract;
    vi.spyOn(x, 'extract').mockImplementation((input) => {
      if (input.facts) throw new Error('boom');
      return real(input);
    });
    const url = URLS.x!;
    const { data, failures } = extractPlatform(url, url, { ...empty(), url });
    expect(failures).toEqual([{ platformId: 'x', reason: 'threw' }]);
    expect(data).toMatchObject({ platformId: 'x', contentId: '1790000000000000001', authorHandle: '@exemple_compte' });
  });

  it('a result over the time budget twice is refused; when even the URL reading is slow, only the platform is kept', () => {
    const url = URLS.reddit!;
    // Each extraction looks slow: the clock jumps by more than the budget between two readings.
    let t = 0;
    const slowClock = () => (t += EXTRACT_BUDGET_MS + 1);
    const slow = extractPlatform(url, url, { ...empty(), url }, slowClock);
    expect(slow.failures).toEqual([{ platformId: 'reddit', reason: 'slow' }]);
    expect(slow.data).toEqual({ platformId: 'reddit', platformName: 'Reddit' });

    // Only the page reading is slow (twice): the URL's fields stay.
    let calls = 0;
    const pageSlow = () => (++calls === 2 || calls === 4 ? EXTRACT_BUDGET_MS * 10 : 0);
    const partly = extractPlatform(url, url, { ...empty(), url }, pageSlow);
    expect(partly.failures).toEqual([{ platformId: 'reddit', reason: 'slow' }]);
    expect(partly.data).toMatchObject({ platformId: 'reddit', contentId: '1abcde2' });

    // One slow run (a pause of the machine) is given a second chance.
    let ticks = 0;
    const hiccup = () => (++ticks === 2 ? EXTRACT_BUDGET_MS * 10 : 0);
    const once = extractPlatform(url, url, { ...empty(), url }, hiccup);
    expect(once.failures).toEqual([]);
    expect(once.data).toMatchObject({ contentId: '1abcde2' });

    const fast = extractPlatform(url, url, { ...empty(), url }, () => 0);
    expect(fast.failures).toEqual([]);
  });
});
