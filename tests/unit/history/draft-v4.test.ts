import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, emptyQualification, migrateDraft } from '@/utils/report/draft';
import { draftInput } from '../db/helpers';

describe('draft schema v4 (follow-up)', () => {
  it('brings a v3 record to v4 with an empty follow-up, keeping everything else', () => {
    const { followUp: _none, ...v3 } = {
      ...draftInput({ status: 'ready' }),
      schemaVersion: 3,
      narrative: { description: 'Mon récit', publishedAt: null, publishedAtSource: null },
      handoffs: [
        {
          channelId: 'pharos',
          at: '2026-11-20T10:00:00.000Z',
          lastAt: '2026-11-20T10:00:00.000Z',
          actions: ['copied'],
          reference: 'REF-1',
          acknowledgedAt: null,
        },
      ],
      followUp: undefined,
    };
    const result = migrateDraft(v3);
    expect(DRAFT_SCHEMA_VERSION).toBe(4);
    if (!result.ok) throw new Error(result.detail);
    expect(result.draft.schemaVersion).toBe(4);
    expect(result.draft.followUp).toEqual({ steps: [], decision: null, onlineChecks: [] });
    expect(result.draft.narrative.description).toBe('Mon récit');
    expect(result.draft.handoffs[0]!.reference).toBe('REF-1');
  });

  it('brings a v1 record all the way to v4', () => {
    const { qualification: _q, ...v1 } = { ...draftInput(), schemaVersion: 1 };
    const result = migrateDraft(v1);
    expect(result.ok && result.draft.followUp.steps).toEqual([]);
    expect(result.ok && result.draft.qualification).toEqual(emptyQualification());
  });

  it('refuses a follow-up step with an unknown status', () => {
    const result = migrateDraft({
      ...draftInput(),
      schemaVersion: 4,
      followUp: {
        steps: [{ status: 'won', at: '2026-11-20T10:00:00.000Z', reference: null }],
        decision: null,
        onlineChecks: [],
      },
    });
    expect(result.ok).toBe(false);
  });
});
