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

const rows = [
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
] as const;

export const countryRows: readonly CountryInput[] = rows;

type Row = (typeof rows)[number];
/**
 * The ids of the listed doors (national numbers and trusted flaggers), from each entry's stable
 * name: `de-emergency-national-110`, `de-trusted-flagger-hateaid`. An exact set read from the
 * data's types (`import type` only: the data stays out of the pages' first render), so that
 * `ChannelId` stays an exact union; a list whose ids were widened to `string` fails below.
 */
export type ListedDoorId = Row extends unknown
  ? | `${Lowercase<Row['code']>}-emergency-national-${Row['emergency']['national'][number]['phone']}`
    | `${Lowercase<Row['code']>}-trusted-flagger-${Row['trustedFlaggers']['list'][number]['id']}`
  : never;
// Fails to compile if a listed id is typed `string` (write the data's ids as literals): no id
// with a character a slug or a phone number never has may fit.
type Probe = `${Lowercase<Row['code']>}-${'emergency-national' | 'trusted-flagger'}-?`;
const listedIdsAreExact: [Extract<Probe, ListedDoorId>] extends [never] ? true : never = true;
void listedIdsAreExact;
