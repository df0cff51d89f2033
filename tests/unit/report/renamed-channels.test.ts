import { describe, expect, it } from 'vitest';
import { openVigieDb } from '@/utils/db/database';
import { toHistoryRow } from '@/utils/db/history-query';
import { DRAFT_SCHEMA_VERSION, migrateDraft } from '@/utils/report/draft';
import { currentChannelId, renamedChannelIds, renameStoredChannelIds } from '@/utils/report/renamed-channels';
import { dbName, draftInput, repo } from '../db/helpers';

const AT = '2026-11-20T10:00:00.000Z';
const handoff = (channelId: string) => ({
  channelId,
  at: AT,
  lastAt: AT,
  actions: ['opened'],
  reference: null,
  acknowledgedAt: null,
});
/** A stored draft record (current schema) whose hand-offs name doors by their old place in a list. */
const stored = (...channelIds: string[]) => ({
  ...draftInput({ status: 'ready' }),
  schemaVersion: DRAFT_SCHEMA_VERSION,
  handoffs: channelIds.map(handoff),
  followUp: {
    steps: [],
    decision: { outcome: 'removed', at: AT, channelId: 'nl-trusted-flagger-3' },
    onlineChecks: [],
  },
});

describe('renamed channel ids', () => {
  it('reads a door once named by its place in a list under its stable name, and leaves any other id alone', () => {
    expect(currentChannelId('nl-trusted-flagger-3')).toBe('nl-trusted-flagger-nl-confidential');
    expect(currentChannelId('de-emergency-national-1')).toBe('de-emergency-national-110');
    expect(currentChannelId('pharos')).toBe('pharos');
    expect(currentChannelId('nl-trusted-flagger-nl-confidential')).toBe('nl-trusted-flagger-nl-confidential');
    expect(currentChannelId('constructor')).toBe('constructor');
    expect(currentChannelId('')).toBe('');
  });

  it('renames the hand-offs and the decision of a record without touching the original; idempotent', () => {
    const record = {
      handoffs: [handoff('hu-trusted-flagger-1'), handoff('pharos')],
      followUp: { decision: { outcome: 'removed', channelId: 'nl-trusted-flagger-3' } },
    };
    const copy = structuredClone(record);
    const renamed = renameStoredChannelIds(record);
    expect(renamed.handoffs.map((h) => h.channelId)).toEqual(['hu-trusted-flagger-hatter', 'pharos']);
    expect(renamed.followUp.decision.channelId).toBe('nl-trusted-flagger-nl-confidential');
    expect(renamed.handoffs[0]!.actions).toEqual(['opened']);
    expect(record).toEqual(copy);
    expect(renameStoredChannelIds(renamed)).toBe(renamed);
  });

  it('returns the record itself when it names no renamed door (a null decision included)', () => {
    const record = { handoffs: [handoff('pharos')], followUp: { decision: null } };
    expect(renameStoredChannelIds(record)).toBe(record);
    const noChannel = { handoffs: [], followUp: { decision: { channelId: null } } };
    expect(renameStoredChannelIds(noChannel)).toBe(noChannel);
  });

  it('a renamed id never names a place again, and no new name is itself renamed', () => {
    for (const [before, after] of Object.entries(renamedChannelIds)) {
      expect(before).toMatch(/^[a-z]{2}-(emergency-national|trusted-flagger)-[1-9][0-9]?$/);
      expect(after.slice(0, 3)).toBe(before.slice(0, 3));
      expect(Object.hasOwn(renamedChannelIds, after)).toBe(false);
    }
  });

  it('migrateDraft (the repository, the history, the import) reads the stable names', () => {
    const result = migrateDraft(stored('nl-trusted-flagger-3', 'nl-police-portal'));
    if (!result.ok) throw new Error(result.detail);
    expect(result.draft.handoffs.map((h) => h.channelId)).toEqual([
      'nl-trusted-flagger-nl-confidential',
      'nl-police-portal',
    ]);
    expect(result.draft.followUp.decision?.channelId).toBe('nl-trusted-flagger-nl-confidential');
  });

  it('a draft stored with an old id is read from the database under the stable name', async () => {
    const name = dbName();
    const record = stored('pl-emergency-national-2');
    const db = await openVigieDb(name);
    await db.put('drafts', record as never);
    db.close();
    const r = repo(name);
    const draft = await r.get(record.id);
    expect(draft?.handoffs.map((h) => h.channelId)).toEqual(['pl-emergency-national-998']);
    const listed = await r.list();
    expect(listed.drafts.find((d) => d.id === record.id)?.handoffs[0]?.channelId).toBe('pl-emergency-national-998');
    await r.close();
  });

  it('a history row reads the stable names', () => {
    const row = toHistoryRow(stored('hu-trusted-flagger-1', 'pharos'));
    expect(row?.channels).toEqual(['hu-trusted-flagger-hatter', 'pharos']);
  });
});
