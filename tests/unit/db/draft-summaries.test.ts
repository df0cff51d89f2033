import { describe, expect, it } from 'vitest';
import { listDraftSummaries } from '@/utils/db/draft-summaries';
import { openVigieDb } from '@/utils/db/database';

describe('listDraftSummaries', () => {
  it('lists newest first, honours the limit, and skips records that do not fit', async () => {
    const name = 'vigie-summaries-test';
    const db = await openVigieDb(name);
    const base = {
      createdAt: '2026-11-22T10:00:00.000Z',
      status: 'ready',
      csam: false,
      target: { url: 'https://example.org/' },
      observed: { tabTitle: 'Titre' },
      platform: null,
    };
    await db.put('drafts', { ...base, id: 'old', updatedAt: '2026-11-22T10:00:00.000Z' });
    await db.put('drafts', {
      ...base,
      id: 'new',
      updatedAt: '2026-11-22T12:00:00.000Z',
      platform: { platformName: 'X' },
    });
    await db.put('drafts', { ...base, id: 'broken', updatedAt: '2026-11-22T11:00:00.000Z', status: 'exploded' });
    db.close();

    const all = await listDraftSummaries(Infinity, name);
    expect(all.drafts.map((d) => d.id)).toEqual(['new', 'old']);
    expect(all.skipped).toBe(1);
    expect(all.drafts[0]!.platform?.platformName).toBe('X');
    expect((await listDraftSummaries(1, name)).drafts.map((d) => d.id)).toEqual(['new']);
  });
});
