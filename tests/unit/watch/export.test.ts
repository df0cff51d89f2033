import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { watchlistFromReports, WatchlistTooLarge, type ReportAddress } from '@/utils/watch/export';
import { parseWatchlist, FILE_MAX_BYTES } from '@/utils/watch/format';
import { matchUrl } from '@/utils/watch/match';
import { normalizeUrl } from '@/utils/report/normalize-url';
import { boundedKey } from '@/utils/capture/target';
import { URL_MAX } from '@/utils/zod';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const report = (url: string, csam = false): ReportAddress => ({ url, normalizedUrl: normalizeUrl(url), csam });
const NOW = new Date('2026-11-29T10:00:00Z');
const options = {
  name: 'Veille',
  fallbackName: 'Mes signalements',
  note: 'Déjà signalés.',
  withAccounts: false,
  now: NOW,
};

describe('a watchlist made from reports', () => {
  it('lists each address once, by the hash of its normalized form, and says what it left out', async () => {
    const post = 'https://x.com/exemple_compte/status/1790000000000000001';
    const longUrl = `https://example.org/${'a'.repeat(URL_MAX + 10)}`;
    const cut = { url: longUrl.slice(0, URL_MAX), normalizedUrl: await boundedKey(longUrl), csam: false };
    const out = await watchlistFromReports(
      [
        report(post),
        report(`${post}?s=20&t=abc`), // the same post, shared with tracking parameters
        report('https://forum.example/thread/9'),
        report('https://images.example/secret', true),
        cut,
        report('data:text/html,<p>x</p>'),
      ],
      options,
    );
    expect(out.file).toEqual({
      format: 'vigie-watchlist',
      version: 1,
      name: 'Veille',
      note: 'Déjà signalés.',
      sha256: [sha(normalizeUrl(post)), sha('https://forum.example/thread/9')].sort(),
    });
    expect(out).toMatchObject({
      included: 3,
      csamLeftOut: 1,
      unusable: 2,
      fileName: 'vigie-watchlist-2026-11-29.json',
    });
    // No address in the file, only fingerprints.
    const text = new TextDecoder().decode(out.bytes);
    expect(text).not.toContain('x.com');
    expect(text).not.toContain('forum.example');
  });

  it('is a list Vigie imports, and it recognises the reported addresses however they are written', async () => {
    const post = 'https://www.tiktok.com/@dancer/video/7300000000000000001';
    const out = await watchlistFromReports([report(post)], { ...options, withAccounts: true });
    const parsed = parseWatchlist(out.bytes);
    expect(parsed).toMatchObject({ name: 'Veille', note: 'Déjà signalés.', accounts: ['tiktok:dancer'] });
    const list = { id: 'l', ...parsed };
    expect((await matchUrl(`${post}?is_from_webapp=1&utm_source=copy`, [list])).map((m) => m.kind).sort()).toEqual([
      'account',
      'sha256',
    ]);
    // Another video of the same account: the account only.
    expect(
      (await matchUrl('https://www.tiktok.com/@dancer/video/7300000000000000002', [list])).map((m) => m.kind),
    ).toEqual(['account']);
    expect(await matchUrl('https://www.tiktok.com/@someone_else/video/1', [list])).toEqual([]);
  });

  it('takes the fallback name when none is typed, and tidies both texts as the import would', async () => {
    const out = await watchlistFromReports([report('https://example.org/a')], {
      ...options,
      name: '  \u202E \n ',
      note: 'Ligne 1\nLigne\u00002',
    });
    expect(out.file.name).toBe('Mes signalements');
    expect(out.file.note).toBe('Ligne 1 Ligne 2');
    expect(out.file).not.toHaveProperty('accounts');
    expect(parseWatchlist(out.bytes).name).toBe('Mes signalements');
  });

  it('nothing to list: no item, so that no file is offered', async () => {
    const out = await watchlistFromReports([report('https://example.org/', true)], options);
    expect(out).toMatchObject({ included: 0, csamLeftOut: 1 });
    expect(out.file.sha256).toEqual([]);
  });

  it('refuses a list over the 2 MB an import accepts, rather than writing one nobody can import', async () => {
    const many = Array.from({ length: Math.ceil(FILE_MAX_BYTES / 68) + 10 }, (_, i) =>
      report(`https://example.org/${i}`),
    );
    await expect(watchlistFromReports(many, options)).rejects.toBeInstanceOf(WatchlistTooLarge);
    const fits = await watchlistFromReports(many.slice(0, 1000), options);
    expect(fits.file.sha256).toHaveLength(1000);
  });
});
