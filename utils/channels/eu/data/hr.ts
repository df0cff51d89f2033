/** Croatia: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const hr = {
  code: 'HR',
  name: { fr: 'Croatie', en: 'Croatia' },
  languages: ['hr'],
  emergency: emergency112(),
  childHelpline: {
    id: 'hr-child-helpline-hrabri-telefon',
    name: {
      native: 'Hrabri telefon za djecu',
      language: 'hr',
      fr: 'Hrabri telefon – ligne pour enfants',
      en: 'Hrabri telefon – child helpline',
    },
    infoUrl: 'https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://udruga.hrabritelefon.hr/hrabri-telefon-za-djecu/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'hours (weekdays 9am to 8pm on the page read)',
  },
  victimSupport: victimLine116006('hr', 'hr', 'Pozivni centar za žrtve kaznenih djela – 116 006'),
  // The hotline of the Centre for Missing and Exploited Children (CNZD), which forwards every report to the police.
  hotline: {
    id: 'hr-hotline-cnzd',
    name: {
      native: 'CNZD – prijava ilegalnog sadržaja',
      language: 'hr',
      fr: 'CNZD – signalement de contenus illicites',
      en: 'CNZD – report illegal content',
    },
    url: 'https://cnzd.org/hotline-hr',
    operator: 'association',
    source: 'https://cnzd.org/hotline-hr',
    checked: '2026-12-05',
    verified: true,
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('cnzd', 'Centar za nestalu i zlostavljanu djecu', [
        'Cyberviolence',
        'Cyber violence against women',
        'Illegal Speech',
        'Protection of minors violations',
        'Scams and fraud',
        'Violence',
      ]),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
