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
      flagger('central-bank', 'Central Bank of Ireland', ['Scams and fraud']),
      flagger('irish-internet-hotline', 'Irish Internet Hotline', [
        'Cyberviolence',
        'Cyber violence against women',
        'Scams and fraud',
        'Protection of minors violations',
        'Illegal Speech',
      ]),
      flagger('imro', 'Irish Music Rights Organisation (‘IMRO’)', ['Intellectual property infringements']),
      flagger('jrci', 'Jewish Representative Council of Ireland (‘JRCI’)', ['Illegal Speech']),
    ],
  },
  // An Garda Síochána's online form for hate crimes and hate incidents (non-emergency), read by its
  // Diversity and Integration Unit; other offences are reported at a Garda station.
  policePortal: {
    id: 'ie-police-hate-crime',
    name: {
      native: 'An Garda Síochána – report a hate crime',
      language: 'en',
      fr: 'Garda – signaler un crime de haine',
    },
    url: 'https://www.garda.ie/en/reportahatecrime/',
    operator: 'state',
    source:
      'https://www.garda.ie/en/about-us/our-departments/office-of-corporate-communications/news-media/news-archive/an-garda-sochna-online-hate-crime-reporting-facility-launch-21-7-21.html',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'the form’s address (given by local press; the Garda release of 21 July 2021 says only “on garda.ie”); it takes hate crimes only',
  },
} satisfies CountryInput;
