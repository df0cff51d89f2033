import { describe, expect, it } from 'vitest';
import { migrateDraft } from '@/utils/report/draft';
import { pagePublishedAt, parsePublished, publicationOf } from '@/utils/report/publication';
import { CAPTURED_AT, makeDraft, pageFacts } from '../handoff/draft-factory';

const withPage = (meta: { key: string; value: string }[], jsonLd: string[] = []) =>
  makeDraft({ page: pageFacts({ meta, jsonLd }) });

describe('publicationOf', () => {
  it('reads article:published_time and normalises it to UTC', () => {
    const d = withPage([{ key: 'article:published_time', value: '2026-11-27T08:00:00+01:00' }]);
    expect(publicationOf(d)).toEqual({ value: '2026-11-27T07:00:00.000Z', source: 'page' });
  });

  it('reads og:video:release_date-like keys', () => {
    const d = withPage([{ key: 'og:video:release_date', value: '2026-11-20' }]);
    expect(publicationOf(d)).toEqual({ value: '2026-11-20', source: 'page' });
  });

  it('reads JSON-LD datePublished, uploadDate and dateCreated, also in @graph and mainEntity', () => {
    const at = (json: unknown) => publicationOf(withPage([], [JSON.stringify(json)]))?.value;
    expect(at({ '@type': 'NewsArticle', datePublished: '2026-11-01T10:00:00Z' })).toBe('2026-11-01T10:00:00.000Z');
    expect(at({ '@graph': [{ '@type': 'VideoObject', uploadDate: '2026-10-01T10:00:00Z' }] })).toBe(
      '2026-10-01T10:00:00.000Z',
    );
    expect(at({ '@type': 'WebPage', mainEntity: { dateCreated: '2026-09-01T10:00:00Z' } })).toBe(
      '2026-09-01T10:00:00.000Z',
    );
  });

  it('prefers the platform extractor’s time to the page’s, but not one after the capture', () => {
    const page = pageFacts({ meta: [{ key: 'article:published_time', value: '2026-11-01T10:00:00Z' }] });
    const base = makeDraft({ page });
    const platform = (publishedAt: string) => ({ ...base.platform!, publishedAt });
    expect(publicationOf(makeDraft({ page, platform: platform('2026-11-20T09:30:00+01:00') }))).toEqual({
      value: '2026-11-20T08:30:00.000Z',
      source: 'platform',
    });
    expect(publicationOf(makeDraft({ page, platform: platform('2031-01-01T00:00:00Z') }))).toEqual({
      value: '2026-11-01T10:00:00.000Z',
      source: 'page',
    });
  });

  it('ignores anything unparsable, ambiguous or after the capture', () => {
    const d = withPage(
      [
        { key: 'article:published_time', value: 'yesterday' },
        { key: 'article:published_time', value: '2026-11-01T10:00:00' },
        { key: 'article:published_time', value: '2030-01-01T10:00:00Z' },
      ],
      ['{ not json', JSON.stringify({ datePublished: { '@value': 'x' } }), JSON.stringify({ datePublished: 12 })],
    );
    expect(publicationOf(d)).toBeNull();
    expect(parsePublished('x'.repeat(10000), CAPTURED_AT)).toBeNull();
    expect(parsePublished('1970-01-01T00:00:00Z', CAPTURED_AT)).toBeNull();
  });

  it('the user’s own date wins', () => {
    const d = makeDraft({
      page: pageFacts({ meta: [{ key: 'article:published_time', value: '2026-11-27T08:00:00Z' }] }),
      narrative: { publishedAt: '2026-11-26T12:00:00+01:00', publishedAtSource: 'user' },
    });
    expect(publicationOf(d)).toEqual({ value: '2026-11-26T11:00:00.000Z', source: 'user' });
  });

  it('no page claims: no date', () => {
    expect(publicationOf(makeDraft({ page: null }))).toBeNull();
  });
});

describe('the page’s claim is read once, at capture', () => {
  const claim = [{ key: 'article:published_time', value: '2026-11-27T08:00:00+01:00' }];
  /** As the capture stores a draft: the claim derived with the page facts. */
  const captured = (meta: { key: string; value: string }[]) => {
    const d = withPage(meta);
    return { ...d, page: { ...d.page!, publishedAt: pagePublishedAt(d.page!, CAPTURED_AT) } };
  };

  it('publicationOf reads the stored claim, never the page’s meta tags again', () => {
    const d = captured(claim);
    expect(d.page.publishedAt).toBe('2026-11-27T07:00:00.000Z');
    expect(publicationOf(d)).toEqual({ value: '2026-11-27T07:00:00.000Z', source: 'page' });
    // The claim stored at capture is what counts: the facts are not read again.
    const stored = { ...d, page: { ...d.page, meta: claim, publishedAt: '2026-11-02' } };
    expect(publicationOf(stored)).toEqual({ value: '2026-11-02', source: 'page' });
    expect(publicationOf({ ...d, page: { ...d.page, publishedAt: null } })).toBeNull();
    // Stored values are checked again like any page claim.
    expect(publicationOf({ ...d, page: { ...d.page, publishedAt: '2031-01-01' } })).toBeNull();
  });

  it('pagePublishedAt gives the meta claim before the JSON-LD one, null when the page states none', () => {
    const page = pageFacts({
      meta: claim,
      jsonLd: [JSON.stringify({ '@type': 'NewsArticle', datePublished: '2026-01-01T00:00:00Z' })],
    });
    expect(pagePublishedAt(page, CAPTURED_AT)).toBe('2026-11-27T07:00:00.000Z');
    expect(pagePublishedAt({ ...page, meta: [] }, CAPTURED_AT)).toBe('2026-01-01T00:00:00.000Z');
    expect(pagePublishedAt(pageFacts(), CAPTURED_AT)).toBeNull();
  });

  it('a draft stored before (no page.publishedAt) gets the same time as one captured now', () => {
    const legacy = withPage(claim);
    expect(legacy.page?.publishedAt).toBeUndefined();
    expect(publicationOf(legacy)).toEqual(publicationOf(captured(claim)));
    const jsonLd = [JSON.stringify({ '@graph': [{ '@type': 'VideoObject', uploadDate: '2026-10-01T10:00:00Z' }] })];
    expect(publicationOf(withPage([], jsonLd))).toEqual({ value: '2026-10-01T10:00:00.000Z', source: 'page' });
    // And it still parses with the current schema (the field is optional).
    expect(migrateDraft(legacy)).toMatchObject({ ok: true, draft: { page: { title: legacy.page?.title } } });
  });
});
