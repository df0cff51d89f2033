/** Austria: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const at = {
  code: 'AT',
  name: { fr: 'Autriche', en: 'Austria' },
  languages: ['de'],
  emergency: emergency112(),
  childHelpline: {
    id: 'at-child-helpline-rat-auf-draht',
    name: {
      native: 'Rat auf Draht 147',
      language: 'de',
      en: 'Rat auf Draht 147 – helpline for children and young people',
    },
    phone: '147',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.betterinternetforkids.eu/sl/sic/austria',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'the Austrian Safer Internet Centre profile (EU site) gives 147 around the clock, free and anonymous; no source found for 116 111 in Austria',
  },
  victimSupport: victimLine116006('at', 'de', 'Hilfe für Opfer von Straftaten – 116 006'),
  // Stopline, founded by the Austrian internet providers’ association (ISPA), is the Austrian INHOPE hotline.
  hotline: {
    id: 'at-hotline-stopline',
    name: {
      native: 'Stopline',
      language: 'de',
      fr: 'Stopline – ligne de signalement autrichienne',
      en: 'Stopline – Austrian reporting hotline',
    },
    url: 'https://www.stopline.at',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.betterinternetforkids.eu/sl/sic/austria',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the web form’s own address on stopline.at',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger(
        'austro-mechana',
        'AUSTRO-MECHANA Gesellschaft zur Wahrnehmung mechanisch-musikalischer Urheberrechte Gesellschaft mbH',
        ['Illegal products'],
      ),
      flagger('ak-wien', 'Kammer für Arbeiter und Angestellte für Wien', [
        'Consumer information infringements',
        'Data protection and privacy violations',
      ]),
      flagger('kija-ooe', 'Kinder- und Jugendanwaltschaft OÖ', [
        'Cyberviolence',
        'Illegal Speech',
        'Protection of minors violations',
        'Violence',
      ]),
      flagger('lsg', 'LSG Wahrnehmung von Leistungsschutzrechten GmbH', ['Intellectual property infringements']),
      flagger('oiat', 'Österreichisches Institut für angewandte Telekommunikation', [
        'Intellectual property infringements',
        'Scams and fraud',
      ]),
      flagger('rat-auf-draht', 'Rat auf Draht gemeinnützige GmbH', ['Protection of minors violations']),
      flagger('schutzverband', 'Schutzverband gegen unlauteren Wettbewerb', [
        'Intellectual property infringements',
        'Consumer information infringements',
      ]),
      flagger('zara', 'ZARA - Zivilcourage und Anti-Rassismus Arbeit', [
        'Cyberviolence',
        'Illegal Speech',
        'Cyber violence against women',
      ]),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
