// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectUrl, expectSafe, fixture, values } from './helpers';
import { hostMatches } from '@/utils/platforms/extractors/common';
import { detectPlatform, platformForUrl, platforms } from '@/utils/platforms/registry';
import { contentTypes } from '@/utils/report/platform-data';

describe('platform registry', () => {
  it('has unique ids and names, lower-case domains, none served by two platforms', () => {
    expect(platforms.map((p) => p.id)).toEqual([
      'youtube',
      'x',
      'tiktok',
      'instagram',
      'facebook',
      'twitch',
      'kick',
      'telegram',
      'reddit',
      'discord',
      'vinted',
      'leboncoin',
      'amazon',
      'snapchat',
      'linkedin',
      'pinterest',
      'aliexpress',
      'temu',
      'shein',
      'threads',
      'mastodon',
      'bluesky',
      'dailymotion',
      'vimeo',
      'wish',
    ]);
    expect(new Set(platforms.map((p) => p.id)).size).toBe(platforms.length);
    expect(new Set(platforms.map((p) => p.name)).size).toBe(platforms.length);
    const owned = platforms.flatMap((p) => p.domains.map((domain) => ({ id: p.id, domain })));
    for (const a of owned) {
      expect(a.domain).toBe(a.domain.toLowerCase());
      expect(a.domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      for (const b of owned) {
        if (a.id !== b.id) expect(hostMatches(a.domain, b.domain), `${a.domain} / ${b.domain}`).toBe(false);
      }
    }
  });

  it('every platform is found by its domains or, without domains, by its page markup (`detect`)', () => {
    for (const p of platforms) expect(p.domains.length > 0 || typeof p.detect === 'function', p.id).toBe(true);
    expect(platforms.filter((p) => p.detect).map((p) => p.id)).toEqual(['mastodon']);
  });

  it.each([
    ['https://www.youtube.com/', 'youtube'],
    ['https://WWW.YOUTUBE.COM./watch', 'youtube'],
    ['https://music.youtube.com/', 'youtube'],
    ['https://mobile.twitter.com/', 'x'],
    ['https://m.facebook.com/', 'facebook'],
    ['https://www.amazon.co.jp/', 'amazon'],
    ['https://www.vinted.lt/', 'vinted'],
    ['https://web.telegram.org/k/', 'telegram'],
    ['https://story.snapchat.com/s/exemple_compte', 'snapchat'],
    ['https://fr.linkedin.com/in/exemple', 'linkedin'],
    ['https://lnkd.in/eAbCdEf', 'linkedin'],
    ['https://fr.pinterest.com/', 'pinterest'],
    ['https://www.pinterest.com.au/', 'pinterest'],
    ['https://pin.it/AbCdEf123', 'pinterest'],
    ['https://fr.aliexpress.com/', 'aliexpress'],
    ['https://www.temu.com/fr/', 'temu'],
    ['https://fr.shein.com/', 'shein'],
  ])('matches %s by domain or subdomain', (url, id) => {
    expect(platformForUrl(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://youtube.com.evil.test/watch?v=Xy7_kLm9QpA',
    'https://evilyoutube.com/watch?v=Xy7_kLm9QpA',
    'https://youtube.co/watch?v=Xy7_kLm9QpA',
    'https://x.com.evil.test/exemple_compte/status/1',
    'https://notx.com/exemple_compte',
    'https://tiktok.com-video.test/@exemple_compte',
    'https://fakefacebook.com/exemple.compte',
    'https://amazon.fr.evil.test/dp/B0EXAMPLE1',
    'https://myamazon.fr/dp/B0EXAMPLE1',
    'https://evilt.me/exemple_canal',
    'https://example.org/?u=https://www.youtube.com/watch?v=Xy7_kLm9QpA',
    'https://www.youtube.com@evil.test/watch?v=Xy7_kLm9QpA',
    'https://snapchat.com.evil.test/add/exemple_compte',
    'https://notlinkedin.com/in/exemple',
    'https://pinterest.fr.evil.test/pin/123456789012345678/',
    'https://aliexpress.com-item.test/item/1005001234567890.html',
    'https://temu.co/robe-g-601099512345678.html',
    'https://myshein.com/Robe-p-12345678.html',
  ])('rejects the look-alike %s', (url) => {
    expect(detectUrl(url)).toBeNull();
  });

  it('rejects non-web URLs and credentials', () => {
    expect(detectUrl('javascript:alert(1)//youtube.com')).toBeNull();
    expect(detectUrl('not a url')).toBeNull();
    expect(detectUrl('https://user:pass@www.youtube.com/watch?v=Xy7_kLm9QpA')).toBeNull();
  });

  it('only ever returns content types from the contract', () => {
    for (const url of [
      'https://x.com/a_b/status/1',
      'https://www.reddit.com/r/exemple_sub/',
      'https://t.me/c/1234567890/55',
      'https://www.linkedin.com/posts/exemple_titre-activity-7212345678901234567-AbCd',
      'https://www.pinterest.fr/pin/123456789012345678/',
      'https://fr.shein.com/Robe-p-12345678.html',
    ]) {
      expect(contentTypes).toContain(detectUrl(url)?.contentType);
    }
  });

  it('a link to another platform is reported as that platform, without the page claims', () => {
    const page = 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/une_question_dexemple_sur_les_tests/';
    const facts = collectFacts(page, fixture('reddit/post'));
    expect(values(detectPlatform('https://youtu.be/Xy7_kLm9QpA', page, facts))).toEqual({
      platformId: 'youtube',
      platformName: 'YouTube',
      contentType: 'video',
      contentId: 'Xy7_kLm9QpA',
      permalink: 'https://www.youtube.com/watch?v=Xy7_kLm9QpA',
    });
    // An off-platform link falls back to the page.
    expect(detectPlatform('https://exemple.org/article', page, facts)).toMatchObject({
      platformId: 'reddit',
      contentId: '1abcde2',
      authorHandle: 'u/exemple_compte',
    });
  });

  it("a media report on the platform's own media host falls back to the page", () => {
    const page = 'https://www.reddit.com/r/exemple_sub/comments/1abcde2/une_question_dexemple_sur_les_tests/';
    const facts = collectFacts(page, fixture('reddit/post'));
    expect(detectPlatform('https://i.redd.it/exemple123.jpeg', page, facts)).toMatchObject({
      platformId: 'reddit',
      contentType: 'post',
      contentId: '1abcde2',
    });
  });

  it('a media report with a blob: URL still uses the enclosing link', () => {
    const page = 'https://x.com/home';
    const facts = collectFacts(page, fixture('x/post'), 'https://pbs.twimg.com/media/EXEMPLE000?format=jpg&name=small');
    expect(facts.target?.enclosingHref).toBe('https://x.com/exemple_compte/status/1790000000000000001/photo/1');
    expect(detectPlatform('blob:https://x.com/0b1c2d3e', page, facts)).toMatchObject({
      platformId: 'x',
      contentId: '1790000000000000001',
      authorHandle: '@exemple_compte',
    });
  });

  it('ignores claims collected on another page than the one reported (facts.url mismatch)', () => {
    const facts = collectFacts('https://x.com/exemple_compte/status/1790000000000000001', fixture('x/post'));
    const data = detectPlatform(
      'https://x.com/i/web/status/1790000000000000001',
      'https://x.com/i/web/status/1790000000000000001',
      facts,
    );
    expect(data?.contentId).toBe('1790000000000000001');
    expect(data?.authorHandle).toBeUndefined();
  });

  it('returns null when neither the reported URL nor the page is a known platform', () => {
    expect(detectPlatform('https://exemple.org/a', 'https://exemple.org/', null)).toBeNull();
  });
});

describe('hostile page', () => {
  const html = fixture('hostile');

  it('is bounded and stripped of dangerous URLs once collected, but its text is still hostile', () => {
    const facts = collectFacts('https://x.com/i/web/status/1790000000000000002', html);
    expect(facts.canonical).toBeNull();
    expect(facts.links.length).toBeGreaterThan(0);
    expect(facts.links.every((l) => /^https?:/.test(l.href))).toBe(true);
    expect(facts.meta.find((m) => m.key === 'og:title')?.value.length).toBe(2000);
    expect(facts.jsonLd.some((j) => j.includes('<script>'))).toBe(true);
  });

  it('X: keeps what the URL proves and takes nothing from the hostile claims', () => {
    const url = 'https://x.com/i/web/status/1790000000000000002';
    const data = values(detectPlatform(url, url, collectFacts(url, html)));
    expect(data).toEqual({
      platformId: 'x',
      platformName: 'X (Twitter)',
      contentType: 'post',
      contentId: '1790000000000000002',
      permalink: url,
      publishedAt: '2024-05-13T12:43:51.248Z',
    });
    expectSafe(data);
  });

  it('Amazon: no seller from invalid, off-domain or look-alike links', () => {
    const url = 'https://www.amazon.fr/dp/B0HOSTILE1';
    const data = values(detectPlatform(url, url, collectFacts(url, html)));
    expect(data).toEqual({
      platformId: 'amazon',
      platformName: 'Amazon',
      contentType: 'product',
      contentId: 'B0HOSTILE1',
      permalink: url,
    });
    expectSafe(data);
  });

  it('Telegram: markup in a name is dropped, an overlong name is cut', () => {
    const url = 'https://t.me/exemple_canal/99';
    const data = values(detectPlatform(url, url, collectFacts(url, html)));
    expect(data).toMatchObject({ contentType: 'post', contentId: '99', authorHandle: '@exemple_canal' });
    expect(data?.authorName).toMatch(/^Nom A+$/);
    expect(data?.authorName?.length).toBe(100);
    expectSafe(data);
  });

  it('hand-made hostile facts: javascript: link rels, bidi overrides, absurd JSON-LD', () => {
    const url = 'https://www.tiktok.com/@exemple_compte/video/7350000000000000001';
    const facts = collectFacts(url, fixture('tiktok/video'));
    const creator = {
      '@type': 'Person',
      name: '\u202Eelpmexe\u202C Nom\u0000 ',
      url: 'https://www.tiktok.com/@exemple_compte',
    };
    const data = detectPlatform(url, url, {
      ...facts,
      links: [{ rel: 'author', href: 'javascript:alert(1)' }, ...facts.links],
      jsonLd: ['[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]', JSON.stringify({ '@type': 'VideoObject', creator })],
    });
    expect(data?.authorName).toBe('elpmexe Nom');
    expectSafe(data);
  });
});
