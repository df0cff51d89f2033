/**
 * The member states' reporting doors, parsed by `countrySchema` at load: malformed data fails
 * loudly, at build and test time, never in the UI. Rows: `countries.data.ts` (one file a country
 * in `data/`). France is not here: it keeps its detailed path (`channels.data.ts`, `rules.data.ts`).
 */
import { defineRegistry } from '@/utils/registry';
import { countrySchema, memberStateSchema, type Country, type Door, type MemberState } from './country.schema';
import { countryRows } from './countries.data';

export { memberStates, type Country, type Door, type MemberState, type TrustedFlaggerEntry } from './country.schema';

/** A country keyed by its ISO code, so the house registry checks that no code comes twice. */
const keyed = countrySchema.transform((c) => ({ ...c, id: c.code }));
const registry = defineRegistry(
  'eu countries',
  keyed,
  countryRows.map((c) => ({ ...c, id: c.code })),
);

/** Every member state described here (all but France), in the order of `countries.data.ts`. */
export const countries: readonly Country[] = registry.all;

/** The entry of a member state, or undefined for France (its own path) and codes not described. */
export function countryByCode(code: string): Country | undefined {
  return registry.has(code) ? registry.byId[code] : undefined;
}

/** Whether a value is the ISO 3166-1 alpha-2 code of an EU member state (France included). */
export function isMemberState(value: string): value is MemberState {
  return memberStateSchema.safeParse(value).success;
}

/** Every door of a country (helpline, victim support, hotline, police portal), in that order. */
export function doorsOf(country: Country): Door[] {
  const doors: Door[] = [country.childHelpline, country.hotline];
  if ('id' in country.victimSupport) doors.splice(1, 0, country.victimSupport);
  if (country.policePortal) doors.push(country.policePortal);
  return doors;
}

// Door ids are unique across all countries: a clash fails at load. (A trusted flagger's id is
// unique within its country, `country.schema.ts`; its door's id carries the country's prefix.)
const seen = new Set<string>();
for (const country of countries) {
  for (const id of doorsOf(country).map((d) => d.id)) {
    if (seen.has(id)) throw new Error(`eu countries: duplicate door id ${id}`);
    seen.add(id);
  }
}
