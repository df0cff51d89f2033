import { describe, expect, it } from 'vitest';
import { countries, countryByCode, doorsOf, isMemberState } from '@/utils/channels/eu/countries';
import { countrySchema } from '@/utils/channels/eu/country.schema';
import { de } from '@/utils/channels/eu/data/de';

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

  it('is frozen', () => {
    expect(Object.isFrozen(countries)).toBe(true);
  });
});
