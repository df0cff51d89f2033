/**
 * Routing for a reporter in another member state: invariants over every country described ×
 * category × role × the answers that move a route, the French path unchanged, and rows built
 * through the schema for the rules no real entry exercises (no police portal, an unverified door,
 * no victim line, a trusted flagger with a form).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { route, reporterRoles, type RouteInput } from '@/utils/channels/route';
import { channelById, channels, isChannelId } from '@/utils/channels/registry';
import { countries } from '@/utils/channels/eu/countries';
import { countrySchema, memberStates, type Country, type CountryInput } from '@/utils/channels/eu/country.schema';
import { useCountryData } from '@/utils/channels/eu/abroad';
import { loadCountry } from '@/utils/channels/eu/load';
import { outputLanguage } from '@/utils/channels/language';
import { categoryIds } from '@/utils/qualify/taxonomy';
import { routeInput } from '@/utils/channels/questions';
import { emptyQualification } from '@/utils/report/draft';
import { input } from './helpers';

/** France's own channels: none of them is offered to a reporter in another member state. */
const FRENCH = new Set(
  channels.filter((c) => c.country === undefined && c.kind !== 'platform-notice').map((c) => c.id),
);

const DANGER_AND_MINOR = [
  { danger: false, minor: false },
  { danger: true, minor: false },
  { danger: false, minor: true },
  { danger: true, minor: true },
];
const EXCHANGES = [
  { privateExchange: false, publicContent: true },
  { privateExchange: true, publicContent: false },
  { privateExchange: false, publicContent: false },
];

beforeAll(() => {
  for (const c of countries) useCountryData(c);
});

function* cases(country: Country): Generator<RouteInput> {
  for (const categoryId of categoryIds)
    for (const role of reporterRoles)
      for (const dm of DANGER_AND_MINOR)
        for (const ex of EXCHANGES)
          for (const minorSexualImage of [false, true])
            for (const platformId of [null, 'youtube'])
              yield input({ categoryId, role, ...dm, ...ex, minorSexualImage, platformId, country: country.code });
}

describe('routing abroad: invariants over every country × category × role', () => {
  it('describes at least one member state other than France', () => {
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((c) => c.code !== 'FR')).toBe(true);
  });

  for (const country of countries) {
    const cc = country.code.toLowerCase();
    it(`${country.code}: never empty; 112 first in danger; CSAM by the address only to its hotline; nothing French`, () => {
      let checked = 0;
      for (const c of cases(country)) {
        const r = route(c);
        const ids = r.steps.map((s) => s.channelId);
        const where = `${c.categoryId}/${c.role}/${JSON.stringify(c)}`;
        expect(r.steps.length, where).toBeGreaterThan(0);
        if (c.danger) expect(ids[0], where).toBe(`${cc}-emergency-112`);
        else
          expect(
            r.steps.some((s) => s.kind === 'emergency'),
            where,
          ).toBe(false);
        for (const id of ids) {
          expect(FRENCH.has(id as never), `${where}: ${id}`).toBe(false);
          const channel = channelById[id];
          expect(channel.kind === 'platform-notice' || channel.country === country.code, `${where}: ${id}`).toBe(true);
        }
        if (r.urlOnly) {
          expect(ids, where).toContain(`${cc}-hotline`);
          for (const s of r.steps.filter((s) => s.kind !== 'emergency'))
            expect(s.needs.en.join(' '), where).toMatch(/address \(URL\) only/);
        }
        const primaries = r.steps.filter((s) => s.kind === 'primary');
        if (primaries.length > 0)
          expect(
            primaries.some((s) => channelById[s.channelId].confidence === 'verified'),
            where,
          ).toBe(true);
        checked++;
      }
      expect(checked).toBe(categoryIds.length * 3 * 4 * 3 * 2 * 2);
    });

    it(`${country.code}: the child sexual abuse category always goes to the hotline, and says when no flagger is designated`, () => {
      const r = route(input({ categoryId: 'child-sexual-abuse-material', country: country.code }));
      expect(r.urlOnly).toBe(true);
      expect(r.steps.find((s) => s.channelId === `${cc}-hotline`)?.kind).toBe('primary');
      for (const categoryId of categoryIds) {
        const flaggers = country.trustedFlaggers.list.filter((f) => f.categories.includes(categoryId));
        const notes = route(input({ categoryId, country: country.code }))
          .notes.map((n) => n.en)
          .join('\n');
        if (flaggers.length === 0)
          expect(notes, categoryId).toContain(`No trusted flagger is designated in ${country.name.en}`);
        else expect(notes, categoryId).not.toContain('No trusted flagger is designated');
      }
    });
  }
});

describe('routing abroad: France unchanged', () => {
  it('France as the country, or no country at all, give the same route for every category and role', () => {
    for (const categoryId of categoryIds)
      for (const role of reporterRoles)
        for (const dm of DANGER_AND_MINOR) {
          const base = input({ categoryId, role, ...dm, platformId: 'youtube' });
          expect(route({ ...base, country: 'FR' })).toEqual(route(base));
        }
  });

  it('a draft without a country, or with France, routes without one; another member state is passed on', () => {
    const q = { ...emptyQualification(), categoryId: 'threats' };
    expect('country' in routeInput(q, 'threats', null)).toBe(false);
    expect('country' in routeInput({ ...q, country: 'FR' }, 'threats', null)).toBe(false);
    expect(routeInput({ ...q, country: 'DE' }, 'threats', null).country).toBe('DE');
    // Not a member state: France's rules, never a crash.
    expect('country' in routeInput({ ...q, country: 'US' }, 'threats', null)).toBe(false);
  });

  it('a country not loaded yet is an error, not a French route in disguise', () => {
    const missing = memberStates.find((m) => m !== 'FR' && !countries.some((c) => c.code === m) && m !== 'LU')!;
    if (missing === undefined) return;
    expect(() => route(input({ categoryId: 'threats', country: missing }))).toThrow(/not loaded/);
  });

  it('loadCountry resolves France and unknown codes to null, and a described country to its entry', async () => {
    expect(await loadCountry('FR')).toBeNull();
    expect(await loadCountry(undefined)).toBeNull();
    expect(await loadCountry('XX')).toBeNull();
    const first = countries[0]!;
    expect((await loadCountry(first.code))?.code).toBe(first.code);
  });
});

/** A country built through the schema, for the rules the real entries may not exercise. */
const door = (id: string, extra: object = {}) => ({
  id,
  name: { native: `Tür ${id}`, language: 'de', en: `Door ${id}` },
  url: `https://example.org/${id}`,
  operator: 'association' as const,
  source: `https://example.org/source/${id}`,
  checked: '2026-12-05',
  verified: true,
  ...extra,
});
const LU: CountryInput = {
  code: 'LU',
  name: { fr: 'Luxembourg', en: 'Luxembourg' },
  languages: ['lb', 'fr', 'de'],
  emergency: { number: '112', source: 'https://example.org/112', checked: '2026-12-05', verified: true },
  childHelpline: door('lu-kjt', { phone: '116111', url: undefined }),
  victimSupport: { runs: false, source: 'https://example.org/116006', checked: '2026-12-05', verified: true },
  hotline: door('lu-hotline', { name: { native: 'BEE SECURE Stopline', language: 'fr' } }),
  trustedFlaggers: {
    source: 'https://example.org/tf',
    checked: '2026-12-05',
    verified: true,
    list: [
      {
        id: 'lu-tf-a',
        name: 'Flagger A',
        expertise: ['Illegal Speech'],
        categories: ['hate-incitement'],
        url: 'https://example.org/a',
      },
      { id: 'lu-tf-b', name: 'Flagger B', expertise: ['Illegal Speech'], categories: ['hate-incitement'] },
    ],
  },
  policePortal: null,
};

describe('routing abroad: rows built through the schema', () => {
  const lu = countrySchema.parse(LU);
  beforeAll(() => void useCountryData(lu));

  it('no police portal: the police station; no 116 006: no victim line', () => {
    const r = route(input({ categoryId: 'threats', role: 'targeted', country: 'LU' }));
    const ids = r.steps.map((s) => s.channelId);
    expect(ids).toContain('lu-police');
    expect(ids.some((id) => id.endsWith('victim-support'))).toBe(false);
  });

  it('a flagger with a form is a door, one without is named, and a category without any says so', () => {
    const r = route(input({ categoryId: 'hate-incitement', country: 'LU' }));
    expect(r.steps.find((s) => s.channelId === 'lu-trusted-flagger-1')?.kind).toBe('also');
    expect(r.notes.map((n) => n.en).join('\n')).toContain('with no public form known to Vigie: Flagger B');
    const spam = route(input({ categoryId: 'spam', country: 'LU' }));
    expect(spam.notes.map((n) => n.en)).toContain(
      'No trusted flagger is designated in Luxembourg for this kind of content (European Commission list).',
    );
    // Spam without a platform: the police are still a door, never an empty route.
    expect(spam.steps.map((s) => s.channelId)).toEqual(['lu-police']);
  });

  it('a door not verified is shown as such and never the only primary door', () => {
    const unverified = countrySchema.parse({
      ...LU,
      code: 'MT',
      name: { fr: 'Malte', en: 'Malta' },
      childHelpline: door('mt-kjt', { phone: '116111', url: undefined }),
      hotline: door('mt-hotline', { verified: false, toCheck: 'the form address' }),
      trustedFlaggers: { ...LU.trustedFlaggers, list: [] },
    });
    useCountryData(unverified);
    expect(channelById['mt-hotline'].confidence).toBe('to-check');
    const csam = route(input({ categoryId: 'child-sexual-abuse-material', country: 'MT' }));
    const primaries = csam.steps.filter((s) => s.kind === 'primary').map((s) => s.channelId);
    expect(primaries).toContain('mt-police');
    expect(primaries).toContain('mt-hotline');
  });

  it('names stay in their own language, with the interface’s beside; packs go in the door’s language or English', () => {
    expect(channelById['lu-trusted-flagger-1'].name.fr).toBe('Flagger A');
    expect(channelById['lu-kjt' as never]).toBeUndefined();
    expect(channelById['lu-child-helpline'].name).toEqual({ fr: 'Tür lu-kjt', en: 'Tür lu-kjt (Door lu-kjt)' });
    expect(outputLanguage(channelById['lu-hotline'], 'fr')).toBe('fr');
    expect(outputLanguage(channelById['lu-child-helpline'], 'fr')).toBe('en');
    expect(outputLanguage(channelById.pharos, 'en')).toBe('fr');
    expect(isChannelId('lu-hotline')).toBe(true);
  });
});
