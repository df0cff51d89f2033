import { vigieDb } from '@/utils/db/connection';

/** Above this many reports started in the last hour, the composer shows a calm note (never a block). */
export const HOURLY_NOTICE_THRESHOLD = 20;
const HOUR_MS = 60 * 60 * 1000;
/** The largest UTC offset (±14 h). */
const OFFSET_SLACK_MS = 14 * HOUR_MS;

/** How many of these creation times (ISO 8601, any offset) fall in the hour before `now`. */
export function countInLastHour(createdAts: readonly string[], now: Date): number {
  const until = now.getTime();
  const since = until - HOUR_MS;
  return createdAts.filter((c) => {
    const at = Date.parse(c);
    return at >= since && at <= until;
  }).length;
}

export const isBusyHour = (count: number) => count > HOURLY_NOTICE_THRESHOLD;

/**
 * Reports started in the last hour. A draft's `updatedAt` is never before its `createdAt`, so
 * only drafts updated in that hour are read (through the `byUpdatedAt` index).
 */
export async function reportsStartedLastHour(now = new Date(), dbName?: string): Promise<number> {
  const db = await vigieDb(dbName);
  const since = new Date(now.getTime() - HOUR_MS - OFFSET_SLACK_MS).toISOString();
  const recent = await db.getAllFromIndex('drafts', 'byUpdatedAt', IDBKeyRange.lowerBound(since));
  return countInLastHour(
    recent.flatMap((d) => (typeof d.createdAt === 'string' ? [d.createdAt] : [])),
    now,
  );
}
