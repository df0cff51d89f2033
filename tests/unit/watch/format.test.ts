import { describe, expect, it } from 'vitest';
import {
  FILE_MAX_BYTES,
  ITEMS_MAX,
  parseWatchlist,
  WatchImportError,
  type ImportErrorCode,
} from '@/utils/watch/format';

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (over: Record<string, unknown> = {}) =>
  bytes(JSON.stringify({ format: 'vigie-watchlist', version: 1, name: 'Asso', note: 'Harcèlement', ...over }));
const HASH = 'a'.repeat(64);

function refused(file: Uint8Array): { code: ImportErrorCode; detail: string } {
  try {
    parseWatchlist(file);
  } catch (e) {
    if (e instanceof WatchImportError) return { code: e.code, detail: e.detail };
    throw e;
  }
  throw new Error('accepted');
}

describe('watchlist files: JSON', () => {
  it('reads name, note and the three kinds of item, normalized and without duplicates', () => {
    const list = parseWatchlist(
      json({
        domains: ['Example.ORG', 'example.org.', '*.bad.test', 'bücher.example'],
        accounts: ['x:@Someone', 'X:someone', 'reddit:u/Troll', 'tiktok:@a.b'],
        sha256: [HASH.toUpperCase(), HASH],
      }),
    );
    expect(list).toEqual({
      name: 'Asso',
      note: 'Harcèlement',
      domains: ['example.org', 'bad.test', 'xn--bcher-kva.example'],
      accounts: ['x:someone', 'reddit:u/troll', 'tiktok:a.b'],
      sha256: [HASH],
    });
  });

  it('accepts a byte order mark and a missing note', () => {
    const list = parseWatchlist(
      bytes('\uFEFF' + JSON.stringify({ format: 'vigie-watchlist', version: 1, name: ' N ', domains: ['a.fr'] })),
    );
    expect(list).toMatchObject({ name: 'N', note: '', domains: ['a.fr'] });
  });

  it.each([
    ['another format', json({ format: 'other' }), 'unknown-format'],
    ['a later version', json({ version: 2, domains: ['a.fr'] }), 'unsupported-version'],
    ['broken JSON', bytes('{"format": "vigie-watchlist",'), 'invalid'],
    ['a name of spaces', json({ name: '   ', domains: ['a.fr'] }), 'name-missing'],
    ['a name too long', json({ name: 'n'.repeat(121), domains: ['a.fr'] }), 'invalid'],
    ['a note too long', json({ note: 'n'.repeat(1001), domains: ['a.fr'] }), 'invalid'],
    ['items that are not strings', json({ domains: [1] }), 'invalid'],
    ['no item', json({}), 'no-items'],
    ['a single-label domain', json({ domains: ['localhost'] }), 'bad-item'],
    ['a URL instead of a domain', json({ domains: ['https://example.org/x'] }), 'bad-item'],
    ['a domain with a port', json({ domains: ['example.org:8080'] }), 'bad-item'],
    ['an unknown platform', json({ accounts: ['myspace:@tom'] }), 'bad-item'],
    ['an account without handle', json({ accounts: ['x:@'] }), 'bad-item'],
    ['a short hash', json({ sha256: ['abc'] }), 'bad-item'],
    ['a hash that is not hex', json({ sha256: ['g'.repeat(64)] }), 'bad-item'],
    ['an item far too long', json({ domains: ['a'.repeat(400) + '.fr'] }), 'invalid'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not-utf8'],
    ['an empty file', bytes('  \n'), 'empty'],
    ['a text file', bytes('example.org\n'), 'unknown-format'],
  ] as const)('refuses %s with a reason', (_what, file, code) => {
    expect(refused(file).code).toBe(code);
  });

  it('names the item it refuses', () => {
    expect(refused(json({ domains: ['a.fr', 'not a domain'] })).detail).toBe('domains[1]: domain "not a domain"');
  });

  it('refuses more than 50,000 items, counted across kinds', () => {
    const domains = Array.from({ length: 30_000 }, (_, i) => `d${i}.fr`);
    const accounts = Array.from({ length: 20_001 }, (_, i) => `x:u${i}`);
    expect(refused(json({ domains, accounts })).code).toBe('too-many-items');
    expect(refused(json({ domains: Array.from({ length: ITEMS_MAX + 1 }, (_, i) => `d${i}.fr`) })).code).toBe(
      'too-many-items',
    );
    expect(parseWatchlist(json({ domains, accounts: accounts.slice(1) })).domains).toHaveLength(30_000);
  });

  it('refuses a file over 2 MB before reading it', () => {
    const big = new Uint8Array(FILE_MAX_BYTES + 1).fill(0x20);
    expect(refused(big)).toEqual({ code: 'too-large', detail: String(FILE_MAX_BYTES + 1) });
  });
});

describe('watchlist files: CSV', () => {
  const csv = (...lines: string[]) => bytes(lines.join('\r\n'));

  it('reads the header comments, then kind,value lines', () => {
    const list = parseWatchlist(
      csv(
        '# vigie-watchlist 1',
        '# name: Veille « asso »',
        '# note: Comptes signalés',
        '# note: deuxième ligne',
        'kind,value',
        'domain,Example.org',
        '',
        '# a comment',
        'account,"x:@someone"',
        `sha256,${HASH}`,
      ),
    );
    expect(list).toEqual({
      name: 'Veille « asso »',
      note: 'Comptes signalés\ndeuxième ligne',
      domains: ['example.org'],
      accounts: ['x:someone'],
      sha256: [HASH],
    });
  });

  it.each([
    ['no version line', csv('kind,value', 'domain,a.fr'), 'unknown-format'],
    ['version 2', csv('# vigie-watchlist 2', '# name: n', 'kind,value', 'domain,a.fr'), 'unsupported-version'],
    ['no name', csv('# vigie-watchlist 1', 'kind,value', 'domain,a.fr'), 'name-missing'],
    ['no header', csv('# vigie-watchlist 1', '# name: n', 'domain,a.fr'), 'invalid'],
    ['an unknown kind', csv('# vigie-watchlist 1', '# name: n', 'kind,value', 'url,https://a.fr/'), 'bad-item'],
    ['a bad hash', csv('# vigie-watchlist 1', '# name: n', 'kind,value', 'sha256,xyz'), 'bad-item'],
    ['no items', csv('# vigie-watchlist 1', '# name: n', 'kind,value'), 'no-items'],
  ] as const)('refuses %s', (_what, file, code) => {
    expect(refused(file).code).toBe(code);
  });

  it('counts lines as the file does, blank lines before the version line included', () => {
    expect(refused(csv('', '  ', '# vigie-watchlist 1', '# name: n', 'kind,value', 'domain,-')).detail).toBe(
      'line 6: domain "-"',
    );
  });

  it('says on which line the bad item is', () => {
    expect(refused(csv('# vigie-watchlist 1', '# name: n', 'kind,value', 'domain,a.fr', 'domain,-')).detail).toBe(
      'line 5: domain "-"',
    );
  });

  it('refuses more than 50,000 lines of items', () => {
    const lines = Array.from({ length: ITEMS_MAX + 1 }, (_, i) => `domain,d${i}.fr`);
    expect(refused(csv('# vigie-watchlist 1', '# name: n', 'kind,value', ...lines)).code).toBe('too-many-items');
  });
});
