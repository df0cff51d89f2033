/** Latvia: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const lv = {
  code: 'LV',
  name: { fr: 'Lettonie', en: 'Latvia' },
  languages: ['lv'],
  emergency: emergency112(),
  childHelpline: {
    id: 'lv-child-helpline-uzticibas-talrunis',
    name: {
      native: 'Bērnu un pusaudžu uzticības tālrunis',
      language: 'lv',
      fr: 'Ligne de confiance pour enfants et adolescents',
      en: 'Children and adolescents’ helpline',
    },
    phone: '116111',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://lia.lv/lv/info/drosaka-interneta-centrs',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'run by the State Inspectorate for Protection of Children’s Rights per the Latvian Safer Internet Centre: confirm on the inspectorate’s site',
  },
  victimSupport: victimLine116006('lv', 'lv', 'Palīdzības tālrunis noziegumos cietušajiem – 116 006'),
  // Drossinternets.lv, the Latvian Safer Internet Centre run by the Latvian Internet Association; reports by web form or app.
  hotline: {
    id: 'lv-hotline-drossinternets',
    name: {
      native: 'Drossinternets.lv',
      language: 'lv',
      fr: 'Drossinternets.lv – ligne de signalement lettone',
      en: 'Drossinternets.lv – Latvian reporting hotline',
    },
    url: 'https://drossinternets.lv',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://drossinternets.lv/lv/info/zino-mobilaja-lietotne',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the web report form’s own address',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('lia', 'Latvijas Interneta asociācija', ['Protection of minors violations']),
      flagger('cert-lv', 'LU MII Kiberincidentu novēršanas institūcija CERT.LV', ['Cyberviolence']),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
