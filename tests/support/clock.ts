/**
 * The tests' one clock. A test that needs "today" asks here instead of writing a date: a pinned
 * literal ("2026-12-05") turns a correct record dated tomorrow into a failure, and a test that
 * reads `new Date()` itself forgets the time zones.
 */

/** A calendar date (`YYYY-MM-DD`) of the real clock's current moment, in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The latest calendar date it is anywhere on Earth right now (UTC+14): a date written by someone
 * today, in their own time zone, is never after it. For "not in the future" checks of dated data.
 */
export function latestDateToday(now: Date = new Date()): string {
  return todayUtc(new Date(now.getTime() + 14 * 60 * 60 * 1000));
}

/** Whether `value` is a real calendar date (`YYYY-MM-DD`) that is not in the future anywhere. */
export function isPastIsoDate(value: string, now: Date = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && value <= latestDateToday(now);
}
