import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildIndex, matchUrl, urlHash, type MatchableList } from '@/utils/watch/match';
import { normalizeUrl } from '@/utils/report/normalize-url';

const list = (over: Partial<MatchableList> & { id: string }): MatchableList => ({
  name: `List ${over.id}`,
  note: `Note ${over.id}`,
  domains: [],
  accounts: [],
  sha256: [],
  ...over,
});
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const kinds = async (url: string, index: ReturnType<typeof buildIndex>) =>
  (await matchUrl(url, index)).map((m) => `${m.listId}:${m.kind}:${m.item}`);

describe('matching a URL against watchlists', () => {
  const index = buildIndex([
    list({ id: 'a', domains: ['example.org', 'xn--bcher-kva.example'] }),
    list({ id: 'b', accounts: ['x:someone', 'reddit:u/troll', 'tiktok:dancer'] }),
    list({ id: 'c', sha256: [sha('https://news.test/article/42?id=7')] }),
    list({ id: 'd', domains: ['sub.example.org', '127.0.0.1'] }),
  ]);

  it('matches a domain and its subdomains, never a look-alike', async () => {
    expect(await kinds('https://example.org/', index)).toEqual(['a:domain:example.org']);
    expect(await kinds('http://WWW.Example.org./x', index)).toEqual(['a:domain:example.org']);
    expect(await kinds('https://deep.sub.example.org/p', index)).toEqual([
      'd:domain:sub.example.org',
      'a:domain:example.org',
    ]);
    for (const other of [
      'https://example.org.evil.test/',
      'https://notexample.org/',
      'https://example.organic/',
      'https://evil.test/example.org',
      'https://evil.test/?u=https://example.org/',
      'https://example.org@evil.test/',
    ])
      expect(await kinds(other, index), other).toEqual([]);
  });

  it('matches internationalized domains in either spelling', async () => {
    expect(await kinds('https://bücher.example/', index)).toEqual(['a:domain:xn--bcher-kva.example']);
  });

  it('matches an address only exactly, not by its last numbers', async () => {
    expect(await kinds('http://127.0.0.1:4000/page', index)).toEqual(['d:domain:127.0.0.1']);
    expect(await kinds('http://10.127.0.0.1/', index)).toEqual([]);
    expect(await kinds('http://128.0.0.1/', index)).toEqual([]);
  });

  it('matches an account read from the URL alone, whatever the case or @', async () => {
    expect(await kinds('https://x.com/SomeOne/status/123', index)).toEqual(['b:account:x:someone']);
    expect(await kinds('https://twitter.com/someone', index)).toEqual(['b:account:x:someone']);
    expect(await kinds('https://www.tiktok.com/@Dancer/video/7300000000000000000', index)).toEqual([
      'b:account:tiktok:dancer',
    ]);
    expect(await kinds('https://www.reddit.com/user/troll/', index)).toEqual(['b:account:reddit:u/troll']);
    // Same handle, other platform; the subreddit of the same name; another account.
    expect(await kinds('https://www.instagram.com/someone/', index)).toEqual([]);
    expect(await kinds('https://www.reddit.com/r/troll/', index)).toEqual([]);
    expect(await kinds('https://x.com/someone2', index)).toEqual([]);
  });

  it('matches the hash of the normalized URL, so tracking and host noise do not hide it', async () => {
    expect(await kinds('https://news.test/article/42?id=7', index)).toEqual([
      `c:sha256:${sha('https://news.test/article/42?id=7')}`,
    ]);
    expect(await kinds('http://www.news.test/article/42/?utm_source=x&id=7#comments', index)).toHaveLength(1);
    expect(await kinds('https://news.test/article/42?id=8', index)).toEqual([]);
  });

  it('hashes exactly SHA-256 of the UTF-8 of normalizeUrl, in lower-case hex', async () => {
    const url = 'HTTP://M.Exemple.fr/été/?b=2&a=1&fbclid=z#top';
    expect(normalizeUrl(url)).toBe('https://exemple.fr/%C3%A9t%C3%A9?a=1&b=2');
    expect(await urlHash(url)).toBe(sha('https://exemple.fr/%C3%A9t%C3%A9?a=1&b=2'));
  });

  it('the README example of a normalized address holds', async () => {
    const url = 'http://www.Example.org/a/?utm_source=x&b=2&a=1#top';
    expect(normalizeUrl(url)).toBe('https://example.org/a?a=1&b=2');
    expect(await urlHash(url)).toBe(sha('https://example.org/a?a=1&b=2'));
  });

  it('gives one match per list and kind, with the list name and note', async () => {
    const both = buildIndex([list({ id: 'e', domains: ['example.org', 'www.example.org'], accounts: [] })]);
    expect(await matchUrl('https://www.example.org/', both)).toEqual([
      { listId: 'e', listName: 'List e', note: 'Note e', kind: 'domain', item: 'www.example.org' },
    ]);
  });

  it('takes the lists themselves as well as their index', async () => {
    const lists = [list({ id: 'f', domains: ['example.org'] })];
    expect(await matchUrl('https://a.example.org/', lists)).toEqual(
      await matchUrl('https://a.example.org/', buildIndex(lists)),
    );
    expect(await matchUrl('https://a.example.org/', lists)).toHaveLength(1);
  });

  it('ignores non-web addresses and empty indexes', async () => {
    expect(await kinds('about:blank', index)).toEqual([]);
    expect(await kinds('chrome://extensions', index)).toEqual([]);
    expect(await kinds('not a url', index)).toEqual([]);
    expect(await matchUrl('https://example.org/', buildIndex([]))).toEqual([]);
  });

  it('stays fast with 50,000 items of each kind', async () => {
    const many = list({
      id: 'big',
      domains: Array.from({ length: 50_000 }, (_, i) => `d${i}.example.net`),
      accounts: Array.from({ length: 50_000 }, (_, i) => `x:user${i}`),
      sha256: Array.from({ length: 50_000 }, (_, i) => sha(`https://h.test/${i}`)),
    });
    const started = performance.now();
    const big = buildIndex([many]);
    const built = performance.now() - started;
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) await matchUrl(`https://a.b.d${i}.example.net/p/${i}`, big);
    const perLookup = (performance.now() - t0) / 200;
    expect(await kinds('https://h.test/49999', big)).toEqual([`big:sha256:${sha('https://h.test/49999')}`]);
    expect(await kinds('https://x.com/user777', big)).toEqual(['big:account:x:user777']);
    expect(built).toBeLessThan(2000);
    expect(perLookup).toBeLessThan(20);
  });
});
