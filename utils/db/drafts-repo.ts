import type { IDBPDatabase } from 'idb';
import { openVigieDb, type VigieDB } from './database';
import {
  artefactSchema,
  DRAFT_SCHEMA_VERSION,
  draftSchema,
  migrateDraft,
  UrlOnlyRefusal,
  visualArtefactKinds,
  type Artefact,
  type ArtefactMeta,
  type Draft,
  type DraftInput,
} from '@/utils/report/draft';

/** Evidence writes must reach disk before we tell the user they are saved. */
const STRICT = { durability: 'strict' } as const;

/** Defined with the report model (capture checks it without depending on db); re-exported for db callers. */
export { UrlOnlyRefusal };

export interface StoredDraftProblem {
  id: string;
  reason: 'future-version' | 'invalid';
  detail: string;
}

/**
 * The only module that reads and writes drafts and their artefacts. Artefacts are immutable:
 * there is `addArtefact` and deletion, never an update; a changed copy is a new artefact whose
 * `derivedFrom` names the original.
 */
export class DraftsRepository {
  private dbPromise: Promise<IDBPDatabase<VigieDB>> | null = null;

  constructor(private readonly dbName?: string) {}

  private db() {
    this.dbPromise ??= openVigieDb(this.dbName);
    return this.dbPromise;
  }

  async close() {
    if (this.dbPromise) (await this.dbPromise).close();
    this.dbPromise = null;
  }

  async create(input: Omit<DraftInput, 'schemaVersion'>): Promise<Draft> {
    const draft = draftSchema.parse({ ...input, schemaVersion: DRAFT_SCHEMA_VERSION });
    const db = await this.db();
    const tx = db.transaction('drafts', 'readwrite', STRICT);
    try {
      await tx.store.add(draft);
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    return draft;
  }

  async get(id: string): Promise<Draft | undefined> {
    const raw = await (await this.db()).get('drafts', id);
    if (!raw) return undefined;
    const migrated = migrateDraft(raw);
    if (!migrated.ok) throw new Error(`Draft ${id} cannot be read: ${migrated.reason} (${migrated.detail})`);
    return migrated.draft;
  }

  /** Applies `change` to the stored draft in one transaction; the result is validated before it is written. */
  async update(id: string, change: (draft: Draft) => Draft): Promise<Draft> {
    const db = await this.db();
    const tx = db.transaction('drafts', 'readwrite', STRICT);
    try {
      const current = requireDraft(await tx.store.get(id), id);
      const next = draftSchema.parse({ ...change(current), id, updatedAt: new Date().toISOString() });
      await tx.store.put(next);
      await tx.done;
      return next;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
  }

  /** Most recently updated first. Records that cannot be read are reported, not dropped silently. */
  async list(limit = Infinity): Promise<{ drafts: Draft[]; unreadable: StoredDraftProblem[] }> {
    const db = await this.db();
    const drafts: Draft[] = [];
    const unreadable: StoredDraftProblem[] = [];
    let cursor = await db.transaction('drafts').store.index('byUpdatedAt').openCursor(null, 'prev');
    while (cursor && drafts.length < limit) {
      const migrated = migrateDraft(cursor.value);
      if (migrated.ok) drafts.push(migrated.draft);
      else unreadable.push({ id: String(cursor.value.id), reason: migrated.reason, detail: migrated.detail });
      cursor = await cursor.continue();
    }
    return { drafts, unreadable };
  }

  async addArtefact(artefact: Artefact): Promise<ArtefactMeta> {
    const valid = artefactSchema.parse(artefact);
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    try {
      const draft = await tx.objectStore('drafts').get(valid.draftId);
      if (!draft) throw new Error(`No draft ${valid.draftId}`);
      if (draft.mode === 'url-only' && visualArtefactKinds.has(valid.kind)) throw new UrlOnlyRefusal();
      // `add`, never `put`: an existing artefact id is a ConstraintError, so evidence is never replaced.
      await tx.objectStore('artefacts').add(valid);
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    const { blob: _blob, ...meta } = valid;
    return meta;
  }

  /**
   * Stores several artefacts and updates their draft in one transaction (one durable commit on
   * the capture path instead of one per artefact). All or nothing.
   */
  async commitCapture(draftId: string, artefacts: Artefact[], change: (draft: Draft) => Draft): Promise<Draft> {
    const valid = artefacts.map((a) => artefactSchema.parse(a));
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    try {
      const current = requireDraft(await tx.objectStore('drafts').get(draftId), draftId);
      for (const a of valid) {
        if (a.draftId !== draftId) throw new Error('Artefact of another draft');
        if (current.mode === 'url-only' && visualArtefactKinds.has(a.kind)) throw new UrlOnlyRefusal();
        await tx.objectStore('artefacts').add(a);
      }
      const next = draftSchema.parse({ ...change(current), id: draftId, updatedAt: new Date().toISOString() });
      await tx.objectStore('drafts').put(next);
      await tx.done;
      return next;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
  }

  /** A draft and its artefacts, read in one transaction (what the composer shows). */
  async withArtefacts(draftId: string): Promise<{ draft: Draft; artefacts: Artefact[] } | undefined> {
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts']);
    const [raw, artefacts] = await Promise.all([
      tx.objectStore('drafts').get(draftId),
      tx.objectStore('artefacts').index('byDraft').getAll(draftId),
    ]);
    if (!raw) return undefined;
    const migrated = migrateDraft(raw);
    if (!migrated.ok) throw new Error(`Draft ${draftId} cannot be read: ${migrated.reason} (${migrated.detail})`);
    return { draft: migrated.draft, artefacts: artefacts.sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
  }

  async artefact(id: string): Promise<Artefact | undefined> {
    return (await this.db()).get('artefacts', id);
  }

  /**
   * Makes a draft link-only, for good: deletes every screenshot, archive and facts record of it
   * and drops the page's text (title, selection, claims), in one transaction. Used when the user
   * qualifies a report as child sexual abuse material: possessing it is an offence.
   */
  async purgeToUrlOnly(draftId: string): Promise<{ draft: Draft; purged: number }> {
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    try {
      const d = requireDraft(await tx.objectStore('drafts').get(draftId), draftId);
      const keys = await tx.objectStore('artefacts').index('byDraft').getAllKeys(draftId);
      for (const key of keys) await tx.objectStore('artefacts').delete(key);
      const next = draftSchema.parse({
        ...d,
        mode: 'url-only',
        csam: true,
        page: null,
        target: { ...d.target, selectionText: undefined },
        observed: { ...d.observed, tabTitle: undefined },
        updatedAt: new Date().toISOString(),
      });
      await tx.objectStore('drafts').put(next);
      await tx.done;
      return { draft: next, purged: keys.length };
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
  }

  /** Other drafts of the same content (same normalized URL), oldest first. */
  async sameContent(draft: Pick<Draft, 'id' | 'target'>): Promise<Draft[]> {
    const db = await this.db();
    const raws = await db.getAllFromIndex('drafts', 'byNormalizedUrl', draft.target.normalizedUrl);
    return raws
      .map((r) => migrateDraft(r))
      .flatMap((m) => (m.ok && m.draft.id !== draft.id ? [m.draft] : []))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /** Deletes the draft and every artefact of it, in one transaction. */
  async delete(draftId: string): Promise<void> {
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    const keys = await tx.objectStore('artefacts').index('byDraft').getAllKeys(draftId);
    await Promise.all([
      ...keys.map((k) => tx.objectStore('artefacts').delete(k)),
      tx.objectStore('drafts').delete(draftId),
    ]);
    await tx.done;
  }

  /**
   * Marks drafts left in `capturing` as `interrupted`. Called once when the background starts:
   * a capture cannot outlive the background that ran it, so any such draft last touched before
   * `startedAt` (this background's start) is from a dead one. Later ones belong to this run.
   */
  async markInterrupted(startedAt: string): Promise<number> {
    const { drafts } = await this.list();
    const stale = drafts.filter((d) => d.status === 'capturing' && d.updatedAt < startedAt);
    for (const d of stale) {
      await this.update(d.id, (draft) => ({
        ...draft,
        status: 'interrupted',
        problems: [...draft.problems, { code: 'interrupted' }],
      }));
    }
    return stale.length;
  }
}

/** A stored draft record, brought to the current schema before it is changed; throws if there is none or it cannot be read. */
function requireDraft(raw: unknown, id: string): Draft {
  if (!raw) throw new Error(`No draft ${id}`);
  const migrated = migrateDraft(raw);
  if (!migrated.ok) throw new Error(`Draft ${id} cannot be updated: ${migrated.reason} (${migrated.detail})`);
  return migrated.draft;
}

/** Aborts a transaction that failed, swallowing the rejection of `tx.done` that the abort causes. */
function abortQuietly(tx: { abort(): void; done: Promise<void> }) {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

export const draftsRepository = new DraftsRepository();
