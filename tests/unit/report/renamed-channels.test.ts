import { describe, expect, it } from 'vitest';
import { openVigieDb } from '@/utils/db/database';
import { toHistoryRow } from '@/utils/db/history-query';
import { parseReportList, REPORT_LIST_FORMAT, REPORT_LIST_VERSION } from '@/utils/db/history-io';
import { renameStoredChannels } from '@/utils/db/renamed-channels';
import { DRAFT_SCHEMA_VERSION } from '@/utils/report/draft';
import {
  currentChannelId,
  namesRenamedChannel,
  renamedChannelIds,
  renameStoredChannelIds,
} from '@/utils/report/renamed-channels';
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
    expect(renameStoredChannelIds(renamed)).toEqual(renamed);
  });

  it('leaves a record that names no renamed door as it was (a null decision included)', () => {
    const record = { handoffs: [handoff('pharos')], followUp: { decision: null } };
    expect(renameStoredChannelIds(record)).toEqual(record);
    const noChannel = { handoffs: [], followUp: { decision: { channelId: null } } };
    expect(renameStoredChannelIds(noChannel)).toEqual(noChannel);
  });

  it('a renamed id never names a place again, and no new name is itself renamed', () => {
    for (const [before, after] of renamedChannelIds()) {
      expect(before).toMatch(/^[a-z]{2}-(emergency-national|trusted-flagger)-[1-9][0-9]?$/);
      expect(after.slice(0, 3)).toBe(before.slice(0, 3));
      expect(currentChannelId(after)).toBe(after);
    }
  });

  it('tells a record that names a renamed door from one that does not', () => {
    expect(namesRenamedChannel(stored('pharos'))).toBe(true); // its decision names nl-trusted-flagger-3
    expect(namesRenamedChannel({ handoffs: [handoff('pharos')], followUp: { decision: null } })).toBe(false);
    expect(namesRenamedChannel({ handoffs: [handoff('de-emergency-national-1')], followUp: { decision: null } })).toBe(
      true,
    );
  });

  it('an imported report list reads the stable names', () => {
    const parsed = parseReportList(
      JSON.stringify({
        format: REPORT_LIST_FORMAT,
        version: REPORT_LIST_VERSION,
        exportedAt: AT,
        extensionVersion: '0.1.0',
        reports: [stored('nl-trusted-flagger-3', 'nl-police-portal')],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.detail);
    expect(parsed.reports[0]!.handoffs.map((h) => h.channelId)).toEqual([
      'nl-trusted-flagger-nl-confidential',
      'nl-police-portal',
    ]);
    expect(parsed.reports[0]!.followUp.decision?.channelId).toBe('nl-trusted-flagger-nl-confidential');
  });

  it('the worker renames the stored drafts once (after an update); the others are left as they were', async () => {
    const name = dbName();
    const old = stored('pl-emergency-national-2');
    const current = { ...stored('pharos'), followUp: { steps: [], decision: null, onlineChecks: [] } };
    const db = await openVigieDb(name);
    await db.put('drafts', old as never);
    await db.put('drafts', current as never);
    db.close();
    const r = repo(name);
    expect(await renameStoredChannels(r)).toBe(1);
    const draft = await r.get(old.id);
    expect(draft?.handoffs.map((h) => h.channelId)).toEqual(['pl-emergency-national-998']);
    expect(draft?.followUp.decision?.channelId).toBe('nl-trusted-flagger-nl-confidential');
    expect((await r.get(current.id))?.updatedAt).toBe(current.updatedAt);
    expect(await renameStoredChannels(r)).toBe(0);
  });

  it('a history row reads the stable names', () => {
    const row = toHistoryRow(stored('hu-trusted-flagger-1', 'pharos'));
    expect(row?.channels).toEqual(['hu-trusted-flagger-hatter', 'pharos']);
  });
});
