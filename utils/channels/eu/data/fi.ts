/** Finland: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const fi = {
  code: 'FI',
  name: { fr: 'Finlande', en: 'Finland' },
  languages: ['fi', 'sv'],
  emergency: emergency112(),
  childHelpline: {
    id: 'fi-child-helpline-mll',
    name: {
      native: 'MLL:n Lasten ja nuorten puhelin',
      language: 'fi',
      fr: 'Ligne pour enfants et jeunes de la MLL',
      en: 'MLL children and youth helpline',
    },
    infoUrl: 'https://www.mll.fi',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.mll.fi/tiedotteet/lasten-ja-nuorten-puhelimessa-maratonpaivystys-lapsen-oikeuksien-paivana/',
    checked: '2026-12-05',
    verified: true,
    toCheck:
      'current hours (every day; professionals answer in the evening per a 2025 release); Swedish line 0800 96 116',
  },
  victimSupport: victimLine116006('fi', 'fi', 'Rikosuhrien auttava puhelin 116 006'),
  // Nettivihje, Save the Children Finland’s hotline (since 2002), an INHOPE member; reports can be anonymous.
  hotline: {
    id: 'fi-hotline-nettivihje',
    name: {
      native: 'Nettivihje (Pelastakaa Lapset)',
      language: 'fi',
      fr: 'Nettivihje (Sauvez les enfants Finlande)',
      en: 'Nettivihje (Save the Children Finland)',
    },
    url: 'https://www.pelastakaalapset.fi/tyomme/mita-teemme/lasten-suojeleminen/nettivihje/aikuisille/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.pelastakaalapset.fi/tyomme/mita-teemme/lasten-suojeleminen/nettivihje/aikuisille/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the form’s own address (“Ilmoita”; English and Swedish versions exist)',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('pelastakaa-lapset', 'Pelastakaa Lapset ry', ['Protection of minors violations']),
      flagger('somis', 'Somis Enterprises Oy', [
        'Cyberviolence',
        'Illegal Speech',
        'Protection of minors violations',
        'Scams and fraud',
      ]),
      flagger('ttvk', 'Tekijänoikeuden tiedotus- ja valvontakeskus ry', ['Intellectual property infringements']),
    ],
  },
  // A web tip form for non-urgent suspicious content seen online (not a crime report, which has its own
  // e-form); the police page points CSAM reports to Nettivihje.
  policePortal: {
    id: 'fi-police-nettivinkki',
    name: {
      native: 'Poliisin nettivinkki',
      language: 'fi',
      fr: 'Signalement en ligne à la police',
      en: 'Police online tip-off form',
    },
    url: 'https://poliisi.fi/nettivinkki',
    operator: 'state',
    source: 'https://poliisi.fi/nettivinkki',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'whether a tip can be left without contact details',
  },
} satisfies CountryInput;
