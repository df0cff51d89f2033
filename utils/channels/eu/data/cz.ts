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
  // A Police of the Czech Republic form for reporting illegal content and activity on the internet
  // (racist or xenophobic content, fraud, child sexual abuse material…).
  policePortal: {
    id: 'cz-police-hotline',
    name: {
      native: 'Policie ČR – hlášení závadového obsahu na internetu',
      language: 'cs',
      fr: 'Police tchèque – signaler un contenu illicite sur internet',
      en: 'Czech Police – report illegal online content',
    },
    url: 'https://aplikace.policie.cz/hotline/',
    operator: 'state',
    source: 'https://filipajzna.webnode.cz/news/formular-pro-hlaseni-zavadoveho-obsahu-a-aktivit-v-siti-internet/',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'whether the form still runs and at which address (seen only on third-party pages from 2012–2013, not on policie.gov.cz)',
  },
} satisfies CountryInput;
