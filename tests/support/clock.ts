/**
 * The tests' one clock. A test that needs "today" asks here instead of writing a date: a pinned
 * literal ("2026-12-05") turns a correct record dated tomorrow into a failure, and a test that
 * reads `new Date()` itself forgets the time zones.
 *
 * `VIGIE_TEST_NOW` (an ISO date-time) moves the unit suite's clock: `tests/unit/setup.ts` calls
 * `shiftGlobalClock`, so the code under test and these helpers both see that moment, and the clock
 * still runs from it (what `faketime` does to a process). `VIGIE_TEST_NOW=2031-06-15T12:00:00Z
 * npx vitest run` proves that no test depends on the day it is run.
 */

const DAY_MS = 86_400_000;

/** A calendar date (`YYYY-MM-DD`) of the real clock's current moment, in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The calendar date (`YYYY-MM-DD`, UTC) of a moment. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The moment `n` days before `now` (negative: after). */
export function daysAgo(n: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - n * DAY_MS);
}

/** The moment `n` days after `now`. */
export function daysFromNow(n: number, now: Date = new Date()): Date {
  return daysAgo(-n, now);
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

/**
 * Moves this process's `Date` to `iso` (it keeps running from there): `new Date()` and
 * `Date.now()` answer the moved time; dates built from a value are unchanged. Returns the undo.
 * Vitest's fake timers, where a test uses them, replace `Date` again for that test.
 */
export function shiftGlobalClock(iso: string): () => void {
  const target = Date.parse(iso);
  if (Number.isNaN(target)) throw new Error(`VIGIE_TEST_NOW is not a date: ${iso}`);
  const RealDate = globalThis.Date;
  const offset = target - RealDate.now();
  const shiftMs = clockShiftMs() + offset;
  const now = () => RealDate.now() + offset;
  // A proxy, not a subclass: `Date()` called without `new` still answers a string.
  globalThis.Date = new Proxy(RealDate, {
    construct: (target, args: unknown[]) =>
      args.length === 0 ? new target(now()) : new target(...(args as [string | number | Date])),
    apply: () => new RealDate(now()).toString(),
    get: (target, key, receiver) =>
      key === 'now' ? now : key === 'shiftMs' ? shiftMs : (Reflect.get(target, key, receiver) as unknown),
  });
  return () => {
    globalThis.Date = RealDate;
  };
}

/**
 * How far `shiftGlobalClock` moved this process's clock from the machine's (0 when it did not):
 * other processes (openssl, a browser) keep the machine's time.
 */
export function clockShiftMs(): number {
  return (Date as DateConstructor & { shiftMs?: number }).shiftMs ?? 0;
}
