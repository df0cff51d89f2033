import { describe, expect, it } from 'vitest';
import { defaultSettings, identityForNotices, readSettings, writeIdentity } from '@/utils/db/settings-repo';

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
