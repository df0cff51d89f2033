/**
 * Every member state but France, one entry per file in `data/` (France keeps its detailed path in
 * `channels.data.ts` and `rules.data.ts`). Parsed by `countrySchema` at load in `countries.ts`.
 * The seven most populous states described in full depth first, then the others by code.
 */
import type { CountryInput } from './country.schema';
import { at } from './data/at';
import { be } from './data/be';
import { bg } from './data/bg';
import { cy } from './data/cy';
import { cz } from './data/cz';
import { de } from './data/de';
import { dk } from './data/dk';
import { ee } from './data/ee';
import { es } from './data/es';
import { fi } from './data/fi';
import { gr } from './data/gr';
import { hr } from './data/hr';
import { hu } from './data/hu';
import { ie } from './data/ie';
import { it } from './data/it';
import { lt } from './data/lt';
import { lu } from './data/lu';
import { lv } from './data/lv';
import { mt } from './data/mt';
import { nl } from './data/nl';
import { pl } from './data/pl';
import { pt } from './data/pt';
import { ro } from './data/ro';
import { se } from './data/se';
import { si } from './data/si';
import { sk } from './data/sk';

export const countryRows: readonly CountryInput[] = [
  de,
  it,
  es,
  pl,
  nl,
  be,
  ro,
  at,
  bg,
  cy,
  cz,
  dk,
  ee,
  fi,
  gr,
  hr,
  hu,
  ie,
  lt,
  lu,
  lv,
  mt,
  pt,
  se,
  si,
  sk,
];
