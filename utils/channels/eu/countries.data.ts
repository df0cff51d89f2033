/**
 * Every member state but France, one entry per file in `data/` (France keeps its detailed path in
 * `channels.data.ts` and `rules.data.ts`). Parsed by `countrySchema` at load in `countries.ts`.
 */
import type { CountryInput } from './country.schema';
import { de } from './data/de';

export const countryRows: readonly CountryInput[] = [de];
