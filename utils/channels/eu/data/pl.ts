/** Poland: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, no116006 } from '../sources';

// A municipality's list of alarm numbers, alongside 112.
const ALARM_NUMBERS = 'https://slopnice.pl/pl/522/0/numery-alarmowe.html';

export const pl = {
  code: 'PL',
  name: { fr: 'Pologne', en: 'Poland' },
  languages: ['pl'],
  emergency: emergency112(
    { phone: '997', for: { fr: 'Police', en: 'Police' }, source: ALARM_NUMBERS },
    { phone: '998', for: { fr: 'Pompiers', en: 'Fire brigade' }, source: ALARM_NUMBERS },
    { phone: '999', for: { fr: 'Ambulance', en: 'Ambulance' }, source: ALARM_NUMBERS },
  ),
  childHelpline: {
    id: 'pl-child-helpline-fdds',
    name: {
      native: 'Telefon Zaufania dla Dzieci i Młodzieży 116 111',
      language: 'pl',
      fr: 'Ligne de confiance pour enfants et jeunes 116 111',
      en: 'Children and youth helpline 116 111',
    },
    phone: '116111',
    infoUrl: 'https://116111.pl',
    operator: 'association',
    anonymousAllowed: true,
    // Fundacja Dajemy Dzieciom Siłę's own page: the line was entrusted to it in 2008, runs 24/7.
    source:
      'https://fdds.pl/podpisz-apel-o-szerokie-informowanie-dzieci-o-telefonie-zaufania-dla-dzieci-i-mlodziezy-116111.html',
    checked: '2026-12-05',
    verified: true,
  },
  victimSupport: no116006,
  hotline: {
    // Dyżurnet.pl, run by NASK (the national research institute), is Poland's INHOPE member.
    id: 'pl-hotline-dyzurnet',
    name: {
      native: 'Dyżurnet.pl (NASK)',
      language: 'pl',
      fr: 'Dyżurnet.pl – point de signalement des contenus illicites',
      en: 'Dyżurnet.pl – illegal content reporting point',
    },
    url: 'https://dyzurnet.pl',
    infoUrl: 'https://dyzurnet.pl/faq.html',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://dyzurnet.pl/faq.html',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the form’s own address (reports are made from the home page; also from the mObywatel app since 2024)',
  },
  trustedFlaggers: {
    // The Commission's list names no trusted flagger designated by Poland's coordinator.
    ...TRUSTED_FLAGGERS_LIST,
    list: [],
  },
  // No national online police reporting portal was found in the sources read.
  policePortal: null,
} satisfies CountryInput;
