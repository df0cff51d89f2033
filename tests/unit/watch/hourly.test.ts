import { describe, expect, it } from 'vitest';
import { openVigieDb } from '@/utils/db/database';
import { countInLastHour, isBusyHour, reportsStartedLastHour, HOURLY_NOTICE_THRESHOLD } from '@/utils/watch/hourly';

const now = new Date('2026-11-28T12:00:00.000Z');

describe('reports started in the last hour', () => {
  it('counts creation times in the hour before now, whatever their offset', () => {
    expect(
      countInLastHour(
        [
          '2026-11-28T11:00:00.000Z', // exactly an hour ago: counted
          '2026-11-28T10:59:59.999Z', // just before: not
          '2026-11-28T12:30:00+01:00', // 11:30 UTC: counted
          '2026-11-28T11:30:00-01:00', // 12:30 UTC, in the future: not
          'not a date',
        ],
        now,
      ),
    ).toBe(2);
  });

  it('is a busy hour above the threshold only', () => {
    expect(isBusyHour(HOURLY_NOTICE_THRESHOLD)).toBe(false);
    expect(isBusyHour(HOURLY_NOTICE_THRESHOLD + 1)).toBe(true);
  });

  it('reads the drafts created in the last hour from the database', async () => {
    const name = `vigie-hourly-${crypto.randomUUID()}`;
    const db = await openVigieDb(name);
    const draft = (createdAt: string, updatedAt = createdAt) => ({
      id: crypto.randomUUID(),
      createdAt,
      updatedAt,
      status: 'ready',
    });
    await db.put('drafts', draft('2026-11-28T11:10:00.000Z'));
    await db.put('drafts', draft('2026-11-28T11:59:00.000Z'));
    // Created long ago, touched just now: not started this hour.
    await db.put('drafts', draft('2026-11-27T09:00:00.000Z', '2026-11-28T11:50:00.000Z'));
    await db.put('drafts', draft('2026-11-28T09:00:00.000Z'));
    db.close();
    expect(await reportsStartedLastHour(now, name)).toBe(2);
  });
});
