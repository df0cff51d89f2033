/** Czechia: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const cz = {
  code: 'CZ',
  name: { fr: 'Tchéquie', en: 'Czechia' },
  languages: ['cs'],
  emergency: emergency112(),
  childHelpline: {
    id: 'cz-child-helpline-linka-bezpeci',
    name: {
      native: 'Linka bezpečí',
      language: 'cs',
      fr: 'Linka bezpečí – ligne de crise pour enfants',
      en: 'Linka bezpečí – crisis line for children',
    },
    infoUrl: 'https://www.linkabezpeci.cz',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://jesenik.cz/cz/informace-odboru/29-linka-bezpeci.html',
    checked: '2026-12-05',
    verified: true,
  },
  victimSupport: victimLine116006('cz', 'cs', 'Linka pomoci obětem trestných činů – 116 006'),
  // STOPonline.cz, run by CZ.NIC, an INHOPE member since 2017.
  hotline: {
    id: 'cz-hotline-stoponline',
    name: {
      native: 'STOPonline.cz',
      language: 'cs',
      fr: 'STOPonline.cz – ligne de signalement tchèque',
      en: 'STOPonline.cz – Czech reporting hotline',
    },
    url: 'https://www.stoponline.cz',
    infoUrl: 'https://stopline.cz/en/o-nas/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://stopline.cz/en/o-nas/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the report form’s own address',
  },
  trustedFlaggers: {
    // The Commission's list names no trusted flagger designated by this state's coordinator.
    ...TRUSTED_FLAGGERS_LIST,
    list: [],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
