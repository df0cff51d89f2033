import { describe, expect, it } from 'vitest';
import {
  earlierReports,
  recordHandoff,
  reportStatus,
  setAcknowledged,
  setHandoffReference,
} from '@/utils/report/handoffs';
import { cleanReference, referenceOverflow } from '@/utils/report/reference';
import { emptyQualification, type Draft } from '@/utils/report/draft';
import { handoffSchema } from '@/utils/report/handoff';

const T1 = '2026-11-28T10:00:00.000Z';
const T2 = '2026-11-28T11:00:00.000Z';

function draft(over: Partial<Draft> = {}): Draft {
  return {
    id: over.id ?? '00000000-0000-4000-8000-000000000001',
    qualification: emptyQualification(),
    handoffs: [],
    ...over,
  } as Draft;
}

describe('hand-off records', () => {
  it('records each action once, keeps the first time and updates the last', () => {
    let d = recordHandoff(draft(), 'pharos', 'opened', T1);
    d = recordHandoff(d, 'pharos', 'copied', T2);
    d = recordHandoff(d, 'pharos', 'copied', T2);
    expect(d.handoffs).toEqual([
      { channelId: 'pharos', at: T1, lastAt: T2, actions: ['opened', 'copied'], reference: null, acknowledgedAt: null },
    ]);
  });

  it('records the gate’s last verdict with the action; a record without one still parses', () => {
    let d = recordHandoff(draft(), 'pharos', 'copied', T1, { ready: false, missing: ['description'] });
    expect(d.handoffs[0]!.gate).toEqual({ ready: false, missing: ['description'], at: T1 });
    d = recordHandoff(d, 'pharos', 'filled', T2, { ready: true, missing: [] });
    expect(d.handoffs[0]!.gate).toEqual({ ready: true, missing: [], at: T2 });
    d = recordHandoff(d, 'pharos', 'opened', T2);
    expect(d.handoffs[0]!.gate?.ready).toBe(true);
    const old = { channelId: 'pharos', at: T1, lastAt: T1, actions: ['copied'], reference: null, acknowledgedAt: null };
    expect(handoffSchema.parse(old)).toEqual(old);
    expect(handoffSchema.safeParse({ ...old, gate: { ready: 'yes', missing: [], at: T1 } }).success).toBe(false);
  });

  it('keeps channels apart, in the order the user acted', () => {
    let d = recordHandoff(draft(), 'pharos', 'filled', T1);
    d = recordHandoff(d, 'x-notice', 'opened', T2);
    expect(d.handoffs.map((h) => h.channelId)).toEqual(['pharos', 'x-notice']);
  });

  it('a pasted reference is cleaned and marks the report acknowledged; clearing it keeps the date', () => {
    let d = setHandoffReference(
      recordHandoff(draft(), 'pharos', 'filled', T1),
      'pharos',
      '  PH-2026\u202e-12345 \n',
      T2,
    );
    expect(d.handoffs[0]?.reference).toBe('PH-2026 -12345');
    expect(d.handoffs[0]?.acknowledgedAt).toBe(T2);
    d = setHandoffReference(d, 'pharos', '   ', T2);
    expect(d.handoffs[0]?.reference).toBeNull();
    expect(d.handoffs[0]?.acknowledgedAt).toBe(T2);
    expect(setAcknowledged(d, 'pharos', false, T2).handoffs[0]?.acknowledgedAt).toBeNull();
  });

  it('bounds references', () => {
    expect(cleanReference('x'.repeat(1000))?.length).toBe(300);
    expect(cleanReference('')).toBeNull();
  });

  it('says how long a reference is when it is too long to keep, counted once cleaned', () => {
    expect(referenceOverflow('x'.repeat(300))).toBeNull();
    expect(referenceOverflow(`  ${'x'.repeat(300)}\n\n  `)).toBeNull();
    expect(referenceOverflow('x'.repeat(301))).toBe(301);
    expect(referenceOverflow('')).toBeNull();
  });
});

describe('reportStatus', () => {
  it('goes draft → ready → handed off → acknowledged', () => {
    const q = { ...emptyQualification(), categoryId: 'threats' };
    expect(reportStatus(draft({ qualification: q }))).toBe('draft');
    const ready = draft({ qualification: { ...q, goodFaithAt: T1 } });
    expect(reportStatus(ready)).toBe('ready');
    const handed = recordHandoff(ready, 'pharos', 'opened', T1);
    expect(reportStatus(handed)).toBe('handed-off');
    expect(reportStatus(setAcknowledged(handed, 'pharos', true, T2))).toBe('acknowledged');
  });
});

describe('earlierReports', () => {
  it('says "already reported" only for content actually handed off; unsent drafts are offered to continue', () => {
    const current = draft({ id: '00000000-0000-4000-8000-00000000000c' });
    const unsent = draft({ id: '00000000-0000-4000-8000-00000000000a' });
    const sent = recordHandoff(draft({ id: '00000000-0000-4000-8000-00000000000b' }), 'pharos', 'filled', T1);
    const r = earlierReports(current, [unsent, sent, current]);
    expect(r.handedOff.map((h) => h.draft.id)).toEqual([sent.id]);
    expect(r.handedOff[0]?.handoffs.map((h) => h.channelId)).toEqual(['pharos']);
    expect(r.unsent.map((d) => d.id)).toEqual([unsent.id]);
  });
});
