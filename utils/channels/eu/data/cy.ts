/** Cyprus: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const cy = {
  code: 'CY',
  name: { fr: 'Chypre', en: 'Cyprus' },
  languages: ['el', 'tr'],
  emergency: emergency112(),
  childHelpline: {
    id: 'cy-child-helpline-116111',
    name: {
      native: 'European Helpline for Children and Adolescents 116 111',
      language: 'en',
      fr: 'Ligne européenne pour enfants et adolescents 116 111',
    },
    infoUrl: 'https://www.uncrcpc.org.cy',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source:
      'https://www.cbn.com.cy/article/2024/5/17/775594/hope-for-children-celebrates-international-child-helpline-day/',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'run by Hope For Children and SPAVO on weekdays and Saturday mornings per a 2024 news report; the 24-hour line is 1466',
  },
  victimSupport: no116006,
  // The Cyprus Safer Internet Centre’s 1480 line takes reports of illegal content online (child sexual abuse among them), by phone, form or chat.
  hotline: {
    id: 'cy-hotline-cybersafety',
    name: {
      native: 'Γραμμή 1480 – CyberSafety',
      language: 'el',
      fr: 'Ligne 1480 – CyberSafety',
      en: '1480 line – CyberSafety',
    },
    url: 'https://www.cybersafety.cy',
    phone: '1480',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://cyprus-mail.com/2018/09/17/cybersafety-helpline-receives-almost-1000-calls-in-first-year/',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'which Cypriot body is INHOPE’s member today (CyberEthics was, per cyberethics.info) and the report form’s address',
  },
  trustedFlaggers: {
    // The Commission's list names no trusted flagger designated by this state's coordinator.
    ...TRUSTED_FLAGGERS_LIST,
    list: [],
  },
  // The police's online reporting route was not researched for this state: to find.
  policePortal: null,
} satisfies CountryInput;
