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
