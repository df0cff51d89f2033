/**
 * Routing for a reporter in another member state: invariants over every country described ×
 * category × role × the answers that move a route, and the French path unchanged. Rows built
 * through the schema, for rules the real entries may not exercise: `eu-route-rows.test.ts`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { route, reporterRoles, type RouteInput } from '@/utils/channels/route';
import { channelById, channels } from '@/utils/channels/registry';
import { countries } from '@/utils/channels/eu/countries';
import type { Country } from '@/utils/channels/eu/country.schema';
import { registerCountryData } from '@/utils/channels/eu/abroad';
import { loadCountry } from '@/utils/channels/eu/load';
import { categoryIds } from '@/utils/qualify/taxonomy';
import { routeInputOf } from '@/utils/channels/route-of';
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
  for (const c of countries) registerCountryData(c);
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
      // Primary where the hotline was verified at its source; shown, but never alone, where it was not.
      const hotline = r.steps.find((s) => s.channelId === `${cc}-hotline`);
      expect(hotline?.kind).toBe(country.hotline.verified ? 'primary' : hotline?.kind);
      expect(r.steps.some((s) => s.kind === 'primary' && channelById[s.channelId].confidence === 'verified')).toBe(
        true,
      );
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
    const inputOf = (country?: string) =>
      routeInputOf({
        qualification: { ...emptyQualification(), categoryId: 'threats', ...(country !== undefined && { country }) },
        platform: null,
      })!;
    expect('country' in inputOf()).toBe(false);
    expect('country' in inputOf('FR')).toBe(false);
    expect(inputOf('DE').country).toBe('DE');
    // Not a member state: France's rules, never a crash.
    expect('country' in inputOf('US')).toBe(false);
  });

  it('loadCountry resolves France and unknown codes to null, and a described country to its entry', async () => {
    expect(await loadCountry('FR')).toBeNull();
    expect(await loadCountry(undefined)).toBeNull();
    expect(await loadCountry('XX')).toBeNull();
    const first = countries[0]!;
    expect((await loadCountry(first.code))?.code).toBe(first.code);
  });
});
