/**
 * The lazily loaded half of routing abroad: the member states' data, their doors as channels and
 * the rules that route to them. `load.ts` imports this module on demand, never a page's first render.
 */
import { registerDoorChannels } from '../registry';
import { countryByCode } from './countries';
import type { Country } from './country.schema';
import { countryChannels } from './doors';
import { setLoadedCountry, loadedCountry } from './load';
import { routeAbroad } from './route-abroad';

/** Registers a country's doors and its routing (idempotent). Also used by tests with their own rows. */
export function registerCountryData(country: Country): Country {
  if (loadedCountry(country.code)?.country === country) return country;
  registerDoorChannels(countryChannels(country));
  setLoadedCountry({ country, route: (input, facts) => routeAbroad(input, facts, country) });
  return country;
}

/** The entry of a member state described in the data, registered; `null` for France or an unknown code. */
export function registerCountry(code: string): Country | null {
  const country = countryByCode(code);
  return country ? registerCountryData(country) : null;
}
