import { describe, expect, it } from 'vitest';
import { duplicateGroups, facets, filterRows, sortRows, toHistoryRow } from '@/utils/db/history-query';

/** A stored record as the database holds it (only what the history reads). */
function record(over: Record<string, unknown> = {}) {
  return {
    id: crypto.randomUUID(),
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    status: 'ready',
    csam: false,
    target: { url: 'https://x.com/a/status/1', normalizedUrl: 'https://x.com/a/status/1' },
    observed: { tabTitle: 'Un post' },
    platform: { platformId: 'x', platformName: 'X (Twitter)', authorHandle: '@auteur' },
    qualification: { categoryId: 'terrorism', goodFaithAt: '2026-11-01T10:05:00.000Z' },
    narrative: { description: 'Une vidéo de propagande', publishedAt: null },
    handoffs: [],
    followUp: { steps: [], decision: null, onlineChecks: [] },
    ...over,
  };
}

describe('history rows', () => {
  it('project what a row says: category, author, platform, status, channels and references', () => {
    const row = toHistoryRow(
      record({
        handoffs: [
          {
            channelId: 'pharos',
            at: '2026-11-02T09:00:00.000Z',
            lastAt: '2026-11-02T09:00:00.000Z',
            actions: ['copied'],
            reference: 'PHA-123',
            acknowledgedAt: '2026-11-02T09:10:00.000Z',
          },
          { channelId: 'x-notice', at: '2026-11-02T09:00:00.000Z', actions: [], reference: null, acknowledgedAt: null },
        ],
      }),
    )!;
    expect(row).toMatchObject({
      categoryId: 'terrorism',
      author: '@auteur',
      platformId: 'x',
      host: 'x.com',
      status: 'acknowledged',
      statusAt: '2026-11-02T09:10:00.000Z',
      channels: ['pharos'],
      references: ['PHA-123'],
    });
  });

  it('take the furthest of the derived status and the last recorded step', () => {
    const closed = toHistoryRow(
      record({ followUp: { steps: [{ status: 'closed', at: '2026-11-05T10:00:00.000Z', reference: 'R-9' }] } }),
    )!;
    expect(closed.status).toBe('closed');
    expect(closed.references).toEqual(['R-9']);
    // A recorded "ready" never hides a hand-off that happened.
    const handed = toHistoryRow(
      record({
        handoffs: [{ channelId: 'pharos', at: '2026-11-02T09:00:00.000Z', actions: ['opened'], acknowledgedAt: null }],
        followUp: { steps: [{ status: 'ready', at: '2026-11-03T10:00:00.000Z', reference: null }] },
      }),
    )!;
    expect(handed.status).toBe('handed-off');
  });

  it('read older records (no follow-up, no narrative) and refuse those without an id or dates', () => {
    const { followUp: _f, narrative: _n, handoffs: _h, ...v2 } = record();
    expect(toHistoryRow(v2)?.status).toBe('ready');
    expect(toHistoryRow({ ...record(), id: 42 })).toBeNull();
    expect(toHistoryRow({ ...record(), createdAt: undefined })).toBeNull();
    expect(toHistoryRow('nope')).toBeNull();
  });

  it('never carry a link-only report’s page title into the searched text', () => {
    const row = toHistoryRow(record({ csam: true, observed: { tabTitle: 'secret title' } }))!;
    expect(row.title).toBe('');
    expect(row.haystack).not.toContain('secret');
  });
});

describe('history search, filters and sort', () => {
  const rows = [
    record({ id: 'a', createdAt: '2026-10-01T10:00:00.000Z', observed: { tabTitle: 'Chat mignon' } }),
    record({
      id: 'b',
      createdAt: '2026-11-10T10:00:00.000Z',
      target: { url: 'https://www.tiktok.com/@z/video/9', normalizedUrl: 'https://tiktok.com/@z/video/9' },
      platform: { platformId: 'tiktok', platformName: 'TikTok', authorHandle: '@harceleur' },
      qualification: { categoryId: 'cyber-harassment', goodFaithAt: null },
    }),
    record({
      id: 'c',
      createdAt: '2026-11-20T10:00:00.000Z',
      narrative: { description: 'Arnaque au faux conseiller bancaire', publishedAt: null },
      handoffs: [{ channelId: 'thesee', at: '2026-11-20T11:00:00.000Z', actions: ['filled'], acknowledgedAt: null }],
    }),
  ].map((r) => toHistoryRow(r)!);

  it('search every word in address, host, title, description and author, ignoring case', () => {
    expect(filterRows(rows, { text: 'CHAT' }).map((r) => r.id)).toEqual(['a']);
    expect(filterRows(rows, { text: 'tiktok.com' }).map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, { text: 'harceleur' }).map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, { text: 'arnaque bancaire' }).map((r) => r.id)).toEqual(['c']);
    expect(filterRows(rows, { text: 'arnaque tiktok' })).toEqual([]);
    expect(filterRows(rows, { text: '  ' })).toHaveLength(3);
  });

  it('filter by status, category, channel, platform and capture dates', () => {
    expect(filterRows(rows, { status: 'draft' }).map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, { status: 'handed-off' }).map((r) => r.id)).toEqual(['c']);
    expect(filterRows(rows, { categoryId: 'cyber-harassment' }).map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, { channelId: 'thesee' }).map((r) => r.id)).toEqual(['c']);
    expect(filterRows(rows, { platformId: 'x' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(
      filterRows(rows, { from: '2026-11-01T00:00:00.000Z', to: '2026-11-20T10:00:00.000Z' }).map((r) => r.id),
    ).toEqual(['b']);
  });

  it('sort newest first, oldest first, or furthest status first', () => {
    expect(sortRows(rows, 'newest').map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, 'oldest').map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(sortRows(rows, 'status').map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('group reports of the same normalized address, oldest first', () => {
    const again = toHistoryRow(record({ id: 'd', createdAt: '2026-11-25T10:00:00.000Z' }))!;
    const groups = duplicateGroups([...rows, again]);
    expect([...groups.entries()]).toEqual([['https://x.com/a/status/1', ['a', 'c', 'd']]]);
  });

  it('list the values the filter menus offer', () => {
    expect(facets(rows)).toEqual({
      categories: ['cyber-harassment', 'terrorism'],
      channels: ['thesee'],
      platforms: [
        ['tiktok', 'TikTok'],
        ['x', 'X (Twitter)'],
      ],
      tags: [],
    });
  });
});

describe('campaigns and tags in the history', () => {
  it('are on the row, searched, filtered case-insensitively and offered once in the filter menu', () => {
    const a = toHistoryRow(record({ tags: ['Raid 12 mars', 'compte @x'] }))!;
    const b = toHistoryRow(record({ tags: ['raid 12 MARS'] }))!;
    const c = toHistoryRow(record({ tags: [] }))!;
    const legacy = toHistoryRow(record({ tags: undefined }))!;
    expect(a.tags).toEqual(['Raid 12 mars', 'compte @x']);
    expect(legacy.tags).toEqual([]);
    expect(filterRows([a, b, c], { tag: 'raid 12 mars' }).map((r) => r.id)).toEqual([a.id, b.id]);
    expect(filterRows([a, b, c], { tag: 'compte @x' }).map((r) => r.id)).toEqual([a.id]);
    expect(filterRows([a, b, c], { text: 'compte' }).map((r) => r.id)).toEqual([a.id]);
    expect(facets([a, b, c]).tags).toEqual(['compte @x', 'Raid 12 mars']);
  });

  it('are read defensively from a stored record', () => {
    const row = toHistoryRow(record({ tags: ['ok', 42, null, '\u202Ebidi'] }))!;
    expect(row.tags).toEqual(['ok', 'bidi']);
    expect(toHistoryRow(record({ tags: 'not a list' }))!.tags).toEqual([]);
  });
});
