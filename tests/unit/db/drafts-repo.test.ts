import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { UrlOnlyRefusal } from '@/utils/db/drafts-repo';
import { reportsWithArtefacts } from '@/utils/db/history';
import { DB_VERSION, openVigieDb } from '@/utils/db/database';
import { artefactKinds, DRAFT_SCHEMA_VERSION, emptyQualification, migrateDraft } from '@/utils/report/draft';
import { sha256Hex } from '@/utils/capture/hash';
import { artefact, dbName, draftInput, pageFacts, repo, storedArtefacts } from './helpers';

describe('database schema', () => {
  it('creates every store and index on a fresh install', async () => {
    const name = dbName();
    const db = await openVigieDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'artefacts',
      'drafts',
      'keys',
      'settings',
      'watchKeys',
      'watchlists',
    ]);
    expect([...db.transaction('drafts').store.indexNames].sort()).toEqual([
      'byCreatedAt',
      'byNormalizedUrl',
      'byUpdatedAt',
    ]);
    expect([...db.transaction('artefacts').store.indexNames]).toEqual(['byDraft']);
    db.close();
  });

  it('upgrades a version 1 database: records rewritten to v2 and indexed by normalized URL', async () => {
    const name = dbName();
    const v1 = await openVigieDb(name, 1);
    const record = v1Record('https://m.example.org/post/1?fbclid=abc');
    await v1.put('drafts', record as never);
    const broken = { id: 'broken', updatedAt: '2026-01-01T00:00:00.000Z', status: 'ready', schemaVersion: 1 };
    await v1.put('drafts', broken as never);
    v1.close();

    const db = await openVigieDb(name);
    expect(db.version).toBe(DB_VERSION);
    const migrated = await db.getFromIndex('drafts', 'byNormalizedUrl', 'https://example.org/post/1');
    expect(migrated).toMatchObject({
      id: record.id,
      schemaVersion: DRAFT_SCHEMA_VERSION,
      qualification: emptyQualification(),
    });
    // A record that is not a valid draft keeps every field it had, and is reported, not dropped.
    expect(await db.get('drafts', 'broken')).toMatchObject({
      id: 'broken',
      updatedAt: broken.updatedAt,
      status: 'ready',
    });
    db.close();
    const r = repo(name);
    expect((await r.list()).unreadable.map((u) => u.id)).toEqual(['broken']);
  });

  it('upgrades a version 6 database: de-duplication keys taken again with today’s rules, cut addresses kept', async () => {
    const name = dbName();
    const v6 = await openVigieDb(name, 6);
    const now = new Date().toISOString();
    const base = { ...draftInput({ createdAt: now }), schemaVersion: DRAFT_SCHEMA_VERSION };
    // An old key: the port and the forum's `t` were dropped by the rules of the time.
    const stale = {
      ...base,
      id: crypto.randomUUID(),
      target: {
        ...base.target,
        url: 'https://forum.example:8443/viewtopic?t=12',
        normalizedUrl: 'https://forum.example/viewtopic',
      },
    };
    const cut = {
      ...base,
      id: crypto.randomUUID(),
      target: {
        ...base.target,
        url: 'https://example.org/long',
        normalizedUrl: 'https://example.org/long…sha256:00',
        cut: [{ field: 'url', length: 9000, sha256: 'a'.repeat(64) }],
      },
    };
    const right = {
      ...base,
      id: crypto.randomUUID(),
      target: { ...base.target, url: 'https://www.example.org/p/', normalizedUrl: 'https://example.org/p' },
    };
    for (const r of [stale, cut, right]) await v6.put('drafts', r as never);
    await v6.put('drafts', { id: 'broken', schemaVersion: 4 } as never);
    v6.close();

    const db = await openVigieDb(name);
    const keyOf = async (id: string) =>
      ((await db.get('drafts', id)) as unknown as { target: { normalizedUrl: string } }).target.normalizedUrl;
    expect(await keyOf(stale.id)).toBe('https://forum.example:8443/viewtopic?t=12');
    expect(await keyOf(cut.id)).toBe('https://example.org/long…sha256:00');
    expect(await db.get('drafts', right.id)).toEqual(right);
    expect(await db.get('drafts', 'broken')).toEqual({ id: 'broken', schemaVersion: 4 });
    expect(
      (await db.getAllFromIndex('drafts', 'byNormalizedUrl', 'https://forum.example:8443/viewtopic?t=12')).map(
        (d) => d.id,
      ),
    ).toEqual([stale.id]);
    db.close();
  });

  it('leaves a database from a newer Vigie alone instead of corrupting it', async () => {
    const name = dbName();
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('future') });
    newer.close();
    await expect(openVigieDb(name)).rejects.toThrow();
    const again = await openDB(name);
    expect([...again.objectStoreNames]).toEqual(['future']);
    again.close();
  });
});

/** A draft as Vigie 0.1 (schema v1) stored it: no qualification, no normalized URL. */
function v1Record(url = 'https://www.example.org/p/?utm_source=x') {
  const current = draftInput({ target: { context: 'page', url, pageUrl: url, normalizedUrl: 'unused' } });
  const { qualification: _q, target, ...rest } = current;
  const { normalizedUrl: _n, ...v1Target } = target;
  return { ...rest, target: v1Target, schemaVersion: 1 };
}

describe('migrateDraft', () => {
  it('migrates a v1 record: empty qualification, normalized URL', () => {
    const result = migrateDraft(v1Record());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.schemaVersion).toBe(DRAFT_SCHEMA_VERSION);
    expect(result.draft.qualification).toEqual(emptyQualification());
    expect(result.draft.target.normalizedUrl).toBe('https://example.org/p');
  });

  it('refuses records without a usable version', () => {
    expect(migrateDraft({ ...v1Record(), schemaVersion: 0 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrateDraft({ ...v1Record(), schemaVersion: '1' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(migrateDraft(null)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('accepts a current record', () => {
    const result = migrateDraft({ ...draftInput(), schemaVersion: DRAFT_SCHEMA_VERSION });
    expect(result.ok).toBe(true);
  });

  it('refuses to rewrite a record from a newer version', () => {
    const result = migrateDraft({ ...draftInput(), schemaVersion: DRAFT_SCHEMA_VERSION + 1 });
    expect(result).toMatchObject({ ok: false, reason: 'future-version' });
  });

  it('reports an invalid record with a readable reason', () => {
    const result = migrateDraft({ ...draftInput(), schemaVersion: DRAFT_SCHEMA_VERSION, status: 'weird' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result.ok ? '' : result.detail).toMatch(/status/);
  });
});

describe('DraftsRepository', () => {
  it('creates, reads and lists drafts, newest first', async () => {
    const r = repo();
    const a = await r.create(draftInput({ updatedAt: '2026-11-22T10:00:00.000Z' }));
    const b = await r.create(draftInput({ updatedAt: '2026-11-22T11:00:00.000Z' }));
    expect((await r.get(a.id))?.target.url).toBe('https://example.org/p');
    expect((await r.list()).drafts.map((d) => d.id)).toEqual([b.id, a.id]);
    expect((await r.list(1)).drafts).toHaveLength(1);
  });

  it('validates before writing: an invalid draft is refused and nothing is stored', async () => {
    const r = repo();
    await expect(
      r.create(draftInput({ target: { context: 'clipboard' as 'page', url: 'u', pageUrl: 'p', normalizedUrl: 'p' } })),
    ).rejects.toThrow();
    expect((await r.list()).drafts).toEqual([]);
  });

  it('cuts an overlong address instead of refusing the draft', async () => {
    const r = repo();
    const d = await r.create(
      draftInput({ target: { context: 'page', url: 'x'.repeat(9000), pageUrl: 'p', normalizedUrl: 'p' } }),
    );
    expect(d.target.url).toBe('x'.repeat(8192));
    expect((await r.get(d.id))?.target.url).toHaveLength(8192);
  });

  it('updates a draft and bumps updatedAt', async () => {
    const r = repo();
    const d = await r.create(draftInput({ updatedAt: '2020-01-01T00:00:00.000Z' }));
    const next = await r.update(d.id, (x) => ({ ...x, status: 'ready' }));
    expect(next.status).toBe('ready');
    expect(next.updatedAt > d.updatedAt).toBe(true);
    expect((await r.get(d.id))?.status).toBe('ready');
  });

  it('stores artefacts with their hash and lists them by draft', async () => {
    const r = repo();
    const d = await r.create(draftInput());
    const shot = await artefact(d.id, 'screenshot', 'png-bytes');
    await r.addArtefact(shot);
    const stored = await storedArtefacts(r, d.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.sha256).toBe(await sha256Hex(new TextEncoder().encode('png-bytes')));
    expect(await stored[0]!.blob.text()).toBe('png-bytes');
  });

  it('never overwrites an artefact (evidence is immutable)', async () => {
    const r = repo();
    const d = await r.create(draftInput());
    const shot = await artefact(d.id, 'screenshot', 'original');
    await r.addArtefact(shot);
    const forged = { ...shot, blob: new Blob(['forged']), sha256: await sha256Hex(new Blob(['forged'])) };
    await expect(r.addArtefact(forged)).rejects.toThrow();
    expect(await (await r.artefact(shot.id))!.blob.text()).toBe('original');
  });

  it('refuses an artefact whose hash does not have the SHA-256 shape', async () => {
    const r = repo();
    const d = await r.create(draftInput());
    await expect(r.addArtefact({ ...(await artefact(d.id, 'screenshot')), sha256: 'abc' })).rejects.toThrow();
  });

  it('refuses every artefact kind on a URL-only draft, page facts included', async () => {
    const r = repo();
    const d = await r.create(draftInput({ mode: 'url-only', csam: true, status: 'ready' }));
    for (const kind of artefactKinds) {
      await expect(r.addArtefact(await artefact(d.id, kind))).rejects.toThrow(UrlOnlyRefusal);
    }
    expect(await storedArtefacts(r, d.id)).toEqual([]);
  });

  it('deletes a draft with all its artefacts, and only those', async () => {
    const r = repo();
    const d = await r.create(draftInput());
    const other = await r.create(draftInput());
    await r.addArtefact(await artefact(d.id, 'screenshot'));
    await r.addArtefact(await artefact(d.id, 'facts'));
    await r.addArtefact(await artefact(other.id, 'screenshot'));
    await r.delete(d.id);
    expect(await r.get(d.id)).toBeUndefined();
    expect(await storedArtefacts(r, d.id)).toEqual([]);
    expect(await storedArtefacts(r, other.id)).toHaveLength(1);
  });

  it('marks drafts left capturing by a dead background as interrupted, not fresh ones', async () => {
    const r = repo();
    const stale = await r.create(draftInput({ updatedAt: '2026-11-22T10:00:00.000Z' }));
    const done = await r.create(draftInput({ status: 'ready', updatedAt: '2026-11-22T10:00:00.000Z' }));
    const fresh = await r.create(draftInput({ updatedAt: '2026-11-22T12:00:01.000Z' }));
    expect(await r.markInterrupted('2026-11-22T12:00:00.000Z')).toBe(1);
    expect(await r.get(stale.id)).toMatchObject({ status: 'interrupted', problems: [{ code: 'interrupted' }] });
    expect((await r.get(done.id))?.status).toBe('ready');
    expect((await r.get(fresh.id))?.status).toBe('capturing');
  });

  it('reads many drafts with their artefacts, chunk by chunk, leaving out missing and unreadable ones', async () => {
    const name = dbName();
    const r = repo(name);
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const d = await r.create(draftInput());
      await r.commitCapture(d.id, [await artefact(d.id, 'screenshot', `shot ${i}`)], (x) => x);
      made.push(d.id);
    }
    const db = await openVigieDb(name);
    await db.put('drafts', { id: 'broken', schemaVersion: 999 } as never);
    db.close();
    const ids = [made[3]!, 'missing', ...made, 'broken'];
    const many = await reportsWithArtefacts(ids, 2, name);
    expect([...many.keys()]).toEqual([made[3], ...made.filter((id) => id !== made[3])]);
    for (const id of made) {
      const one = await r.withArtefacts(id);
      expect(many.get(id)?.draft).toEqual(one?.draft);
      expect(many.get(id)?.artefacts.map((a) => a.sha256)).toEqual(one?.artefacts.map((a) => a.sha256));
    }
  });

  it('commits a capture (artefacts and draft update) all or nothing', async () => {
    const r = repo();
    const d = await r.create(draftInput());
    const shot = await artefact(d.id, 'screenshot');
    const facts = await artefact(d.id, 'facts');
    const next = await r.commitCapture(d.id, [shot, facts], (x) => ({ ...x, problems: [{ code: 'archive-failed' }] }));
    expect(next.problems).toEqual([{ code: 'archive-failed' }]);
    expect((await r.withArtefacts(d.id))?.artefacts.map((a) => a.kind).sort()).toEqual(['facts', 'screenshot']);

    // A second commit that reuses an artefact id fails as a whole: the new artefact and the draft change are not kept.
    const extra = await artefact(d.id, 'dom-snapshot');
    await expect(r.commitCapture(d.id, [extra, shot], (x) => ({ ...x, status: 'ready' }))).rejects.toThrow();
    expect((await r.get(d.id))?.status).toBe('capturing');
    expect(await r.artefact(extra.id)).toBeUndefined();
  });

  it('refuses to commit any artefact on a URL-only draft, and writes nothing of that commit', async () => {
    const r = repo();
    const d = await r.create(draftInput({ mode: 'url-only', csam: true, status: 'capturing' }));
    for (const kind of artefactKinds) {
      await expect(
        r.commitCapture(d.id, [await artefact(d.id, kind)], (x) => ({ ...x, status: 'ready', page: pageFacts() })),
      ).rejects.toThrow(UrlOnlyRefusal);
    }
    expect(await storedArtefacts(r, d.id)).toEqual([]);
    expect(await r.get(d.id)).toMatchObject({ status: 'capturing', page: null });
  });

  it('finds earlier reports of the same content by normalized URL', async () => {
    const r = repo();
    const first = await r.create(draftInput({ createdAt: '2026-11-01T10:00:00.000Z' }));
    const second = await r.create(draftInput({ createdAt: '2026-11-02T10:00:00.000Z' }));
    await r.create(
      draftInput({
        target: {
          context: 'page',
          url: 'https://other.example/',
          pageUrl: 'https://other.example/',
          normalizedUrl: 'https://other.example',
        },
      }),
    );
    const third = await r.create(draftInput());
    expect((await r.sameContent(third)).map((d) => d.id)).toEqual([first.id, second.id]);
  });

  it('reports records it cannot read instead of hiding them', async () => {
    const name = dbName();
    const r = repo(name);
    await r.create(draftInput());
    const db = await openVigieDb(name);
    await db.put('drafts', { id: 'future-1', updatedAt: '2030-01-01T00:00:00.000Z', status: 'x', schemaVersion: 99 });
    db.close();
    const { drafts, unreadable } = await r.list();
    expect(drafts).toHaveLength(1);
    expect(unreadable).toEqual([{ id: 'future-1', reason: 'future-version', detail: 'schemaVersion 99' }]);
  });
});
