/** Germany: reporting doors. Facts checked at the sources below; see `country.schema.ts`. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, flagger } from '../sources';

export const de = {
  code: 'DE',
  name: { fr: 'Allemagne', en: 'Germany' },
  languages: ['de'],
  emergency: emergency112({
    phone: '110',
    for: { fr: 'Police (Notruf)', en: 'Police (emergency)' },
    source: 'https://www.polizei.bremerhaven.de/online-wache.html',
  }),
  childHelpline: {
    id: 'de-child-helpline-nummer-gegen-kummer',
    name: {
      native: 'Nummer gegen Kummer – Kinder- und Jugendtelefon',
      language: 'de',
      fr: 'Nummer gegen Kummer – ligne pour enfants et adolescents',
      en: 'Nummer gegen Kummer – children and youth helpline',
    },
    phone: '116111',
    infoUrl: 'https://www.nummergegenkummer.de',
    operator: 'association',
    anonymousAllowed: true,
    // The federal youth ministry: 116 111, anonymous and free, also by chat and e-mail.
    source: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
    checked: '2026-12-05',
    verified: true,
  },
  victimSupport: {
    id: 'de-victim-support-weisser-ring',
    name: {
      native: 'WEISSER RING – Opfer-Telefon',
      language: 'de',
      fr: 'WEISSER RING – ligne d’aide aux victimes',
      en: 'WEISSER RING – victim helpline',
    },
    phone: '116006',
    infoUrl: 'https://weisser-ring.de',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.weisser-ring.de/internet/verwaltung/news/details/article/16417/index.html',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'current opening hours (7am to 10pm every day in the sources read)',
  },
  hotline: {
    // Germany has three INHOPE members: eco and FSM (joint portal internet-beschwerdestelle.de)
    // and jugendschutz.net. The FSM form needs only the address for child sexual abuse material.
    id: 'de-hotline-fsm',
    name: {
      native: 'FSM-Beschwerdestelle',
      language: 'de',
      fr: 'Ligne de signalement de la FSM',
      en: 'FSM complaints hotline',
    },
    url: 'https://www.fsm.de/fsm/beschwerdestelle/',
    infoUrl: 'https://www.internet-beschwerdestelle.de/de/index.html',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.fsm.de/fsm/beschwerdestelle/',
    checked: '2026-12-05',
    verified: true,
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('bvoh', 'Bundesverband Onlinehandel e.V. (BVOH)', [
        'Consumer information infringements',
        'Illegal products',
        'Intellectual property infringements',
      ]),
      flagger('hateaid', 'HateAid gGmbH', ['Cyberviolence', 'Cyber violence against women', 'Illegal Speech']),
      flagger('respect', 'Stiftung zur Förderung der Jugend in Baden-Württemberg – Meldestelle REspect!', [
        'Cyberviolence',
        'Cyber violence against women',
        'Illegal Speech',
        'Risk for public security',
        'Violence',
      ]),
      flagger('vzbv', 'Verbraucherzentrale Bundesverband (vzbv)', [
        'Consumer information infringements',
        'Data protection and privacy violations',
        'Illegal products',
        'Scams and fraud',
        'Protection of minors violations',
      ]),
    ],
  },
  policePortal: {
    // Each Land's police runs its online station; a shared entry page leads to them.
    id: 'de-police-onlinewache',
    name: {
      native: 'Onlinewache der Polizei',
      language: 'de',
      fr: 'Commissariat en ligne de la police',
      en: 'Police online station',
    },
    url: 'https://portal.onlinewache.polizei.de/de/',
    operator: 'state',
    anonymousAllowed: false,
    source: 'https://www.polizei.bremerhaven.de/online-wache.html',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'the shared portal address (seen only in third-party code; the police page read names the Onlinewachen of the Länder) and whether every Land takes online hate reports there',
  },
} satisfies CountryInput;
