import { describe, expect, it } from 'vitest';
import { addToBatch, BATCH_MAX, BatchFull, readBatch, removeFromBatch } from '@/utils/db/batch-repo';
import { batchSize } from '@/utils/db/batch-size';
import { openVigieDb } from '@/utils/db/database';
import { DraftsRepository } from '@/utils/db/drafts-repo';
import { draftInput } from './helpers';

let n = 0;
const dbName = () => `batch-test-${++n}-${Math.random()}`;

async function draftIn(name: string): Promise<string> {
  const repo = new DraftsRepository(name);
  const draft = await repo.create(draftInput({ id: crypto.randomUUID() }));
  await repo.close();
  return draft.id;
}

describe('batch', () => {
  it('keeps reports in the order added, each once, and counts them', async () => {
    const name = dbName();
    const [a, b] = [await draftIn(name), await draftIn(name)];
    expect(await addToBatch(a, new Date('2026-11-28T10:00:00Z'), name)).toBe(1);
    expect(await addToBatch(b, new Date('2026-11-28T10:01:00Z'), name)).toBe(2);
    expect(await addToBatch(a, new Date('2026-11-28T10:02:00Z'), name)).toBe(2);
    expect((await readBatch(name)).items).toEqual([
      { draftId: a, addedAt: '2026-11-28T10:00:00.000Z' },
      { draftId: b, addedAt: '2026-11-28T10:01:00.000Z' },
    ]);
    expect(await batchSize(name)).toBe(2);
    expect(await removeFromBatch([a], name)).toBe(1);
    expect(await batchSize(name)).toBe(1);
    expect((await readBatch(name)).items.map((i) => i.draftId)).toEqual([b]);
  });

  it('drops reports deleted since, and reads a damaged record as empty', async () => {
    const name = dbName();
    const a = await draftIn(name);
    await addToBatch(a, new Date(), name);
    const repo = new DraftsRepository(name);
    await repo.delete(a);
    await repo.close();
    expect((await readBatch(name)).items).toEqual([]);
    const db = await openVigieDb(name);
    await db.put('settings', { key: 'batch', value: { schemaVersion: 1, items: 'nope' } });
    db.close();
    expect((await readBatch(name)).items).toEqual([]);
  });

  it('refuses a report past the limit and keeps the batch as it was', async () => {
    const name = dbName();
    const db = await openVigieDb(name);
    const items = Array.from({ length: BATCH_MAX }, () => ({
      draftId: crypto.randomUUID(),
      addedAt: '2026-11-28T10:00:00Z',
    }));
    await db.put('settings', { key: 'batch', value: { schemaVersion: 1, items } });
    db.close();
    await expect(addToBatch(crypto.randomUUID(), new Date(), name)).rejects.toBeInstanceOf(BatchFull);
    const stored = await openVigieDb(name);
    expect(((await stored.get('settings', 'batch'))?.value as { items: unknown[] }).items).toHaveLength(BATCH_MAX);
    stored.close();
  });
});
