/** Hungary: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST } from '../sources';

export const hu = {
  code: 'HU',
  name: { fr: 'Hongrie', en: 'Hungary' },
  languages: ['hu'],
  emergency: emergency112(),
  childHelpline: {
    id: 'hu-child-helpline-kek-vonal',
    name: {
      native: 'Kék Vonal Gyermekkrízis Alapítvány – Gyermekek segélyvonala',
      language: 'hu',
      fr: 'Kék Vonal – ligne d’aide aux enfants',
      en: 'Kék Vonal – child helpline',
    },
    infoUrl: 'https://www.kek-vonal.hu',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source:
      'https://nmhh.hu/cikk/115/A_116_kezdoszamu_harmonizalt_kozerdeku_szolgaltatasok_szamainak_hasznalata_es_kijelolese',
    checked: '2026-12-05',
    verified: true,
  },
  victimSupport: {
    id: 'hu-victim-support-116006',
    name: {
      native: 'Segélyvonal bűncselekmények sértettjei számára',
      language: 'hu',
      fr: 'Ligne d’aide aux victimes d’infractions',
      en: 'Helpline for victims of crime',
    },
    phone: '116006',
    operator: 'state',
    source:
      'https://nmhh.hu/cikk/115/A_116_kezdoszamu_harmonizalt_kozerdeku_szolgaltatasok_szamainak_hasznalata_es_kijelolese',
    checked: '2026-12-05',
    verified: true,
    toCheck:
      'the regulator lists the Ministry of Justice for 116 006 (updated July 2024) while VSE listed Hungary without the line in 2023: confirm it answers',
  },
  // The Internet Hotline of the media authority (NMHH); reports can be anonymous.
  hotline: {
    id: 'hu-hotline-nmhh',
    name: {
      native: 'Internet Hotline (NMHH)',
      language: 'hu',
      fr: 'Internet Hotline de l’autorité des médias',
      en: 'Media authority’s Internet Hotline',
    },
    url: 'https://nmhh.hu/internethotline',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://english.nmhh.hu/article/190104/When_and_how_should_we_be_contacted',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the report form’s own address',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('hatter', 'Háttér Társaság', ['Illegal Speech'], { url: 'https://jelentsd-a-homofobiat.hu' }),
      flagger('internet-hotline', 'Internet Hotline', [
        'Animal Welfare',
        'Cyberviolence',
        'Cyber violence against women',
        'Illegal products',
        'Illegal Speech',
        'Incitement to self-harm',
        'Protection of minors violations',
        'Risk for public security',
        'Scams and fraud',
        'Violence',
      ]),
      flagger('proart', 'ProArt Szövetség a Szerzői Jogokért', ['Intellectual property infringements']),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
