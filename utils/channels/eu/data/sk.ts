/** Slovakia: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const sk = {
  code: 'SK',
  name: { fr: 'Slovaquie', en: 'Slovakia' },
  languages: ['sk'],
  emergency: emergency112(),
  childHelpline: {
    id: 'sk-child-helpline-ldi',
    name: {
      native: 'Linka detskej istoty',
      language: 'sk',
      fr: 'Linka detskej istoty – ligne pour enfants',
      en: 'Linka detskej istoty – child helpline',
    },
    infoUrl: 'https://www.ldi.sk',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.teraz.sk/slovensko/linka-detskej-istoty-pomaha-detom-a-ml/607311-clanok.html',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'read in news reports (2018–2024: around the clock, free, anonymous): confirm on ldi.sk',
  },
  victimSupport: no116006,
  // Stopline.sk, the Slovak reporting centre in the INHOPE network; the online form is anonymous.
  hotline: {
    id: 'sk-hotline-stopline',
    name: {
      native: 'Stopline.sk',
      language: 'sk',
      fr: 'Stopline.sk – ligne de signalement slovaque',
      en: 'Stopline.sk – Slovak reporting hotline',
    },
    url: 'https://stopline.sk',
    infoUrl: 'https://stopline.sk/sk/spracovanie-hlasenia/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://stopline.sk/sk/spracovanie-hlasenia/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the online form’s own address',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('digiq', 'Digitálna inteligencia o. z.', ['Illegal Speech']),
      flagger('ochran-ma', 'Ochráň ma', [
        'Cyberviolence',
        'Illegal Speech',
        'Incitement to self-harm',
        'Protection of minors violations',
        'Risk for public security',
        'Scams and fraud',
      ]),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
