import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { boundUrl, describeTarget } from '@/utils/capture/target';
import { startReport, type ReportRequest } from '@/utils/capture/start-report';
import { draftSchema, migrateDraft } from '@/utils/report/draft';
import { normalizeUrl } from '@/utils/report/normalize-url';
import { repo } from '../db/helpers';

/** A page that made its own address 20 000 characters long (one `history.replaceState` suffices). */
const LONG = `https://forum.example/t/1#${'a'.repeat(20_000 - 'https://forum.example/t/1#'.length)}`;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('boundUrl', () => {
  it('keeps a URL up to 8 192 characters as is, with no cut', async () => {
    const exact = LONG.slice(0, 8192);
    expect(await boundUrl('url', exact)).toEqual({ value: exact });
  });

  it('cuts a longer one to its first 8 192 characters and records the full length and SHA-256', async () => {
    expect(await boundUrl('pageUrl', LONG)).toEqual({
      value: LONG.slice(0, 8192),
      cut: { field: 'pageUrl', length: 20_000, sha256: sha256(LONG) },
    });
  });
});

describe('describeTarget with a 20 000-character address', () => {
  it.each([
    ['the normal path', false],
    ['the CSAM (link-only) path', true],
  ])('gives a valid target on %s', async (_label, urlOnly) => {
    const target = await describeTarget({ pageUrl: LONG }, LONG, urlOnly);
    expect(target.url).toBe(LONG.slice(0, 8192));
    expect(target.pageUrl).toBe(LONG.slice(0, 8192));
    expect(target.cut).toEqual([
      { field: 'url', length: 20_000, sha256: sha256(LONG) },
      { field: 'pageUrl', length: 20_000, sha256: sha256(LONG) },
    ]);
    const parsed = draftSchema.shape.target.safeParse(target);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(target);
  });

  it('cuts a long link, and keeps it a valid URL', async () => {
    const link = `https://other.example/p?q=${'b'.repeat(12_000)}`;
    const target = await describeTarget({ linkUrl: link }, 'https://forum.example/t/1', false);
    expect(target.linkUrl).toBe(link.slice(0, 8192));
    expect(target.cut).toEqual([
      { field: 'url', length: link.length, sha256: sha256(link) },
      { field: 'linkUrl', length: link.length, sha256: sha256(link) },
    ]);
    expect(draftSchema.shape.target.parse(target).linkUrl).toBe(link.slice(0, 8192));
  });

  it('takes the de-duplication key from the full address, then bounds it', async () => {
    const query = (end: string) => `https://forum.example/viewtopic.php?x=${'c'.repeat(10_000)}${end}`;
    const [a, b] = await Promise.all([
      describeTarget(undefined, query('1'), false),
      describeTarget(undefined, query('2'), false),
    ]);
    expect(a.url).toBe(b.url); // the stored addresses are cut alike…
    expect(a.normalizedUrl).not.toBe(b.normalizedUrl); // …the keys still tell them apart
    expect(a.normalizedUrl.length).toBeLessThanOrEqual(8192);
    expect(a.normalizedUrl).toContain(sha256(normalizeUrl(query('1'))));
    // A key that fits is the plain normalized URL.
    expect((await describeTarget(undefined, 'https://www.forum.example/t/1/', false)).normalizedUrl).toBe(
      'https://forum.example/t/1',
    );
  });

  it('keeps the data: URL redaction of link-only reports (nothing to cut)', async () => {
    const data = `data:image/png;base64,${'A'.repeat(20_000)}`;
    const target = await describeTarget({ srcUrl: data, mediaType: 'image' }, LONG, true);
    expect(target.url).toBe('data:image/png;base64,…[20 000 characters removed]');
    expect(target.cut.map((c) => c.field)).toEqual(['pageUrl']);
  });
});

describe('startReport with a 20 000-character address', () => {
  beforeEach(() => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 Chrome/156.0.0.0' });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue(PNG as never);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('no page here'));
  });
  afterEach(() => vi.unstubAllGlobals());

  const request = (csam: boolean): ReportRequest => ({
    trigger: 'context-menu',
    csam,
    tab: { id: 7, windowId: 1, url: LONG, title: 'Titre', index: 0 },
    menu: { pageUrl: LONG },
  });

  it.each([
    ['a normal report', false],
    ['the CSAM entry', true],
  ])('stores %s as a valid draft, the cut recorded', async (_label, csam) => {
    const r = repo();
    const { draftId } = await startReport(request(csam), {
      store: r,
      events: { draftChanged: async () => undefined, progress: () => undefined },
    });
    const found = await r.withArtefacts(draftId);
    expect(found).toBeDefined();
    const draft = found!.draft;
    expect(migrateDraft(draft).ok).toBe(true);
    expect(draft).toMatchObject({ csam, mode: csam ? 'url-only' : 'full' });
    expect(draft.target.url).toBe(LONG.slice(0, 8192));
    expect(draft.observed.tabUrl).toBe(LONG.slice(0, 8192));
    expect(draft.target.cut).toEqual([
      { field: 'url', length: 20_000, sha256: sha256(LONG) },
      { field: 'pageUrl', length: 20_000, sha256: sha256(LONG) },
      { field: 'tabUrl', length: 20_000, sha256: sha256(LONG) },
    ]);
  });
});
