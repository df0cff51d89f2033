/** Estonia: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const ee = {
  code: 'EE',
  name: { fr: 'Estonie', en: 'Estonia' },
  languages: ['et'],
  emergency: emergency112(),
  childHelpline: {
    id: 'ee-child-helpline-lasteabi',
    name: {
      native: 'Lasteabi 116111',
      language: 'et',
      fr: 'Lasteabi – ligne d’aide à l’enfance',
      en: 'Lasteabi – child helpline',
    },
    infoUrl: 'https://www.lasteabi.ee',
    phone: '116111',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://www.sotsiaalkindlustusamet.ee/lasteabi-116111',
    checked: '2026-12-05',
    verified: true,
  },
  victimSupport: victimLine116006('ee', 'et', 'Ohvriabi telefon 116 006'),
  // Vihjeliin, run by the Estonian Union for Child Welfare (Lastekaitse Liit).
  hotline: {
    id: 'ee-hotline-vihjeliin',
    name: {
      native: 'Vihjeliin',
      language: 'et',
      fr: 'Vihjeliin – ligne de signalement estonienne',
      en: 'Vihjeliin – Estonian reporting hotline',
    },
    url: 'https://www.vihjeliin.ee',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://kjag.ee/lasteabi/',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'read only on a school’s page: confirm INHOPE membership and the report form’s address',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('axghouse', 'Axghouse antipiracy OÜ', ['Intellectual property infringements']),
      flagger('eako', 'Eesti Autoriõiguste Kaitse Organisatsioon', ['Intellectual property infringements']),
      flagger('ekou', 'Eesti Kohtunike Ühing', [
        'Cyberviolence',
        'Data protection and privacy violations',
        'Illegal Speech',
      ]),
      flagger('pangaliit', 'Eesti Pangaliit', [
        'Illegal products',
        'Intellectual property infringements',
        'Scams and fraud',
      ]),
    ],
  },
  // The Police and Border Guard Board's online statement form (Estonian; English and Russian versions exist).
  policePortal: {
    id: 'ee-police-avaldus',
    name: {
      native: 'Politseile avalduse esitamine',
      language: 'et',
      fr: 'Déposer une déclaration auprès de la police',
      en: 'Submit a statement to the police',
    },
    url: 'https://www2.politsei.ee/et/teenused/politseile-avalduse-esitamine.dot',
    operator: 'state',
    source: 'https://policija.lrv.lt/lt/nuorodos/kur-kreiptis-del-nusikaltimo-uzsienio-valstybeje/',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'the address on politsei.ee itself (read on the Lithuanian police’s list of foreign police portals)',
  },
} satisfies CountryInput;
