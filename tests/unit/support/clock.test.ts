import { describe, expect, it } from 'vitest';
import { isPastIsoDate, latestDateToday, todayUtc } from '../../support/clock';

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
