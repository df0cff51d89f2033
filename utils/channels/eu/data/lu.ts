/** Luxembourg: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const lu = {
  code: 'LU',
  name: { fr: 'Luxembourg', en: 'Luxembourg' },
  languages: ['lb', 'fr', 'de'],
  emergency: emergency112(),
  childHelpline: {
    id: 'lu-child-helpline-kjt',
    name: {
      native: 'Kanner-Jugendtelefon',
      language: 'lb',
      fr: 'Kanner-Jugendtelefon – ligne pour enfants et jeunes',
      en: 'Kanner-Jugendtelefon – children and youth helpline',
    },
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://paperjam.lu/article/plus-de-2000-cas-dabus-sexuels',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'read in a news report (2019): confirm on kjt.lu',
  },
  victimSupport: no116006,
  // BEE SECURE Stopline, run by the Kanner-Jugendtelefon; reports are anonymous and can be tracked by a number.
  hotline: {
    id: 'lu-hotline-bee-secure-stopline',
    name: {
      native: 'BEE SECURE Stopline',
      language: 'en',
      fr: 'BEE SECURE Stopline – signaler un contenu illégal',
      en: 'BEE SECURE Stopline – report illegal content',
    },
    url: 'https://stopline.bee-secure.lu/',
    infoUrl: 'https://stopline.bee-secure.lu/fr/how',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://stopline.bee-secure.lu/',
    checked: '2026-12-05',
    verified: true,
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('kjt', 'Caritas - Jeunes et Familles A.s.b.l. - entity Kanner-Jugendtelefon (KJT)', [
        'Data protection and privacy violations',
        'Illegal Speech',
        'Protection of minors violations',
        'Risk for public security',
      ]),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
