import { describe, expect, it } from 'vitest';
import { countries, countryByCode, doorsOf, isMemberState, type Country } from '@/utils/channels/eu/countries';
import { countrySchema } from '@/utils/channels/eu/country.schema';
import { de } from '@/utils/channels/eu/data/de';
import { nl } from '@/utils/channels/eu/data/nl';
import { countryChannels } from '@/utils/channels/eu/doors';
import { flagger } from '@/utils/channels/eu/sources';

describe('eu countries registry', () => {
  it('finds a described member state by its code, and nothing for France or a non-member', () => {
    expect(countryByCode('DE')?.name.en).toBe('Germany');
    expect(countryByCode('FR')).toBeUndefined();
    expect(countryByCode('CH')).toBeUndefined();
    expect(countryByCode('de')).toBeUndefined();
  });

  it('tells member states (France included) from other codes', () => {
    expect(isMemberState('FR')).toBe(true);
    expect(isMemberState('GR')).toBe(true);
    expect(isMemberState('EL')).toBe(false);
    expect(isMemberState('CH')).toBe(false);
    expect(isMemberState('de')).toBe(false);
  });

  it('lists a country’s doors: helpline, victim support, hotline, police portal', () => {
    const germany = countryByCode('DE');
    expect(germany).toBeDefined();
    expect(doorsOf(germany!).map((d) => d.id)).toEqual([
      'de-child-helpline-nummer-gegen-kummer',
      'de-victim-support-weisser-ring',
      'de-hotline-fsm',
      'de-police-onlinewache',
    ]);
  });

  it('defaults national numbers to an empty list', () => {
    const parsed = countrySchema.parse({ ...de, emergency: { ...de.emergency, national: undefined } });
    expect(parsed.emergency.national).toEqual([]);
  });

  it('rejects an unverified door that does not say what to check, and a plain-http source', () => {
    const { toCheck: _dropped, ...portal } = de.policePortal;
    expect(countrySchema.safeParse({ ...de, policePortal: portal }).success).toBe(false);
    expect(countrySchema.safeParse({ ...de, hotline: { ...de.hotline, source: 'http://www.fsm.de/' } }).success).toBe(
      false,
    );
  });

  it('rejects a country without its trusted-flagger list', () => {
    const { trustedFlaggers: _dropped, ...rest } = de;
    expect(countrySchema.safeParse(rest).success).toBe(false);
  });

  it('loads all 26 member states other than France, each once', () => {
    expect(countries).toHaveLength(26);
    expect(new Set(countries.map((c) => c.code)).size).toBe(26);
    expect(countries.every((c) => isMemberState(c.code) && c.code !== 'FR')).toBe(true);
  });

  it('states explicitly where no trusted flagger is designated (Spain, Poland)', () => {
    expect(countryByCode('ES')?.trustedFlaggers.list).toEqual([]);
    expect(countryByCode('PL')?.trustedFlaggers.list).toEqual([]);
    expect(countryByCode('DE')?.trustedFlaggers.list.length).toBeGreaterThan(0);
  });

  it('maps a flagger’s areas onto Vigie categories (Protection of minors covers child sexual abuse material)', () => {
    const childFocus = countryByCode('BE')?.trustedFlaggers.list.find((f) => f.id === 'child-focus');
    expect(childFocus?.categories).toContain('child-sexual-abuse-material');
    expect(childFocus?.categories).not.toContain('piracy');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(countries)).toBe(true);
  });
});

describe('eu listed doors: named by a stable id, never by their place', () => {
  const list = de.trustedFlaggers.list;
  const withList = (l: readonly unknown[]) =>
    countrySchema.safeParse({ ...de, trustedFlaggers: { ...de.trustedFlaggers, list: l } });

  it('rejects a trusted flagger id listed twice in a country, or one that is not a lower-case slug', () => {
    expect(withList([...list, { ...list[0]!, name: 'Other' }]).success).toBe(false);
    for (const id of ['2', 'HateAid', 'hate aid', 'hate_aid', 'x'.repeat(31)])
      expect(withList([{ ...list[0]!, id }]).success, id).toBe(false);
    expect(withList(list).success).toBe(true);
  });

  it('rejects a national number listed twice', () => {
    const national = [...de.emergency.national, { ...de.emergency.national[0]!, for: { fr: 'x', en: 'x' } }];
    expect(countrySchema.safeParse({ ...de, emergency: { ...de.emergency, national } }).success).toBe(false);
  });

  it('inserting a flagger or a number first leaves every other door its id', () => {
    const ids = (c: Country) => countryChannels(c).map((row) => row.id);
    const before = ids(countrySchema.parse(nl));
    const inserted = countrySchema.parse({
      ...nl,
      emergency: {
        ...nl.emergency,
        national: [{ phone: '0800', for: { fr: 'x', en: 'x' } }, ...nl.emergency.national],
      },
      trustedFlaggers: {
        ...nl.trustedFlaggers,
        list: [
          flagger('aaa-first', 'A first', ['Illegal Speech'], { url: 'https://example.org/a' }),
          ...nl.trustedFlaggers.list,
        ],
      },
    });
    const after = ids(inserted);
    expect(before).toContain('nl-trusted-flagger-nl-confidential');
    expect(before).toContain('nl-emergency-national-09008844');
    expect(after.filter((id) => !before.includes(id))).toEqual([
      'nl-emergency-national-0800',
      'nl-trusted-flagger-aaa-first',
    ]);
    expect(before.filter((id) => !after.includes(id))).toEqual([]);
  });
});

describe('eu emergency blocks', () => {
  // Taken before the data files shared `emergency112(...)`: the helper changes no parsed fact.
  it('parse to the same 112 and national numbers as before the helper', () => {
    expect(Object.fromEntries(countries.map((c) => [c.code, c.emergency]))).toMatchSnapshot();
  });
});
