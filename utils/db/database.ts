import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ArtefactMeta, Artefact } from '@/utils/report/draft';
import { upgradeDraftRecord } from '@/utils/report/draft-migrations';
import { refreshedDedupKey } from '@/utils/report/normalize-url';

export const DB_NAME = 'vigie';
/** Bump with a new step in `upgradeSteps`; never edit a step that has shipped. */
export const DB_VERSION = 7;

export interface VigieDB extends DBSchema {
  drafts: {
    key: string;
    /** Stored records are validated on read (`migrateDraft`), so they are `unknown`-shaped here. */
    value: { id: string; updatedAt: string; status: string; [key: string]: unknown };
    indexes: { byUpdatedAt: string; byNormalizedUrl: string; byCreatedAt: string };
  };
  artefacts: {
    key: string;
    value: Artefact;
    indexes: { byDraft: string };
  };
  /** Validated on read (`settings-repo.ts`). */
  settings: {
    key: string;
    value: { key: string; value: unknown };
  };
  /** This installation's signing key pair (`keys-repo.ts`); the private key is non-extractable. */
  keys: {
    key: string;
    value: { id: string; privateKey: CryptoKey; publicKey: CryptoKey; createdAt: string };
  };
  /** Watchlists and the public keys trusted to sign them (`utils/watch/`): validated on read. */
  watchlists: {
    key: string;
    value: { id: string; [key: string]: unknown };
  };
  watchKeys: {
    key: string;
    value: { id: string; [key: string]: unknown };
  };
}

type UpgradeDb = IDBPDatabase<VigieDB>;
type UpgradeTx = IDBPTransaction<VigieDB, StoreNames<VigieDB>[], 'versionchange'>;

/**
 * One step per version: step N turns a version N-1 database into version N. Steps run inside
 * the upgrade transaction, so they may only await IndexedDB requests.
 */
export const upgradeSteps: Record<number, (db: UpgradeDb, tx: UpgradeTx) => Promise<void> | void> = {
  1: (db) => {
    const drafts = db.createObjectStore('drafts', { keyPath: 'id' });
    drafts.createIndex('byUpdatedAt', 'updatedAt');
    const artefacts = db.createObjectStore('artefacts', { keyPath: 'id' });
    artefacts.createIndex('byDraft', 'draftId');
  },
  2: async (_db, tx) => {
    // Drafts v2: rewrite each record to the new schema, then index the normalized URL.
    const drafts = tx.objectStore('drafts');
    let cursor = await drafts.openCursor();
    while (cursor) {
      // The upgrade only reshapes records (every field kept); they are validated when read
      // (`migrateDraft`), and one that is still invalid is listed as unreadable, never dropped.
      const upgraded = upgradeDraftRecord(cursor.value);
      if (upgraded && upgraded !== cursor.value) await cursor.update(upgraded as VigieDB['drafts']['value']);
      cursor = await cursor.continue();
    }
    drafts.createIndex('byNormalizedUrl', 'target.normalizedUrl');
  },
  3: (db) => {
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  4: (db) => {
    // The evidence-package signing key (`keys-repo.ts`).
    db.createObjectStore('keys', { keyPath: 'id' });
  },
  // Step 4 is another store (keys); this one only touches `drafts`, so either may come first.
  5: (_db, tx) => {
    // The history pages through reports by capture date without reading them all.
    const drafts = tx.objectStore('drafts');
    if (!drafts.indexNames.contains('byCreatedAt')) drafts.createIndex('byCreatedAt', 'createdAt');
  },
  // Watchlists (utils/watch/): only its own stores.
  6: (db) => {
    if (!db.objectStoreNames.contains('watchlists')) db.createObjectStore('watchlists', { keyPath: 'id' });
    if (!db.objectStoreNames.contains('watchKeys')) db.createObjectStore('watchKeys', { keyPath: 'id' });
  },
  7: async (_db, tx) => {
    // Drafts made before the de-duplication rules changed (d057c5d) keep their old key and are
    // not recognised as the same content as new ones: each key is taken again with today's rules,
    // where the stored address is the whole one (not cut, not an inline-data description).
    let cursor = await tx.objectStore('drafts').openCursor();
    while (cursor) {
      const key = refreshedDedupKey(cursor.value);
      if (key !== null) {
        const target = cursor.value.target as Record<string, unknown>;
        await cursor.update({ ...cursor.value, target: { ...target, normalizedUrl: key } });
      }
      cursor = await cursor.continue();
    }
  },
};

/**
 * Opens a connection of its own. Callers go through `./connection.ts` (one cached connection per
 * database name); `onGone` is told when this connection closes for a newer version or is ended by
 * the browser, so the cache opens a fresh one next time.
 */
export function openVigieDb(name = DB_NAME, version = DB_VERSION, onGone?: () => void): Promise<IDBPDatabase<VigieDB>> {
  return openDB<VigieDB>(name, version, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (let v = oldVersion + 1; v <= version; v++) await upgradeSteps[v]?.(db, tx);
    },
    blocking(_current, _blocked, event) {
      // A newer Vigie (after an update) wants to upgrade: let it, this page reloads its data later.
      (event.target as IDBDatabase).close();
      onGone?.();
    },
    terminated() {
      onGone?.();
    },
  });
}

export type { ArtefactMeta };
