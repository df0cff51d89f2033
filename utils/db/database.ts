import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArtefactMeta, Artefact } from '@/utils/report/draft';

export const DB_NAME = 'vigie';
/** Bump with a new step in `upgradeSteps`; never edit a step that has shipped. */
export const DB_VERSION = 1;

export interface VigieDB extends DBSchema {
  drafts: {
    key: string;
    /** Stored records are validated on read (`migrateDraft`), so they are `unknown`-shaped here. */
    value: { id: string; updatedAt: string; status: string; [key: string]: unknown };
    indexes: { byUpdatedAt: string };
  };
  artefacts: {
    key: string;
    value: Artefact;
    indexes: { byDraft: string };
  };
}

type UpgradeDb = IDBPDatabase<VigieDB>;

/** One step per version: step N turns a version N-1 database into version N. */
export const upgradeSteps: Record<number, (db: UpgradeDb) => void> = {
  1: (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('byUpdatedAt', 'updatedAt');
    const artefacts = db.createObjectStore('artefacts', { keyPath: 'id' });
    artefacts.createIndex('byDraft', 'draftId');
  },
};

export function openVigieDb(name = DB_NAME): Promise<IDBPDatabase<VigieDB>> {
  return openDB<VigieDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion + 1; v <= DB_VERSION; v++) upgradeSteps[v]?.(db);
    },
    blocking(_current, _blocked, event) {
      // A newer Vigie (after an update) wants to upgrade: let it, this page reloads its data later.
      (event.target as IDBDatabase).close();
    },
  });
}

export type { ArtefactMeta };
