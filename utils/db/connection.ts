/**
 * The one door to IndexedDB: one cached connection per database name, shared by every repository
 * and reader (`vigieDb()` for Vigie's own database; tests pass throwaway names). A connection that
 * a newer version asks to give way closes at once (`database.ts`, `blocking`), so no page and no
 * service worker holds an upgrade back; the next call then opens a fresh one.
 */
import type { IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, openVigieDb, type VigieDB } from './database';

const connections = new Map<string, Promise<IDBPDatabase<VigieDB>>>();

/** The cached connection to the database `name` (opened, and upgraded, on first use). */
export function vigieDb(name: string = DB_NAME): Promise<IDBPDatabase<VigieDB>> {
  const cached = connections.get(name);
  if (cached) return cached;
  const forget = () => {
    if (connections.get(name) === opening) connections.delete(name);
  };
  const opening = openVigieDb(name, DB_VERSION, forget);
  connections.set(name, opening);
  opening.catch(forget);
  return opening;
}

/** Closes the cached connection to `name`, if any (tests, before deleting a throwaway database). */
export async function closeVigieDb(name: string = DB_NAME): Promise<void> {
  const cached = connections.get(name);
  if (!cached) return;
  connections.delete(name);
  try {
    (await cached).close();
  } catch {
    // It never opened: nothing to close.
  }
}
