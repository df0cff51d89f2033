/**
 * The reporter's country: kept in the settings (round trip, older records, bad values), proposed
 * from the browser's language when never chosen, and the note for a French reporter about content
 * hosted abroad.
 */
import { describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, upgradeSettings, writeSettings } from '@/utils/db/settings-repo';
import { countryName, countryOf, proposeCountry } from '@/utils/channels/eu/propose';
import { hostedAbroadNote } from '@/utils/channels/eu/hosted-abroad';
import { countries } from '@/utils/channels/eu/countries';
import { memberStates } from '@/utils/channels/eu/country.schema';

let n = 0;
const dbName = () => `country-setting-test-${++n}-${Math.random()}`;

describe('the country setting', () => {
  it('is not chosen at first, and a choice is read back', async () => {
    const name = dbName();
    expect((await readSettings(name)).country).toBeNull();
    expect((await writeSettings({ country: 'DE' }, name)).country).toBe('DE');
    expect((await readSettings(name)).country).toBe('DE');
    // The other settings are kept.
    expect({ ...(await readSettings(name)), country: null }).toEqual(defaultSettings());
  });

  it('refuses a country that is not a member state, and keeps the one there', async () => {
    const name = dbName();
    await writeSettings({ country: 'PL' }, name);
    await expect(writeSettings({ country: 'GB' as never }, name)).rejects.toThrow();
    await expect(writeSettings({ country: 'EL' as never }, name)).rejects.toThrow();
    expect((await readSettings(name)).country).toBe('PL');
  });

  it('reads an older record (without a country) as not chosen, and a broken value as not chosen alone', () => {
    const { country: _, ...before } = defaultSettings();
    expect(upgradeSettings({ ...before, role: 'parent' })).toEqual({ ...defaultSettings(), role: 'parent' });
    expect(upgradeSettings({ ...defaultSettings(), country: 'Germany', role: 'volunteer' })).toEqual({
      ...defaultSettings(),
      role: 'volunteer',
    });
    expect(upgradeSettings({ identity: { name: 'A', email: '' } }).country).toBeNull();
  });
});

describe('the country proposed from the browser’s language', () => {
  it.each([
    ['fr', 'FR'],
    ['fr-FR', 'FR'],
    ['fr-BE', 'BE'],
    ['fr-CA', 'FR'],
    ['de', 'DE'],
    ['de-AT', 'AT'],
    ['de-CH', 'DE'],
    ['it-IT', 'IT'],
    ['es-ES', 'ES'],
    ['es-MX', 'ES'],
    ['pl', 'PL'],
    ['ro-RO', 'RO'],
    ['nl-BE', 'BE'],
    ['nl', 'NL'],
    ['pt-BR', 'PT'],
    ['el', 'GR'],
    ['el-CY', 'CY'],
    ['sv-FI', 'FI'],
    ['en-IE', 'IE'],
    ['en-MT', 'MT'],
    ['en', 'FR'],
    ['en-US', 'FR'],
    ['en-GB', 'FR'],
    ['de_DE', 'DE'],
    ['zh-Hans-CN', 'FR'],
    ['', 'FR'],
  ])('%s → %s', (tag, expected) => {
    expect(proposeCountry(tag)).toBe(expected);
  });

  it('every proposal by language is a country where that language is official (per the data)', () => {
    for (const country of countries)
      for (const language of country.languages) {
        const proposed = proposeCountry(language);
        // A language of several member states proposes one of them; never a country where it is not spoken.
        const speaks = countries.find((c) => c.code === proposed)?.languages.includes(language);
        if (proposed !== 'FR') expect(speaks ?? true, `${language} → ${proposed}`).toBe(true);
      }
  });

  it('the draft’s country comes first, then the one chosen, then the proposal', () => {
    expect(countryOf('IT', 'DE', 'pl')).toBe('IT');
    expect(countryOf(undefined, 'DE', 'pl')).toBe('DE');
    expect(countryOf(undefined, null, 'pl')).toBe('PL');
    expect(countryOf('US', null, 'pl')).toBe('PL');
  });

  it('names every member state in both languages from the browser’s own list', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('DE', 'en')).toBe('Germany');
    for (const code of memberStates) expect(countryName(code, 'en')).not.toBe(code);
  });
});

describe('content hosted outside France, for a reporter in France', () => {
  const base = { country: undefined, platformId: 'youtube', url: 'https://www.youtube.com/watch?v=x', urlOnly: false };
  it('says PHAROS takes it and forwards it, when the route offers PHAROS on a platform not French', () => {
    expect(hostedAbroadNote({ ...base, channelIds: ['pharos', 'youtube-notice'] })?.en).toMatch(/PHAROS takes content/);
    expect(hostedAbroadNote({ ...base, country: 'FR', channelIds: ['pharos'] })).not.toBeNull();
  });
  it('for child sexual abuse material, says Point de Contact passes it to the hosting country’s hotline', () => {
    const note = hostedAbroadNote({ ...base, urlOnly: true, channelIds: ['pharos', 'point-de-contact'] });
    expect(note?.en).toMatch(/INHOPE hotline of the hosting country/);
    expect(note?.fr).toMatch(/hotline INHOPE du pays d’hébergement/);
  });
  it('says nothing for a French platform or a .fr site, without PHAROS or Point de Contact, or abroad', () => {
    expect(hostedAbroadNote({ ...base, platformId: 'leboncoin', channelIds: ['pharos'] })).toBeNull();
    expect(
      hostedAbroadNote({ ...base, platformId: null, url: 'https://exemple.fr/a', channelIds: ['pharos'] }),
    ).toBeNull();
    expect(
      hostedAbroadNote({ ...base, platformId: null, url: 'https://example.com/a', channelIds: ['pharos'] }),
    ).not.toBeNull();
    expect(hostedAbroadNote({ ...base, channelIds: ['signalconso'] })).toBeNull();
    expect(hostedAbroadNote({ ...base, country: 'DE', channelIds: ['pharos'] })).toBeNull();
  });
});
