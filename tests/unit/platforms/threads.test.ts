// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectFacts, detectOnFixture, detectUrl, expectSafe, fixture, values } from './helpers';
import { detectPlatform as detectFull } from '@/utils/platforms/registry';

/** Platform data without its provenance (checked in the core platforms' tests). */
const detectPlatform = (...args: Parameters<typeof detectFull>) => values(detectFull(...args));

const POST = 'DAbCdEfGhIj';
const BASE = { platformId: 'threads', platformName: 'Threads' };

describe('Threads', () => {
  it('reads a logged-out post page: author from the URL and JSON-LD, publication time of the post (not of a reply)', () => {
    const data = detectOnFixture('threads/post', `https://www.threads.com/@exemple.compte/post/${POST}?xmt=AQGz`);
    expect(data).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: POST,
      permalink: `https://www.threads.com/@exemple.compte/post/${POST}`,
      authorHandle: '@exemple.compte',
      authorUrl: 'https://www.threads.com/@exemple.compte',
      authorName: 'Nom Exemple',
      publishedAt: '2026-11-20T08:30:00.000Z',
    });
    expectSafe(data);
  });

  it('threads.net and the /t/ short form: the canonical claim about the same post fills the author', () => {
    const data = detectOnFixture('threads/post', `https://www.threads.net/t/${POST}`);
    expect(data).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: POST,
      permalink: `https://www.threads.com/t/${POST}`,
      authorHandle: '@exemple.compte',
      authorUrl: 'https://www.threads.com/@exemple.compte',
      authorName: 'Nom Exemple',
      publishedAt: '2026-11-20T08:30:00.000Z',
    });
  });

  it('reads a French profile page: name from the title, no publication time', () => {
    expect(detectOnFixture('threads/profile-fr', 'https://www.threads.com/@exemple.compte?hl=fr')).toEqual({
      ...BASE,
      contentType: 'profile',
      permalink: 'https://www.threads.com/@exemple.compte',
      authorHandle: '@exemple.compte',
      authorUrl: 'https://www.threads.com/@exemple.compte',
      authorName: 'Nom Exemple',
    });
  });

  it('reads an embed page: the author from the URL, no name from the text of a link alone, no time is guessed', () => {
    // The page states the name only as the text of a link to the author: a link's text is no name.
    expect(detectOnFixture('threads/embed', `https://www.threads.com/@exemple.compte/post/${POST}/embed`)).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: POST,
      permalink: `https://www.threads.com/@exemple.compte/post/${POST}`,
      authorHandle: '@exemple.compte',
      authorUrl: 'https://www.threads.com/@exemple.compte',
    });
  });

  it('logged-in navigation: claims left over from another post are ignored', () => {
    const url = 'https://www.threads.com/@autre_compte/post/DXyZaBcDeFg';
    const facts = collectFacts(url, fixture('threads/post'));
    expect(detectPlatform(url, url, facts)).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: 'DXyZaBcDeFg',
      permalink: url,
      authorHandle: '@autre_compte',
      authorUrl: 'https://www.threads.com/@autre_compte',
    });
  });

  it('URL only: posts and profiles on both domains; sections and bad values give no details', () => {
    expect(detectUrl(`https://threads.net/@exemple_2/post/${POST}/media?igshid=x`)).toEqual({
      ...BASE,
      contentType: 'post',
      contentId: POST,
      permalink: `https://www.threads.com/@exemple_2/post/${POST}`,
      authorHandle: '@exemple_2',
      authorUrl: 'https://www.threads.com/@exemple_2',
    });
    expect(detectUrl('https://www.threads.com/@exemple_2')).toMatchObject({ contentType: 'profile' });
    for (const url of [
      'https://www.threads.com/search?q=x',
      'https://www.threads.com/exemple_2',
      `https://www.threads.com/@${'a'.repeat(31)}`,
      'https://www.threads.com/@exemple_2/post/abc',
      'https://www.threads.com/@exe%E2%80%AEmple/post/DAbCdEfGhIj',
    ])
      expect(detectUrl(url), url).toEqual({ ...BASE, permalink: url.split('?')[0] });
  });

  it('rejects look-alike hosts', () => {
    expect(detectUrl(`https://threads.net.evil.test/@exemple/post/${POST}`)).toBeNull();
    expect(detectUrl(`https://evilthreads.com/@exemple/post/${POST}`)).toBeNull();
  });

  it('hostile page: javascript: URLs, bidi names, overlong and garbage JSON-LD, JSON-LD about another post', () => {
    const url = `https://www.threads.com/@exemple.compte/post/${POST}`;
    const facts = collectFacts(url, fixture('threads/post'));
    const data = detectPlatform(url, url, {
      ...facts,
      meta: facts.meta.filter((m) => m.key !== 'og:title'),
      links: [{ rel: 'author', href: 'javascript:alert(1)' }],
      jsonLd: [
        '{"@type":"SocialMediaPosting",',
        JSON.stringify({
          '@type': 'SocialMediaPosting',
          url: 'https://www.threads.com/@autre_compte/post/DXyZaBcDeFg',
          datePublished: '2020-01-01T00:00:00Z',
          author: { name: 'Pas Lui', url: 'https://www.threads.com/@exemple.compte' },
        }),
        JSON.stringify({ '@type': 'Person', name: `\u202E${'N'.repeat(5000)}`, url: 'javascript:alert(1)' }),
      ],
    });
    expect(data).toMatchObject({ contentId: POST, authorHandle: '@exemple.compte' });
    expect(data?.publishedAt).toBeUndefined();
    expectSafe(data);
  });
});
