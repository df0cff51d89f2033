/**
 * The user's settings, kept in Vigie's own IndexedDB next to the drafts (no extra permission).
 * Today: the optional identity given in DSA notices. Empty by default: Vigie never asks for it
 * before it is needed, and never puts it in a PHAROS report.
 */
import { z } from '@/utils/zod';
import { openVigieDb } from './database';

export const identitySchema = z.object({
  name: z.string().trim().max(200),
  email: z.union([z.literal(''), z.email().max(254)]),
});
export type IdentitySetting = z.output<typeof identitySchema>;

const settingsSchema = z.object({ identity: identitySchema });
export type Settings = z.output<typeof settingsSchema>;
export const defaultSettings = (): Settings => ({ identity: { name: '', email: '' } });

const KEY = 'settings';

export async function readSettings(dbName?: string): Promise<Settings> {
  const db = await openVigieDb(dbName);
  try {
    const raw = await db.get('settings', KEY);
    const parsed = settingsSchema.safeParse(raw?.value);
    return parsed.success ? parsed.data : defaultSettings();
  } finally {
    db.close();
  }
}

/** Validates, then writes. A bad value is rejected with zod's message and nothing is written. */
export async function writeIdentity(identity: unknown, dbName?: string): Promise<IdentitySetting> {
  const valid = identitySchema.parse(identity);
  const db = await openVigieDb(dbName);
  try {
    const current = settingsSchema.safeParse((await db.get('settings', KEY))?.value);
    const next: Settings = { ...(current.success ? current.data : defaultSettings()), identity: valid };
    await db.put('settings', { key: KEY, value: next });
    return valid;
  } finally {
    db.close();
  }
}

/** The identity to put in a DSA notice, or `null` when the user gave none. */
export function identityForNotices(settings: Settings): { name: string; email: string } | null {
  const { name, email } = settings.identity;
  return name === '' && email === '' ? null : { name, email };
}

/**
 * How long the history keeps reports: forever (the default), or N months after their capture.
 * Stored under its own key, versioned, so it changes without touching the other settings.
 * Applied when the history opens (`history-retention.ts`), never in the background.
 */
export const retentionSchema = z.object({
  version: z.literal(1),
  keep: z.union([
    z.object({ mode: z.literal('forever') }),
    z.object({ mode: z.literal('months'), months: z.number().int().min(1).max(120) }),
  ]),
});
export type RetentionSetting = z.output<typeof retentionSchema>;
export const defaultRetention = (): RetentionSetting => ({ version: 1, keep: { mode: 'forever' } });

const RETENTION_KEY = 'history-retention';

export async function readRetention(dbName?: string): Promise<RetentionSetting> {
  const db = await openVigieDb(dbName);
  try {
    const parsed = retentionSchema.safeParse((await db.get('settings', RETENTION_KEY))?.value);
    return parsed.success ? parsed.data : defaultRetention();
  } finally {
    db.close();
  }
}

/** Validates, then writes; a bad value is rejected and nothing is written. */
export async function writeRetention(value: unknown, dbName?: string): Promise<RetentionSetting> {
  const valid = retentionSchema.parse(value);
  const db = await openVigieDb(dbName);
  try {
    await db.put('settings', { key: RETENTION_KEY, value: valid });
    return valid;
  } finally {
    db.close();
  }
}
