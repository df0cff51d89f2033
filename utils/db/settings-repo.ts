/**
 * The user's settings, kept in Vigie's own IndexedDB next to the drafts (no extra permission).
 *
 * - the optional identity given in DSA notices, and whether notices carry it by default (empty
 *   by default: Vigie never asks for it before it is needed, and never puts it in a PHAROS report);
 * - the language of the texts the user sends (reports, notices), when it differs from the browser's;
 * - the role that adapts the wording (a parent is asked about "your child");
 * - whether previews of captures are blurred until revealed (on by default);
 * - the timestamp authority used to seal packages (an optional field: older records read as the default);
 * - the member state the user reports from (`null` until chosen: the composer then proposes one
 *   from the browser's language; an optional field too, so older records read as not chosen).
 *
 * The record is versioned: `upgradeSettings` brings an older record to the current shape, step by
 * step, keeping every value the user set; a record that is not valid falls back to the defaults
 * for the invalid parts only.
 */
import { z } from '@/utils/zod';
import { memberStateSchema } from '@/utils/channels/eu/country.schema';
import { vigieDb } from './connection';

export const SETTINGS_VERSION = 2;

export const identitySchema = z.object({
  name: z.string().trim().max(200),
  email: z.union([z.literal(''), z.email().max(254)]),
});
export type IdentitySetting = z.output<typeof identitySchema>;

/** Who usually reports: it only presets the "who is reporting?" answer and adapts the wording. */
export const userRoles = ['citizen', 'parent', 'volunteer'] as const;
export type UserRole = (typeof userRoles)[number];
/** `auto`: the browser's language. */
export const textLanguages = ['auto', 'fr', 'en'] as const;
export type TextLanguage = (typeof textLanguages)[number];

const emptyIdentity = (): IdentitySetting => ({ name: '', email: '' });

/** What a write must satisfy: every value valid, or nothing is written. */
const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  identity: identitySchema,
  /** Notices carry the identity unless the user unticks it for one notice. */
  includeIdentity: z.boolean(),
  textLanguage: z.enum(textLanguages),
  role: z.enum(userRoles),
  blurPreviews: z.boolean(),
  /** The RFC 3161 authority « Sceller avec un horodatage » uses (an id of the build's list); `''`: the default. */
  timestampAuthority: z.string().max(40),
  /** The member state the user reports from; routing follows it. `null`: never chosen. */
  country: memberStateSchema.nullable(),
});
/** What a read accepts: an invalid part of a stored record falls back to its default alone. */
const storedSettingsSchema = settingsSchema.extend({
  identity: identitySchema.catch(emptyIdentity),
  includeIdentity: z.boolean().catch(true),
  textLanguage: z.enum(textLanguages).catch('auto'),
  role: z.enum(userRoles).catch('citizen'),
  blurPreviews: z.boolean().catch(true),
  timestampAuthority: z.string().max(40).catch(''),
  country: memberStateSchema.nullable().catch(null),
});
export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = Partial<Omit<Settings, 'schemaVersion'>>;

export const defaultSettings = (): Settings => ({
  schemaVersion: SETTINGS_VERSION,
  identity: emptyIdentity(),
  includeIdentity: true,
  textLanguage: 'auto',
  role: 'citizen',
  blurPreviews: true,
  timestampAuthority: '',
  country: null,
});

const KEY = 'settings';

/**
 * One step per version: step N turns a version N-1 record into version N. Version 1 had no
 * `schemaVersion` and only `identity`.
 */
const upgradeSteps: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
  2: (record) => ({ ...defaultSettings(), identity: record.identity, schemaVersion: 2 }),
};

/** Brings a stored record to the current shape. A record from a newer Vigie is read for what it shares. */
export function upgradeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return defaultSettings();
  let record = raw as Record<string, unknown>;
  const stored = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  for (let v = stored + 1; v <= SETTINGS_VERSION; v++) record = upgradeSteps[v]?.(record) ?? record;
  const parsed = storedSettingsSchema.safeParse({ ...record, schemaVersion: SETTINGS_VERSION });
  return parsed.success ? parsed.data : defaultSettings();
}

export async function readSettings(dbName?: string): Promise<Settings> {
  const db = await vigieDb(dbName);
  return upgradeSettings((await db.get('settings', KEY))?.value);
}

/**
 * Validates the change, then writes it over the current settings, in one transaction. A bad value
 * is rejected with zod's message and nothing is written.
 */
export async function writeSettings(patch: SettingsPatch, dbName?: string): Promise<Settings> {
  const valid = settingsSchema.partial().strict().parse(patch);
  const db = await vigieDb(dbName);
  const tx = db.transaction('settings', 'readwrite');
  const current = upgradeSettings((await tx.store.get(KEY))?.value);
  const next = settingsSchema.parse({ ...current, ...valid, schemaVersion: SETTINGS_VERSION });
  await tx.store.put({ key: KEY, value: next });
  await tx.done;
  return next;
}

/** Validates, then writes the identity. A bad value is rejected and nothing is written. */
export async function writeIdentity(identity: unknown, dbName?: string): Promise<IdentitySetting> {
  const valid = identitySchema.parse(identity);
  return (await writeSettings({ identity: valid }, dbName)).identity;
}

/** The identity to put in a DSA notice, or `null` when the user gave none or chose not to include it. */
export function identityForNotices(settings: Settings): { name: string; email: string } | null {
  const { name, email } = settings.identity;
  if (!settings.includeIdentity) return null;
  return name === '' && email === '' ? null : { name, email };
}

/** The language of the texts the user sends, given the browser's. */
export function textLanguageOf(settings: Pick<Settings, 'textLanguage'>, browserLanguage: 'fr' | 'en'): 'fr' | 'en' {
  return settings.textLanguage === 'auto' ? browserLanguage : settings.textLanguage;
}

/** The "who is reporting?" answer a role presets: a parent reports for their child, a volunteer as a witness. */
export function presetReporterRole(role: UserRole): 'parent' | 'witness' | null {
  return role === 'parent' ? 'parent' : role === 'volunteer' ? 'witness' : null;
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
  const db = await vigieDb(dbName);
  const parsed = retentionSchema.safeParse((await db.get('settings', RETENTION_KEY))?.value);
  return parsed.success ? parsed.data : defaultRetention();
}

/** Validates, then writes; a bad value is rejected and nothing is written. */
export async function writeRetention(value: unknown, dbName?: string): Promise<RetentionSetting> {
  const valid = retentionSchema.parse(value);
  const db = await vigieDb(dbName);
  await db.put('settings', { key: RETENTION_KEY, value: valid });
  return valid;
}
