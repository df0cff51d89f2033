/** Ireland: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const ie = {
  code: 'IE',
  name: { fr: 'Irlande', en: 'Ireland' },
  languages: ['en', 'ga'],
  emergency: emergency112(),
  childHelpline: {
    id: 'ie-child-helpline-childline',
    name: { native: 'Childline (ISPCC)', language: 'en', fr: 'Childline – ligne pour enfants' },
    infoUrl: 'https://www.ispcc.ie',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.kildarestreet.com/debate/?id=2011-07-12.113.3',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'ComReg assigned 116 111 to Childline (Dáil answer, 2011); Childline’s own number is 1800 66 66 66: confirm 116 111 still answers',
  },
  victimSupport: victimLine116006('ie', 'en', 'Crime Victims Helpline – 116 006'),
  // Hotline.ie, the Irish Internet Hotline (also a designated trusted flagger).
  hotline: {
    id: 'ie-hotline-hotline-ie',
    name: {
      native: 'Hotline.ie (Irish Internet Hotline)',
      language: 'en',
      fr: 'Hotline.ie – ligne de signalement irlandaise',
    },
    url: 'https://hotline.ie/report',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://hotline.ie/',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'the report form address comes from third-party research reading INHOPE’s directory (October 2026)',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('ie-tf-central-bank', 'Central Bank of Ireland', ['Scams and fraud']),
      flagger('ie-tf-irish-internet-hotline', 'Irish Internet Hotline', [
        'Cyberviolence',
        'Cyber violence against women',
        'Scams and fraud',
        'Protection of minors violations',
        'Illegal Speech',
      ]),
      flagger('ie-tf-imro', 'Irish Music Rights Organisation (‘IMRO’)', ['Intellectual property infringements']),
      flagger('ie-tf-jrci', 'Jewish Representative Council of Ireland (‘JRCI’)', ['Illegal Speech']),
    ],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
