/** Lithuania: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const lt = {
  code: 'LT',
  name: { fr: 'Lituanie', en: 'Lithuania' },
  languages: ['lt'],
  emergency: emergency112(),
  childHelpline: {
    id: 'lt-child-helpline-vaiku-linija',
    name: {
      native: 'Vaikų linija',
      language: 'lt',
      fr: 'Vaikų linija – ligne pour enfants',
      en: 'Child Line Lithuania',
    },
    infoUrl: 'https://vaikulinija.lt',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.betterinternetforkids.eu/web/lithuania/profile',
    checked: '2026-12-05',
    verified: true,
  },
  victimSupport: no116006,
  // “Švarus internetas”, the hotline of the Communications Regulatory Authority (RRT); reports can be anonymous.
  hotline: {
    id: 'lt-hotline-svarus-internetas',
    name: {
      native: 'Švarus internetas (RRT)',
      language: 'lt',
      fr: 'Švarus internetas – ligne de signalement lituanienne',
      en: 'Švarus internetas – Lithuanian reporting hotline',
    },
    url: 'https://www.svarusinternetas.lt',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://esaugumas.lt/articles/interneto-karstoji-linija',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'the report form’s own address on svarusinternetas.lt (the page read names the anonymous form)',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('croplife', 'CropLife Lietuva', ['Illegal products']),
      flagger('debunk', 'Debunk EU', [
        'Illegal Speech',
        'Intellectual property infringements',
        'Negative effects on civil discourse and elections',
        'Scams and fraud',
      ]),
      flagger('hoopoz', 'Hoopoz UAB', ['Consumer information infringements', 'Illegal products']),
      flagger('nexa-watch', 'Nexa Watch', ['Intellectual property infringements', 'Scams and fraud']),
      flagger('repsense', 'Repsense, UAB', [
        'Negative effects on civil discourse and elections',
        'Risk for public security',
      ]),
      flagger('piracymeter', 'UAB Piracymeter', ['Intellectual property infringements']),
      flagger('vaiku-linija', 'VšĮ "Vaikų Linija"', ['Cyberviolence', 'Protection of minors violations']),
    ],
  },
  // The police's e-services system (PEPS): reports by web form, e-mail or SMS; anonymous reports are possible.
  policePortal: {
    id: 'lt-police-epolicija',
    name: {
      native: 'Pranešimas policijai (epolicija.lt)',
      language: 'lt',
      fr: 'Signalement à la police',
      en: 'Report to the police',
    },
    url: 'https://www.epolicija.lt',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://www.epaslaugos.lt/portal/service/23220/34841',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'the address www.epolicija.lt (named in the press; the state e-services page read describes the service without it) and anonymous reporting',
  },
} satisfies CountryInput;
