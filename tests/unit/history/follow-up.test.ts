import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addStep,
  daysBetween,
  dsaNextSteps,
  emptyFollowUp,
  followUpStatus,
  parisDate,
  prescriptionCountdown,
  recordDecision,
  recordOnlineCheck,
} from '@/utils/report/follow-up';
import { categoryById, shortestPrescription } from '@/utils/qualify/taxonomy';

describe('follow-up statuses', () => {
  it('keep the furthest of the derived status and the last recorded step', () => {
    expect(followUpStatus('handed-off', emptyFollowUp())).toBe('handed-off');
    const decided = addStep(emptyFollowUp(), { status: 'decided', at: '2026-11-20T10:00:00Z', reference: 'A1' });
    expect(followUpStatus('handed-off', decided)).toBe('decided');
    const back = addStep(decided, { status: 'ready', at: '2026-11-21T10:00:00Z', reference: null });
    expect(followUpStatus('acknowledged', back)).toBe('acknowledged');
  });

  it('keep steps in date order, whatever order they are recorded in', () => {
    let f = addStep(emptyFollowUp(), { status: 'closed', at: '2026-11-25T10:00:00Z', reference: null });
    f = addStep(f, { status: 'acknowledged', at: '2026-11-10T10:00:00Z', reference: 'X' });
    expect(f.steps.map((s) => s.status)).toEqual(['acknowledged', 'closed']);
    expect(followUpStatus('draft', f)).toBe('closed');
  });

  it('a decision is also the "decided" step; no answer is not a decision', () => {
    const decided = recordDecision(emptyFollowUp(), 'refused', '2026-11-20T10:00:00Z', 'x-notice');
    expect(decided.decision).toEqual({ outcome: 'refused', at: '2026-11-20T10:00:00Z', channelId: 'x-notice' });
    expect(decided.steps.map((s) => s.status)).toEqual(['decided']);
    expect(recordDecision(emptyFollowUp(), 'no-answer', '2026-11-20T10:00:00Z', null).steps).toEqual([]);
  });

  it('records the user’s "still online?" answers with their date', () => {
    const f = recordOnlineCheck(emptyFollowUp(), 'removed', '2026-11-28T09:00:00Z');
    expect(f.onlineChecks).toEqual([{ at: '2026-11-28T09:00:00Z', result: 'removed' }]);
  });
});

describe('DSA next steps', () => {
  it('after a refusal: internal complaint within 6 months (Art. 20), out-of-court (Art. 21), trusted flagger (Art. 22)', () => {
    const steps = dsaNextSteps({ outcome: 'refused', at: '2026-11-28T10:00:00Z', channelId: null });
    expect(steps.map((s) => [s.id, s.article])).toEqual([
      ['internal-complaint', 'Art. 20'],
      ['out-of-court', 'Art. 21'],
      ['trusted-flagger', 'Art. 22'],
    ]);
    expect(steps[0]!.deadline).toBe('2027-05-28');
    for (const s of steps) {
      expect(s.source.url).toBe('https://eur-lex.europa.eu/eli/reg/2022/2065/oj');
      expect(s.source.checked).toMatch(/^2026-\d{2}-\d{2}$/);
    }
  });

  it('removed: nothing more; no answer: a trusted flagger only (no decision to contest yet)', () => {
    expect(dsaNextSteps({ outcome: 'removed', at: '2026-11-28T10:00:00Z', channelId: null })).toEqual([]);
    expect(
      dsaNextSteps({ outcome: 'no-answer', at: '2026-11-28T10:00:00Z', channelId: null }).map((s) => s.id),
    ).toEqual(['trusted-flagger']);
    expect(dsaNextSteps(null)).toEqual([]);
  });
});

describe('prescription countdown (Paris calendar, whatever the machine’s zone)', () => {
  it('counts months on the calendar and clamps to the month’s last day', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it('reads the day in Paris: 23:30 UTC on 31 January is 1 February there', () => {
    expect(parisDate('2026-01-31T23:30:00Z')).toBe('2026-02-01');
    expect(parisDate('2026-07-31T21:59:00Z')).toBe('2026-07-31');
    expect(parisDate('2026-07-31T22:00:00Z')).toBe('2026-08-01');
  });

  it('runs from publication when known, else from the capture; says when it expired', () => {
    const fromPublication = prescriptionCountdown({
      months: 3,
      published: { value: '2026-09-15T08:00:00Z', source: 'user' },
      capturedAt: '2026-11-01T08:00:00Z',
      now: '2026-11-28T08:00:00Z',
    });
    expect(fromPublication).toMatchObject({ from: 'publication', deadline: '2026-12-15', daysLeft: 17, urgent: true });
    const fromCapture = prescriptionCountdown({
      months: 12,
      published: null,
      capturedAt: '2026-11-01T08:00:00Z',
      now: '2026-11-28T08:00:00Z',
    });
    expect(fromCapture).toMatchObject({ from: 'capture', deadline: '2027-11-01', expired: false, urgent: false });
    const expired = prescriptionCountdown({
      months: 3,
      published: { value: '2026-01-10T08:00:00Z', source: 'platform' },
      capturedAt: '2026-01-10T08:00:00Z',
      now: '2026-11-28T08:00:00Z',
    });
    expect(expired).toMatchObject({ expired: true, deadline: '2026-04-10' });
    expect(expired.daysLeft).toBeLessThan(0);
  });

  it('reads the delay from the taxonomy: press-law insult is 3 months, with its legal source', () => {
    const p = shortestPrescription(categoryById['insult-defamation']);
    expect(p?.months).toBe(3);
    expect(p?.source.url).toMatch(/^https:\/\//);
    expect(shortestPrescription(categoryById['online-scam'])).toBeUndefined();
  });
});

describe('the prescription countdown over every category, publication and time zone', () => {
  const ZONES = ['Europe/Paris', 'UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo', 'Pacific/Pago_Pago'];
  const NOW = '2026-11-28T08:00:00Z';
  const CAPTURED = '2026-11-20T23:30:00Z';
  const day = (iso: string, zone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(iso)).slice(0, 10);
  const publications = {
    unknown: null,
    recent: { value: '2026-11-10T22:45:00.000Z', source: 'platform' as const },
    'recent day only': { value: '2026-11-10', source: 'page' as const },
    past: { value: '2024-05-13T09:00:00.000Z', source: 'platform' as const },
    'typed by the user': { value: '2025-01-31T23:59:00.000Z', source: 'user' as const },
  };

  for (const category of Object.values(categoryById)) {
    const p = shortestPrescription(category);
    it(`${category.id}: ${p ? `${p.months} months` : 'no short prescription, no countdown'}`, () => {
      if (!p) return expect(category.legalBasis.every((b) => !b.prescription)).toBe(true);
      for (const zone of ZONES)
        for (const [name, published] of Object.entries(publications)) {
          const c = prescriptionCountdown({
            months: p.months,
            published,
            capturedAt: CAPTURED,
            now: NOW,
            timeZone: zone,
          });
          const why = `${zone} ${name}`;
          // A known date is never called unknown; the capture stands in only when there is none.
          expect(c.from, why).toBe(published ? 'publication' : 'capture');
          expect(c.source, why).toBe(published?.source ?? null);
          const start = published
            ? published.value.length === 10
              ? published.value
              : day(published.value, zone)
            : day(CAPTURED, zone);
          expect(c.start, why).toBe(start);
          expect(c.deadline, why).toBe(addMonths(start, p.months));
          expect(c.daysLeft, why).toBe(daysBetween(day(NOW, zone), c.deadline));
          expect(c.expired, why).toBe(c.daysLeft < 0);
          if (name === 'past') expect(c.expired, why).toBe(true);
          if (name === 'unknown' || name.startsWith('recent')) expect(c.expired, why).toBe(false);
          expect(c.urgent, why).toBe(!c.expired && c.daysLeft <= 30);
        }
    });
  }

  it('the day is the zone’s: 22:45 UTC on 10 November is the 10th in Los Angeles, the 11th in Paris and Tokyo', () => {
    const at = (zone: string) =>
      prescriptionCountdown({
        months: 3,
        published: publications.recent,
        capturedAt: CAPTURED,
        now: NOW,
        timeZone: zone,
      });
    expect(at('America/Los_Angeles').start).toBe('2026-11-10');
    expect(at('Europe/Paris').start).toBe('2026-11-10');
    expect(at('Asia/Tokyo').start).toBe('2026-11-11');
    expect(at('Asia/Tokyo').deadline).toBe('2027-02-11');
  });

  it('Paris by default, whatever the machine’s zone', () => {
    const input = { months: 12, published: publications.past, capturedAt: CAPTURED, now: NOW };
    expect(prescriptionCountdown(input)).toEqual(prescriptionCountdown({ ...input, timeZone: 'Europe/Paris' }));
    expect(prescriptionCountdown(input)).toMatchObject({ from: 'publication', deadline: '2025-05-13', expired: true });
  });
});
