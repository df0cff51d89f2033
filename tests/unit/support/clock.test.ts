import { describe, expect, it } from 'vitest';
import {
  clockShiftMs,
  daysAgo,
  daysFromNow,
  isoDay,
  isPastIsoDate,
  latestDateToday,
  shiftGlobalClock,
  todayUtc,
} from '../../support/clock';

describe('the tests’ clock', () => {
  const at = new Date('2026-12-05T23:30:00Z');

  it('today in UTC, and the latest date anywhere (UTC+14)', () => {
    expect(todayUtc(at)).toBe('2026-12-05');
    expect(latestDateToday(at)).toBe('2026-12-06');
    expect(latestDateToday(new Date('2026-12-05T09:00:00Z'))).toBe('2026-12-05');
  });

  it('a past date is a real calendar date, not after today anywhere', () => {
    expect(isPastIsoDate('2026-12-06', at)).toBe(true);
    expect(isPastIsoDate('2026-12-07', at)).toBe(false);
    expect(isPastIsoDate('2026-02-30', at)).toBe(false);
    expect(isPastIsoDate('5 Dec 2026', at)).toBe(false);
    expect(isPastIsoDate('2020-01-01')).toBe(true);
  });
});

describe('moving the clock (VIGIE_TEST_NOW)', () => {
  it('new Date() and Date.now() answer the moved time; dates from a value do not move', () => {
    const before = Date.now();
    const shiftBefore = clockShiftMs();
    const undo = shiftGlobalClock('2031-06-15T12:00:00Z');
    try {
      expect(Math.abs(clockShiftMs() - shiftBefore - (Date.parse('2031-06-15T12:00:00Z') - before))).toBeLessThan(
        60_000,
      );
      expect(todayUtc()).toBe('2031-06-15');
      expect(Math.abs(Date.now() - Date.parse('2031-06-15T12:00:00Z'))).toBeLessThan(60_000);
      expect(new Date('2026-12-05T00:00:00Z').toISOString()).toBe('2026-12-05T00:00:00.000Z');
      expect(new Date(0).getTime()).toBe(0);
      expect(new Date() instanceof Date).toBe(true);
      expect(Date()).toContain('2031');
    } finally {
      undo();
    }
    expect(Math.abs(Date.now() - before)).toBeLessThan(60_000);
    expect(clockShiftMs()).toBe(shiftBefore);
  });

  it('days before and after a moment, as calendar days', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    expect(isoDay(daysAgo(1, at))).toBe('2026-02-28');
    expect(isoDay(daysFromNow(31, at))).toBe('2026-04-01');
  });
});
