import { describe, expect, it } from 'vitest';
import { openVigieDb } from '@/utils/db/database';
import {
  defaultSettings,
  identityForNotices,
  presetReporterRole,
  readSettings,
  textLanguageOf,
  upgradeSettings,
  writeIdentity,
  writeSettings,
} from '@/utils/db/settings-repo';

let n = 0;
const dbName = () => `settings-test-${++n}-${Math.random()}`;

describe('settings', () => {
  it('start empty: no identity until the user gives one', async () => {
    const name = dbName();
    expect(await readSettings(name)).toEqual(defaultSettings());
    expect(identityForNotices(await readSettings(name))).toBeNull();
  });

  it('keep a valid identity, trimmed', async () => {
    const name = dbName();
    await writeIdentity({ name: '  Camille Martin ', email: 'camille@example.org' }, name);
    const s = await readSettings(name);
    expect(s.identity).toEqual({ name: 'Camille Martin', email: 'camille@example.org' });
    expect(identityForNotices(s)).toEqual({ name: 'Camille Martin', email: 'camille@example.org' });
  });

  it('reject a bad email and keep what was there', async () => {
    const name = dbName();
    await writeIdentity({ name: 'A', email: 'a@example.org' }, name);
    await expect(writeIdentity({ name: 'B', email: 'not an email' }, name)).rejects.toThrow();
    expect((await readSettings(name)).identity).toEqual({ name: 'A', email: 'a@example.org' });
  });

  it('clearing both fields means anonymous again', async () => {
    const name = dbName();
    await writeIdentity({ name: 'A', email: 'a@example.org' }, name);
    await writeIdentity({ name: '', email: '' }, name);
    expect(identityForNotices(await readSettings(name))).toBeNull();
  });
});

describe('settings v2', () => {
  it('upgrade a v1 record (identity only) keeping the identity, with defaults for the rest', async () => {
    const name = dbName();
    const db = await openVigieDb(name);
    await db.put('settings', { key: 'settings', value: { identity: { name: 'Lou', email: 'lou@example.org' } } });
    db.close();
    expect(await readSettings(name)).toEqual({
      ...defaultSettings(),
      identity: { name: 'Lou', email: 'lou@example.org' },
    });
  });

  it('read an invalid part as its default alone, and a newer record for what it shares', () => {
    expect(
      upgradeSettings({ schemaVersion: 2, identity: { name: 'A', email: 'bad' }, role: 'parent', blurPreviews: 'x' }),
    ).toEqual({
      ...defaultSettings(),
      role: 'parent',
    });
    expect(upgradeSettings({ schemaVersion: 9, role: 'volunteer', somethingNew: 1 }).role).toBe('volunteer');
    expect(upgradeSettings('garbage')).toEqual(defaultSettings());
  });

  it('write a patch over the current settings; a bad value writes nothing', async () => {
    const name = dbName();
    await writeIdentity({ name: 'A', email: 'a@example.org' }, name);
    await writeSettings({ role: 'parent', blurPreviews: false, textLanguage: 'en' }, name);
    const s = await readSettings(name);
    expect(s).toMatchObject({ role: 'parent', blurPreviews: false, textLanguage: 'en', identity: { name: 'A' } });
    await expect(writeSettings({ role: 'admin' } as never, name)).rejects.toThrow();
    await expect(writeSettings({ identity: { name: 'B', email: 'nope' } }, name)).rejects.toThrow();
    await expect(writeSettings({ unknown: true } as never, name)).rejects.toThrow();
    expect(await readSettings(name)).toEqual(s);
  });

  it('leave the identity out of notices when the user chose so', () => {
    const s = { ...defaultSettings(), identity: { name: 'A', email: 'a@example.org' } };
    expect(identityForNotices(s)).toEqual({ name: 'A', email: 'a@example.org' });
    expect(identityForNotices({ ...s, includeIdentity: false })).toBeNull();
  });

  it('derive the text language and the preset reporter role', () => {
    expect(textLanguageOf({ textLanguage: 'auto' }, 'fr')).toBe('fr');
    expect(textLanguageOf({ textLanguage: 'en' }, 'fr')).toBe('en');
    expect(presetReporterRole('parent')).toBe('parent');
    expect(presetReporterRole('volunteer')).toBe('witness');
    expect(presetReporterRole('citizen')).toBeNull();
  });
});
