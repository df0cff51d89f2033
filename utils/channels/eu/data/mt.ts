/** Malta: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const mt = {
  code: 'MT',
  name: { fr: 'Malte', en: 'Malta' },
  languages: ['mt', 'en'],
  emergency: emergency112(),
  childHelpline: {
    id: 'mt-child-helpline-supportline-179',
    name: { native: 'Supportline 179', language: 'en', fr: 'Supportline 179 – ligne d’aide' },
    phone: '179',
    operator: 'state',
    source: 'https://fsws.gov.mt/en/onlineabuse/Pages/overview-abuse.aspx',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'no source found for 116 111 in Malta; 179 is the Foundation for Social Welfare Services’ general helpline',
  },
  victimSupport: no116006,
  // Childwebalert, run by Aġenzija Appoġġ (Foundation for Social Welfare Services); only the address is needed.
  hotline: {
    id: 'mt-hotline-childwebalert',
    name: { native: 'Childwebalert', language: 'en', fr: 'Childwebalert – ligne de signalement maltaise' },
    url: 'https://childwebalert.gov.mt',
    infoUrl: 'https://childwebalert.gov.mt/en/Pages/who-we-are.aspx',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://childwebalert.gov.mt/en/Pages/who-we-are.aspx',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the report form’s own address (reached by the “Report Online Abuse” button)',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [flagger('fsws', 'Foundation for Social Welfare Services', ['Protection of minors violations'])],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
