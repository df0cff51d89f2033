/**
 * How many reports wait in the batch, for the popup: read without zod (the popup's bundle stays
 * small) and without checking each id — the batch page does that (`batch-repo.ts`).
 */
import { vigieDb } from './connection';

export async function batchSize(dbName?: string): Promise<number> {
  const db = await vigieDb(dbName);
  const value = (await db.get('settings', 'batch'))?.value as { items?: unknown } | undefined;
  return Array.isArray(value?.items) ? Math.min(value.items.length, 10_000) : 0;
}

/** Whether the user said they are a watch-network volunteer (the popup then offers the batch). */
export async function isVolunteer(dbName?: string): Promise<boolean> {
  const db = await vigieDb(dbName);
  const value = (await db.get('settings', 'settings'))?.value as { role?: unknown } | undefined;
  return value?.role === 'volunteer';
}
