/**
 * The history's reads and deletions. Lists read draft records only — never the artefacts store,
 * so no screenshot or archive Blob is loaded to show a row. Deletion removes a draft record and
 * every artefact of it (Blobs included) in one transaction.
 */
import { withoutTag, withTags } from '@/utils/report/tags';
import { migrateDraft, type Artefact, type Draft } from '@/utils/report/draft';
import { renameStoredChannelIds } from '@/utils/report/renamed-channels';
import { vigieDb } from './connection';
import { draftsRepository, type DraftsRepository } from './drafts-repo';
import { deleteAllDrafts, deleteDrafts } from './bulk-delete-repo';
import { toHistoryRow, type HistoryRow } from './history-query';
import type { RetentionSetting } from './settings-repo';

/** Rows shown before the user asks for more. */
export const HISTORY_PAGE = 50;

export interface HistoryLoad {
  rows: HistoryRow[];
  /** Records that could not be made a row (kept as they are, never deleted by the history). */
  unreadable: number;
}

/**
 * The newest `limit` reports by capture date, read through the `byCreatedAt` index with a cursor:
 * what the page shows first, before every row is loaded for search.
 */
export async function firstHistoryPage(limit = HISTORY_PAGE, dbName?: string): Promise<HistoryLoad> {
  const db = await vigieDb(dbName);
  const rows: HistoryRow[] = [];
  let unreadable = 0;
  let cursor = await db.transaction('drafts').store.index('byCreatedAt').openCursor(null, 'prev');
  while (cursor && rows.length < limit) {
    const row = toHistoryRow(cursor.value);
    if (row) rows.push(row);
    else unreadable++;
    cursor = await cursor.continue();
  }
  return { rows, unreadable };
}

/** Every report as a row (one `getAll` on the drafts store: records only, no Blob). */
export async function loadHistory(dbName?: string): Promise<HistoryLoad> {
  const db = await vigieDb(dbName);
  const raws = await db.getAll('drafts');
  const rows: HistoryRow[] = [];
  let unreadable = 0;
  for (const raw of raws) {
    const row = toHistoryRow(raw);
    if (row) rows.push(row);
    else unreadable++;
  }
  return { rows, unreadable };
}

/**
 * Deletes these reports and every artefact of each (screenshots, archives, page facts), in one
 * transaction: all or nothing. Open pages of each draft are told. Returns how many drafts existed.
 * Written by the bulk-deletion repository.
 */
export async function deleteReports(ids: readonly string[], dbName?: string): Promise<number> {
  return deleteDrafts(ids, dbName);
}

/** Deletes every report and every artefact (through the bulk-deletion repository). */
export async function deleteAllReports(dbName?: string): Promise<number> {
  return deleteAllDrafts(dbName);
}

/** The ids of reports captured before `cutoff` (ISO), read through the `byCreatedAt` index. */
export async function reportsCapturedBefore(cutoff: string, dbName?: string): Promise<string[]> {
  const db = await vigieDb(dbName);
  return await db.getAllKeysFromIndex('drafts', 'byCreatedAt', IDBKeyRange.upperBound(cutoff, true));
}

/** What the browser says this extension's storage uses, in bytes (`null` where it cannot tell). */
export async function storageUsed(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return typeof estimate?.usage === 'number' ? estimate.usage : null;
  } catch {
    return null;
  }
}

/** The instant `months` calendar months before `now` (ISO, UTC). */
export function retentionCutoff(now: Date, months: number): string {
  const d = new Date(now.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString();
}

/**
 * Applies the retention setting: with "delete after N months", every report captured before the
 * cutoff is deleted with its artefacts. Returns how many were deleted (0 when kept forever).
 */
export async function applyRetention(
  setting: RetentionSetting,
  now: Date,
  dbName?: string,
): Promise<{ deleted: number; cutoff: string | null }> {
  if (setting.keep.mode === 'forever') return { deleted: 0, cutoff: null };
  const cutoff = retentionCutoff(now, setting.keep.months);
  const ids = await reportsCapturedBefore(cutoff, dbName);
  return { deleted: await deleteReports(ids, dbName), cutoff };
}

/**
 * Adds `add` to the tags of every report in `ids`, or removes `remove` from them; each report is
 * written through the drafts repository (validated, link-only rule kept). Returns how many changed.
 */
export async function retagReports(
  ids: readonly string[],
  change: { add?: readonly string[]; remove?: string },
  repository: Pick<DraftsRepository, 'update' | 'get'> = draftsRepository,
): Promise<number> {
  const retag = (tags: readonly string[]) => {
    const without = change.remove === undefined ? [...tags] : withoutTag(tags, change.remove);
    return change.add ? withTags(without, change.add) : without;
  };
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);
  let changed = 0;
  for (const id of ids) {
    const before = await repository.get(id);
    if (!before || same(retag(before.tags), before.tags)) continue;
    await repository.update(id, (d) => ({ ...d, tags: retag(d.tags) }));
    changed++;
  }
  return changed;
}

/**
 * Several reports with their artefacts, read `chunk` at a time, each chunk in one transaction with
 * every request issued at once (an export of thousands of reports). Blobs are not read. Ids not
 * stored, or records that cannot be read, are left out of the map.
 */
export async function reportsWithArtefacts(
  ids: readonly string[],
  chunk = 500,
  dbName?: string,
): Promise<Map<string, { draft: Draft; artefacts: Artefact[] }>> {
  const db = await vigieDb(dbName);
  const result = new Map<string, { draft: Draft; artefacts: Artefact[] }>();
  for (let start = 0; start < ids.length; start += chunk) {
    const tx = db.transaction(['drafts', 'artefacts']);
    const drafts = tx.objectStore('drafts');
    const byDraft = tx.objectStore('artefacts').index('byDraft');
    const read = await Promise.all(
      ids.slice(start, start + chunk).map((id) => Promise.all([id, drafts.get(id), byDraft.getAll(id)] as const)),
    );
    await tx.done;
    for (const [id, raw, artefacts] of read) {
      const migrated = raw ? migrateDraft(raw) : null;
      if (migrated?.ok)
        result.set(id, {
          draft: renameStoredChannelIds(migrated.draft),
          artefacts: artefacts.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        });
    }
  }
  return result;
}
