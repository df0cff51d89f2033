/**
 * Every member state but France, one entry per file in `data/` (France keeps its detailed path in
 * `channels.data.ts` and `rules.data.ts`). Parsed by `countrySchema` at load in `countries.ts`.
 */
import type { CountryInput } from './country.schema';
import { be } from './data/be';
import { de } from './data/de';
import { es } from './data/es';
import { it } from './data/it';
import { nl } from './data/nl';
import { pl } from './data/pl';
import { ro } from './data/ro';

export const countryRows: readonly CountryInput[] = [de, it, es, pl, nl, be, ro];
