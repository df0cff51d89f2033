/**
 * The history's bulk deletions, a repository of their own beside `DraftsRepository` (which the
 * composer loads before its first render: these stay out of that budget). Each deletion removes
 * the drafts and every artefact of each (screenshots, archives, page facts) in one transaction,
 * and tells the open pages of each draft.
 */
import { vigieDb } from './connection';
import { announcePurge } from './draft-channel';

const STRICT = { durability: 'strict' } as const;

/** Deletes these drafts, all or nothing. Returns how many drafts existed. */
export async function deleteDrafts(ids: readonly string[], dbName?: string): Promise<number> {
  if (ids.length === 0) return 0;
  const db = await vigieDb(dbName);
  let deleted = 0;
  const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
  const drafts = tx.objectStore('drafts');
  const artefacts = tx.objectStore('artefacts');
  const byDraft = artefacts.index('byDraft');
  const deletions: Promise<void>[] = [];
  for (const id of ids) {
    const [key, artefactKeys] = await Promise.all([drafts.getKey(id), byDraft.getAllKeys(id)]);
    if (key !== undefined) deleted++;
    for (const k of artefactKeys) deletions.push(artefacts.delete(k));
    deletions.push(drafts.delete(id));
  }
  await Promise.all([...deletions, tx.done]);
  for (const id of ids) announcePurge(id, 0);
  return deleted;
}

/** Deletes every draft and every artefact: both stores emptied in one transaction. */
export async function deleteAllDrafts(dbName?: string): Promise<number> {
  const db = await vigieDb(dbName);
  const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
  const ids = await tx.objectStore('drafts').getAllKeys();
  await Promise.all([tx.objectStore('drafts').clear(), tx.objectStore('artefacts').clear()]);
  await tx.done;
  for (const id of ids) announcePurge(id, 0);
  return ids.length;
}
