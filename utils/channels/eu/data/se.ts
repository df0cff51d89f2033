/** Sweden: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const se = {
  code: 'SE',
  name: { fr: 'Suède', en: 'Sweden' },
  languages: ['sv'],
  emergency: emergency112(),
  childHelpline: {
    id: 'se-child-helpline-bris',
    name: {
      native: 'Bris – Barnens rätt i samhället',
      language: 'sv',
      fr: 'Bris – ligne pour enfants',
      en: 'Bris – children’s helpline',
    },
    infoUrl: 'https://www.bris.se',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://orebrotribune.se/2021/03/15/bris-nationella-stodlinje-oppnar-dygnet-runt/',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'read in a news report (2021: open around the clock): confirm on bris.se',
  },
  victimSupport: victimLine116006('se', 'sv', 'Stödlinje för brottsutsatta – 116 006'),
  // ECPAT Hotline, ECPAT Sweden’s, an INHOPE member since 2014; reports can be anonymous.
  hotline: {
    id: 'se-hotline-ecpat',
    name: {
      native: 'ECPAT Hotline',
      language: 'sv',
      fr: 'ECPAT Hotline – signaler l’exploitation sexuelle d’enfants',
      en: 'ECPAT Hotline – report child sexual exploitation',
    },
    url: 'https://ecpat.se/hotline/?country=se',
    infoUrl: 'https://ecpat.se/hotline/hotline-eng/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://ecpat.se/hotline/?country=se',
    checked: '2026-12-05',
    verified: true,
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('ecpat', 'ECPAT Sweden', ['Protection of minors violations']),
      flagger('stoldskyddsforeningen', 'Svenska Stöldskyddsföreningen', ['Scams and fraud']),
    ],
  },
  // A web form for tips (not a crime report); 114 14 is the police's non-urgent number.
  policePortal: {
    id: 'se-police-tipsa',
    name: {
      native: 'Tipsa polisen via webben',
      language: 'sv',
      fr: 'Signaler à la police par internet',
      en: 'Tip off the police online',
    },
    url: 'https://polisen.se/kontakt/tipsa-polisen/tipsa-polisen-via-webben/',
    phone: '11414',
    operator: 'state',
    source: 'https://polisen.se/kontakt/tipsa-polisen/tipsa-polisen-via-webben/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'how a crime report (polisanmälan) about online content is made, as the tip form is not one',
  },
} satisfies CountryInput;
