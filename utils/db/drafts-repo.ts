import type { IDBPTransaction } from 'idb';
import type { VigieDB } from './database';
import { closeVigieDb, vigieDb } from './connection';
import { announcePurge } from './draft-channel';
import { sha256Hex } from '@/utils/capture/hash';
import {
  ARTEFACT_SCHEMA_VERSION,
  artefactSchema,
  DRAFT_SCHEMA_VERSION,
  draftSchema,
  migrateDraft,
  UrlOnlyRefusal,
  type Artefact,
  type ArtefactMeta,
  type Draft,
  type DraftInput,
  type Qualification,
  type Redaction,
} from '@/utils/report/draft';

/** Evidence writes must reach disk before we tell the user they are saved. */
const STRICT = { durability: 'strict' } as const;

/** Defined with the report model (capture checks it without depending on db); re-exported for db callers. */
export { UrlOnlyRefusal };

/** A draft write: the draft as stored, and how many artefacts the link-only rule deleted with it. */
export interface DraftWrite {
  draft: Draft;
  purged: number;
}

type WriteTx = IDBPTransaction<VigieDB, ['drafts', 'artefacts'], 'readwrite'>;
type LinkOnlyRule = typeof import('./url-only');

/**
 * The link-only rule needs the taxonomy and the platform extractors (large, bilingual data): it
 * is loaded on the first write, before that write's transaction opens, so pages that only read
 * drafts (the composer's first paint) do not wait for it. Reads never need it.
 */
let rulePromise: Promise<LinkOnlyRule> | null = null;
const linkOnlyRule = () => (rulePromise ??= import('./url-only'));

export interface StoredDraftProblem {
  id: string;
  reason: 'future-version' | 'invalid';
  detail: string;
}

/**
 * The only module that reads and writes drafts and their artefacts. Artefacts are immutable:
 * there is `addArtefact` and deletion, never an update; a changed copy is a new artefact whose
 * `derivedFrom` names the original (`addDerivedArtefact`).
 *
 * The link-only (CSAM) rule lives here, in the transaction of every draft write (`writeDraft`):
 * a draft whose answers make it link-only loses every artefact and every page-derived field in
 * the same transaction as the answer, and a link-only draft refuses any artefact or page text.
 */
export class DraftsRepository {
  constructor(private readonly dbName?: string) {}

  private db() {
    return vigieDb(this.dbName);
  }

  /** Closes the database's shared connection (tests; the next call opens it again). */
  async close() {
    await closeVigieDb(this.dbName);
  }

  async create(input: Omit<DraftInput, 'schemaVersion'>): Promise<Draft> {
    const parsed = draftSchema.parse({ ...input, schemaVersion: DRAFT_SCHEMA_VERSION });
    const rule = await linkOnlyRule();
    // A new draft has no artefact yet: a link-only one only needs its page-derived fields dropped.
    const draft = rule.draftIsLinkOnly(parsed) ? draftSchema.parse(rule.linkOnlyDraft(parsed)) : parsed;
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

  /**
   * Adds reports read from a file (the history's import): each one validated and put through the
   * link-only rule like any other write, in one transaction, all or nothing. A report whose id is
   * already stored (or repeated in the file) is skipped and counted, never overwritten.
   */
  async importDrafts(drafts: readonly Draft[]): Promise<{ added: number; duplicates: number }> {
    const rule = await linkOnlyRule();
    const ready = drafts.map((d) => {
      const parsed = draftSchema.parse(d);
      return rule.draftIsLinkOnly(parsed) ? draftSchema.parse(rule.linkOnlyDraft(parsed)) : parsed;
    });
    const db = await this.db();
    const tx = db.transaction('drafts', 'readwrite', STRICT);
    let added = 0;
    let duplicates = 0;
    try {
      const seen = new Set<string>();
      for (const draft of ready) {
        if (seen.has(draft.id) || (await tx.store.getKey(draft.id)) !== undefined) {
          duplicates++;
          continue;
        }
        seen.add(draft.id);
        await tx.store.add(draft);
        added++;
      }
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    return { added, duplicates };
  }

  async get(id: string): Promise<Draft | undefined> {
    const raw = await (await this.db()).get('drafts', id);
    if (!raw) return undefined;
    const migrated = migrateDraft(raw);
    if (!migrated.ok) throw new Error(`Draft ${id} cannot be read: ${migrated.reason} (${migrated.detail})`);
    return migrated.draft;
  }

  /**
   * Applies `change` to the stored draft in one transaction; the result is validated before it is
   * written, and the link-only rule applied (see `writeDraft`): on a link-only draft, page-derived
   * fields in `change` are dropped, not written.
   */
  async update(id: string, change: (draft: Draft) => Draft): Promise<Draft> {
    return (await this.write(id, change)).draft;
  }

  /**
   * Records the user's answers. If they make the report link-only (`isLinkOnly`), the draft
   * becomes URL-only in the same transaction: every artefact of it is deleted (screenshots,
   * full-page parts, MHTML, DOM snapshot, page facts) and every page-derived field cleared.
   * All or nothing. Every open page of the draft is then told (`draft-channel`).
   */
  async qualify(id: string, patch: Partial<Qualification>): Promise<DraftWrite> {
    return this.write(id, (d) => ({ ...d, qualification: { ...d.qualification, ...patch } }));
  }

  private async write(id: string, change: (draft: Draft) => Draft): Promise<DraftWrite> {
    const rule = await linkOnlyRule();
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    let result: DraftWrite & { switched: boolean };
    try {
      const current = requireDraft(await tx.objectStore('drafts').get(id), id);
      result = await writeDraft(tx, rule, current, change(current));
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    if (result.switched || result.purged > 0) announcePurge(id, result.purged);
    return { draft: result.draft, purged: result.purged };
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
    const rule = await linkOnlyRule();
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    try {
      const draft = await tx.objectStore('drafts').get(valid.draftId);
      if (!draft) throw new Error(`No draft ${valid.draftId}`);
      // Every kind, `facts` included: a link-only draft keeps nothing the page showed or said.
      if (rule.draftIsLinkOnly(requireDraft(draft, valid.draftId))) throw new UrlOnlyRefusal();
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
   * Stores a redacted copy of an image artefact (screenshot or full-page part) as a new artefact:
   * same draft, kind and part as the original, `derivedFrom` naming it, its hash in `redaction`,
   * and the copy's own SHA-256 computed here from its bytes. The original is not touched. Refused
   * for a link-only draft (`UrlOnlyRefusal`), an original of another draft, of another kind, or
   * itself a copy, and a `redaction` that names another hash than the original's.
   */
  async addDerivedArtefact(
    draftId: string,
    originalId: string,
    blob: Blob,
    redaction: Redaction,
  ): Promise<ArtefactMeta> {
    if (!blob.type.startsWith('image/')) throw new Error('A redacted copy is an image');
    // Hashed before the transaction opens: it would commit while waiting for anything but IndexedDB.
    const sha256 = await sha256Hex(blob);
    const rule = await linkOnlyRule();
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    let valid: Artefact;
    try {
      if (rule.draftIsLinkOnly(requireDraft(await tx.objectStore('drafts').get(draftId), draftId)))
        throw new UrlOnlyRefusal();
      const original = await tx.objectStore('artefacts').get(originalId);
      if (!original || original.draftId !== draftId) throw new Error(`No artefact ${originalId} in draft ${draftId}`);
      if (original.kind !== 'screenshot' && original.kind !== 'full-page') throw new Error('Only images are redacted');
      if (original.derivedFrom) throw new Error('A copy is made from the original, not from another copy');
      if (redaction.originalSha256 !== original.sha256) throw new Error('The redaction names another original');
      valid = artefactSchema.parse({
        schemaVersion: ARTEFACT_SCHEMA_VERSION,
        id: crypto.randomUUID(),
        draftId,
        kind: original.kind,
        mime: blob.type,
        size: blob.size,
        sha256,
        createdAt: new Date().toISOString(),
        derivedFrom: original.id,
        part: original.part,
        redaction,
        blob,
      });
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
   * the capture path instead of one per artefact). All or nothing: on a link-only draft any
   * artefact is refused (`UrlOnlyRefusal`) and nothing at all is written.
   */
  async commitCapture(draftId: string, artefacts: Artefact[], change: (draft: Draft) => Draft): Promise<Draft> {
    const valid = artefacts.map((a) => artefactSchema.parse(a));
    const rule = await linkOnlyRule();
    const db = await this.db();
    const tx = db.transaction(['drafts', 'artefacts'], 'readwrite', STRICT);
    let result: DraftWrite & { switched: boolean };
    try {
      const current = requireDraft(await tx.objectStore('drafts').get(draftId), draftId);
      for (const a of valid) {
        if (a.draftId !== draftId) throw new Error('Artefact of another draft');
        if (rule.draftIsLinkOnly(current)) throw new UrlOnlyRefusal();
        await tx.objectStore('artefacts').add(a);
      }
      result = await writeDraft(tx, rule, current, change(current));
      await tx.done;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
    if (result.switched || result.purged > 0) announcePurge(draftId, result.purged);
    return result.draft;
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
   * Applies the link-only rule to every stored draft that breaks it (written before the rule read
   * the `csam` mark on every door, e.g. through an import): each is rewritten link-only and its
   * artefacts deleted, one transaction per draft. Called once when the background starts. Returns
   * how many drafts were changed.
   */
  async enforceLinkOnly(): Promise<number> {
    const rule = await linkOnlyRule();
    const { drafts } = await this.list();
    let changed = 0;
    for (const d of drafts) {
      if (!rule.draftIsLinkOnly(d)) continue;
      const again = rule.linkOnlyDraft(d);
      const artefactKeys = await (await this.db()).getAllKeysFromIndex('artefacts', 'byDraft', d.id);
      if (artefactKeys.length === 0 && JSON.stringify(again) === JSON.stringify(d)) continue;
      await this.write(d.id, (draft) => draft);
      changed++;
    }
    return changed;
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

/**
 * Writes `proposed` as the new state of `current`, inside the caller's transaction, with the
 * link-only rule: if the draft is or becomes link-only (its mode, or answers that `isLinkOnly`
 * says need it), every artefact of it is deleted and every page-derived field cleared, and it is
 * stored as `url-only`. The way back does not exist: once URL-only, a draft never becomes `full`
 * again whatever the answers become, because its evidence is gone (and must stay gone).
 */
async function writeDraft(
  tx: WriteTx,
  rule: LinkOnlyRule,
  current: Draft,
  proposed: Draft,
): Promise<DraftWrite & { switched: boolean }> {
  const stamp = { id: current.id, updatedAt: new Date().toISOString() };
  // Once link-only, always: the evidence is gone (and must stay gone) whatever the answers become.
  const linkOnly = rule.draftIsLinkOnly(current) || rule.draftIsLinkOnly(proposed);
  if (!linkOnly) {
    const next = draftSchema.parse({ ...proposed, ...stamp });
    await tx.objectStore('drafts').put(next);
    return { draft: next, purged: 0, switched: false };
  }
  const artefacts = tx.objectStore('artefacts');
  const keys = await artefacts.index('byDraft').getAllKeys(current.id);
  for (const key of keys) await artefacts.delete(key);
  const next = draftSchema.parse({
    ...rule.linkOnlyDraft({ ...proposed, csam: current.csam || proposed.csam }),
    ...stamp,
  });
  await tx.objectStore('drafts').put(next);
  return { draft: next, purged: keys.length, switched: !rule.draftIsLinkOnly(current) };
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
