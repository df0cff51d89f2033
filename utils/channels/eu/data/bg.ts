/** Bulgaria: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const bg = {
  code: 'BG',
  name: { fr: 'Bulgarie', en: 'Bulgaria' },
  languages: ['bg'],
  emergency: emergency112(),
  childHelpline: {
    id: 'bg-child-helpline-116111',
    name: {
      native: 'Национална телефонна линия за деца 116 111',
      language: 'bg',
      fr: 'Ligne nationale pour les enfants 116 111',
      en: 'National Helpline for Children 116 111',
    },
    phone: '116111',
    operator: 'state',
    source: 'https://www.betterinternetforkids.eu/practice/industry/article?id=7098815',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the EU Safer Internet page (2023) says the State Agency for Child Protection runs it; hours not read',
  },
  victimSupport: no116006,
  // The hotline of the Bulgarian Safer Internet Centre (SafeNet), an INHOPE member since 2006.
  hotline: {
    id: 'bg-hotline-safenet',
    name: {
      native: 'SafeNet – гореща линия',
      language: 'bg',
      fr: 'SafeNet – ligne de signalement',
      en: 'SafeNet – reporting hotline',
    },
    url: 'https://www.safenet.bg',
    infoUrl: 'https://www.safenet.bg/kakvo-da-dokladvam/',
    operator: 'association',
    source: 'https://www.safenet.bg/kakvo-da-dokladvam/',
    checked: '2026-12-05',
    verified: true,
    toCheck:
      'the report form’s own address on safenet.bg, and the operator since INHOPE welcomed Association Roditeli (2025)',
  },
  trustedFlaggers: {
    // The Commission's list names no trusted flagger designated by this state's coordinator.
    ...TRUSTED_FLAGGERS_LIST,
    list: [],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
