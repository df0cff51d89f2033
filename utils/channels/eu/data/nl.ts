/** The Netherlands: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, VSE_116006_CAMPAIGN, flagger } from '../sources';

const POLITIE_AANGIFTE = 'https://www.politie.nl/themas/aangifte-doen.html';

export const nl = {
  code: 'NL',
  name: { fr: 'Pays-Bas', en: 'Netherlands' },
  languages: ['nl'],
  emergency: emergency112({
    phone: '09008844',
    for: { fr: 'Police, hors urgence', en: 'Police, non-emergency' },
    source: POLITIE_AANGIFTE,
  }),
  childHelpline: {
    id: 'nl-child-helpline-kindertelefoon',
    name: {
      native: 'De Kindertelefoon',
      language: 'nl',
      fr: 'De Kindertelefoon – ligne d’écoute pour enfants',
      en: 'De Kindertelefoon – children’s helpline',
    },
    phone: '116111',
    infoUrl: 'https://www.kindertelefoon.nl',
    operator: 'association',
    anonymousAllowed: true,
    source:
      'https://www.nrc.nl/nieuws/2017/04/12/de-kindertelefoon-de-kinderhulpdienst-had-helemaal-geen-gevaar-mogen-lopen-8150020-a1554306',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'a 2017 newspaper says 116 111 was added beside 0800-0432; confirm on kindertelefoon.nl',
  },
  victimSupport: {
    id: 'nl-victim-support-slachtofferhulp',
    name: {
      native: 'Slachtofferhulp Nederland',
      language: 'nl',
      fr: 'Aide aux victimes Pays-Bas',
      en: 'Victim Support Netherlands',
    },
    phone: '116006',
    infoUrl: 'https://www.slachtofferhulp.nl',
    operator: 'association',
    // VSE counts 63,330 calls to the Dutch 116 006 line in 2022.
    source: 'https://victim-support.eu/news/joint-statement-on-116-006-the-european-victim-support-line/',
    checked: '2026-12-05',
    verified: false,
    toCheck: `that Slachtofferhulp Nederland answers 116 006 (politie.nl gives its general line 0900-0101); see also ${VSE_116006_CAMPAIGN}`,
  },
  hotline: {
    // Offlimits runs Meldpunt Kinderporno, the Dutch INHOPE hotline (the address now redirects to
    // meldpunt.offlimits.nl). Only material on the public internet, with an address, is handled.
    id: 'nl-hotline-meldpunt-kinderporno',
    name: {
      native: 'Meldpunt Kinderporno (Offlimits)',
      language: 'nl',
      fr: 'Point de signalement des images pédocriminelles (Offlimits)',
      en: 'Child sexual abuse material hotline (Offlimits)',
    },
    url: 'https://meldpunt-kinderporno.nl/',
    infoUrl: 'https://meldpunt-kinderporno.nl/wat-melden',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://meldpunt-kinderporno.nl/wat-melden',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the report form’s own address under meldpunt.offlimits.nl',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('snb-react', 'Coöperatie SNB-REACT U.A.', ['Intellectual property infringements']),
      flagger('brein', 'Stichting BREIN', ['Intellectual property infringements']),
      flagger('nl-confidential', 'Stichting NL Confidential', ['Cyberviolence', 'Illegal Speech'], {
        // The list gives this reporting site as the organisation's website.
        url: 'https://meld.onlinediscriminatie.nl',
      }),
      flagger('offlimits', 'Stichting Offlimits', [
        'Cyberviolence',
        'Protection of minors violations',
        'Scams and fraud',
      ]),
    ],
  },
  policePortal: {
    // Online aangifte is possible for theft, vandalism and internet fraud; otherwise by phone.
    id: 'nl-police-aangifte',
    name: {
      native: 'Politie – aangifte doen',
      language: 'nl',
      fr: 'Police – porter plainte',
      en: 'Police – file a report',
    },
    phone: '09008844',
    infoUrl: POLITIE_AANGIFTE,
    operator: 'state',
    anonymousAllowed: false,
    source: POLITIE_AANGIFTE,
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the online aangifte form’s own address (politie.nl’s aangifte page)',
  },
} satisfies CountryInput;
