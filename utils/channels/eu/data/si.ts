/** Slovenia: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const si = {
  code: 'SI',
  name: { fr: 'Slovénie', en: 'Slovenia' },
  languages: ['sl'],
  emergency: emergency112(),
  childHelpline: {
    id: 'si-child-helpline-tom',
    name: {
      native: 'TOM telefon za otroke in mladostnike',
      language: 'sl',
      fr: 'TOM – ligne pour enfants et adolescents',
      en: 'TOM – helpline for children and adolescents',
    },
    infoUrl: 'https://e-tom.si',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://e-tom.si/kaj-je-tom/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'hours (every day, noon to 8pm on the page read)',
  },
  victimSupport: no116006,
  // Spletno oko, the Slovenian Safer Internet Centre’s hotline, an INHOPE member.
  hotline: {
    id: 'si-hotline-spletno-oko',
    name: {
      native: 'Spletno oko',
      language: 'sl',
      fr: 'Spletno oko – ligne de signalement slovène',
      en: 'Spletno oko – Slovenian reporting hotline',
    },
    url: 'https://www.spletno-oko.si',
    infoUrl: 'https://www.spletno-oko.si/english/who-are-we',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.spletno-oko.si/english/who-are-we',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the report form’s own address',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('kopriva', 'Društvo Kopriva', ['Intellectual property infringements']),
      flagger('zavod-pip', 'Zavod PIP', ['Cyberviolence', 'Illegal Speech', 'Protection of minors violations']),
      flagger('zps', 'Zveza potrošnikov Slovenije - društvo', [
        'Consumer information infringements',
        'Illegal products',
        'Scams and fraud',
      ]),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
