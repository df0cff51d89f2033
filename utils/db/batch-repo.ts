/**
 * The volunteer's batch (watch-network mode): reports captured with "Add to the batch" wait here,
 * in order, to be reviewed, qualified and handed off together. Kept in the `settings` store under
 * its own key (no schema change to the drafts): a list of draft ids, validated on read; ids whose
 * draft was deleted are dropped when read. Each write is one transaction.
 */
import { z } from '@/utils/zod';
import { vigieDb } from './connection';

export const BATCH_MAX = 500;
const KEY = 'batch';

const batchSchema = z.object({
  schemaVersion: z.literal(1),
  items: z.array(z.object({ draftId: z.uuid(), addedAt: z.iso.datetime({ offset: true }) })).max(BATCH_MAX),
});
export type Batch = z.output<typeof batchSchema>;
const emptyBatch = (): Batch => ({ schemaVersion: 1, items: [] });

/** Thrown when the batch already holds `BATCH_MAX` reports. */
export class BatchFull extends Error {
  constructor() {
    super(`The batch already holds ${BATCH_MAX} reports.`);
    this.name = 'BatchFull';
  }
}

function parse(raw: unknown): Batch {
  const parsed = batchSchema.safeParse(raw);
  return parsed.success ? parsed.data : emptyBatch();
}

/** The batch, without the reports deleted since they were added. */
export async function readBatch(dbName?: string): Promise<Batch> {
  const db = await vigieDb(dbName);
  const tx = db.transaction(['settings', 'drafts'], 'readonly');
  const batch = parse((await tx.objectStore('settings').get(KEY))?.value);
  const present = await Promise.all(batch.items.map((i) => tx.objectStore('drafts').getKey(i.draftId)));
  await tx.done;
  return { ...batch, items: batch.items.filter((_, n) => present[n] !== undefined) };
}

async function change(dbName: string | undefined, edit: (batch: Batch) => Batch): Promise<Batch> {
  const db = await vigieDb(dbName);
  const tx = db.transaction('settings', 'readwrite');
  const next = batchSchema.parse(edit(parse((await tx.store.get(KEY))?.value)));
  await tx.store.put({ key: KEY, value: next });
  await tx.done;
  return next;
}

/** Adds a report at the end (once); returns the number of reports in the batch. */
export async function addToBatch(draftId: string, now = new Date(), dbName?: string): Promise<number> {
  const batch = await change(dbName, (b) => {
    if (b.items.some((i) => i.draftId === draftId)) return b;
    if (b.items.length >= BATCH_MAX) throw new BatchFull();
    return { ...b, items: [...b.items, { draftId, addedAt: now.toISOString() }] };
  });
  return batch.items.length;
}

/** Takes reports out of the batch (the reports themselves stay in the history). */
export async function removeFromBatch(draftIds: readonly string[], dbName?: string): Promise<number> {
  const gone = new Set(draftIds);
  return (await change(dbName, (b) => ({ ...b, items: b.items.filter((i) => !gone.has(i.draftId)) }))).items.length;
}

const LINKS_NOTE_KEY = 'batch-links-note';
const linksNoteSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  added: z.number().int().min(0).max(BATCH_MAX),
  leftOut: z
    .object({
      scheme: z.number().int().min(0),
      'too-long': z.number().int().min(0),
      duplicate: z.number().int().min(0),
      'over-limit': z.number().int().min(0),
      'batch-full': z.number().int().min(0),
    })
    .partial(),
  unreadable: z.boolean(),
});
/** What the last "Add the selection's links to the batch" did: added, and left out by reason. */
export type LinksNote = z.output<typeof linksNoteSchema>;

export async function writeLinksNote(note: LinksNote, dbName?: string): Promise<void> {
  const db = await vigieDb(dbName);
  await db.put('settings', { key: LINKS_NOTE_KEY, value: linksNoteSchema.parse(note) });
}

/** The last note, or `null` (none, or not of the expected shape). */
export async function readLinksNote(dbName?: string): Promise<LinksNote | null> {
  const db = await vigieDb(dbName);
  const parsed = linksNoteSchema.safeParse((await db.get('settings', LINKS_NOTE_KEY))?.value);
  return parsed.success ? parsed.data : null;
}
