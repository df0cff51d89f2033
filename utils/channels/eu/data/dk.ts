/** Denmark: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const dk = {
  code: 'DK',
  name: { fr: 'Danemark', en: 'Denmark' },
  languages: ['da'],
  emergency: emergency112(),
  childHelpline: {
    id: 'dk-child-helpline-bornetelefonen',
    name: {
      native: 'BørneTelefonen (Børns Vilkår)',
      language: 'da',
      fr: 'BørneTelefonen – ligne pour enfants',
      en: 'BørneTelefonen – child helpline',
    },
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.bt.dk/samfund/boernetelefonen-har-modtaget-15-procent-flere-opkald-i-juledagene-et-emne-gaar',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'news reports give the number garbled (“11 61 11”, “16 6 111”): confirm 116 111 on bornsvilkar.dk; open around the clock since 2021',
  },
  victimSupport: victimLine116006('dk', 'da', 'Hjælpelinje for ofre for forbrydelser – 116 006'),
  // AnmeldDet, Save the Children Denmark’s hotline, an INHOPE member; the form page read is the English one.
  hotline: {
    id: 'dk-hotline-anmelddet',
    name: {
      native: 'Red Barnet – Report child sexual abuse material',
      language: 'en',
      fr: 'Red Barnet (AnmeldDet) – signaler des images d’abus sexuels sur enfants',
      en: 'Save the Children Denmark (AnmeldDet) – report child sexual abuse material',
    },
    url: 'https://redbarnet.dk/reportit/report/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://redbarnet.dk/reportit/report/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the Danish version of the form',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('red-barnet', 'Red Barnet', [
        'Cyberviolence',
        'Data protection and privacy violations',
        'Illegal Speech',
        'Protection of minors violations',
        'Scams and fraud',
        'Violence',
      ]),
      flagger('rettighedsalliancen', 'RettighedsAlliancen', ['Intellectual property infringements']),
    ],
  },
  // The Danish police's online report; 114 is its non-urgent number.
  policePortal: {
    id: 'dk-police-anmeld',
    name: {
      native: 'Politiet – anmeld online',
      language: 'da',
      fr: 'Police – porter plainte en ligne',
      en: 'Police – report online',
    },
    url: 'https://politi.dk/anmeld',
    phone: '114',
    operator: 'state',
    source: 'https://policija.lrv.lt/lt/nuorodos/kur-kreiptis-del-nusikaltimo-uzsienio-valstybeje/',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'the address on politi.dk itself (read on the Lithuanian police’s list of foreign police portals)',
  },
} satisfies CountryInput;
