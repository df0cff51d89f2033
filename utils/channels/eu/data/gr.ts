/** Greece: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, no116006, TRUSTED_FLAGGERS_LIST } from '../sources';

export const gr = {
  code: 'GR',
  name: { fr: 'Grèce', en: 'Greece' },
  languages: ['el'],
  emergency: emergency112(),
  childHelpline: {
    id: 'gr-child-helpline-hamogelo',
    name: {
      native: 'Το Χαμόγελο του Παιδιού – 116111',
      language: 'el',
      fr: 'Le Sourire de l’enfant – 116 111',
      en: 'The Smile of the Child – 116 111',
    },
    infoUrl: 'https://hamogelo.gr',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://childhelplineinternational.org/20-years-20-voices-the-smile-of-the-child-greece/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the national line SOS 1056 runs beside it',
  },
  victimSupport: no116006,
  // SafeLine, run by FORTH, the Greek INHOPE hotline since 2005.
  hotline: {
    id: 'gr-hotline-safeline',
    name: {
      native: 'SafeLine',
      language: 'el',
      fr: 'SafeLine – ligne de signalement grecque',
      en: 'SafeLine – Greek reporting hotline',
    },
    url: 'https://www.safeline.gr',
    infoUrl: 'https://www.safeline.gr/en/about-us/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.safeline.gr/en/about-us/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the https address of the report form (an older page was http://www.safeline.gr/report.php)',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('digitat', 'DIGITAT ΔΙΑΔΙΚΤΥΑΚΗ ΕΝΗΜΕΡΩΣΗ Ο.Ε.', [
        'Cyberviolence',
        'Illegal products',
        'Negative effects on civil discourse and elections',
        'Scams and fraud',
        'Violence',
      ]),
      flagger('epoe', 'Εταιρία Προστασίας Οπτικοακουστικών Έργων Α.Μ.Κ.Ε. Audiovisual Works Protection Society', [
        'Intellectual property infringements',
        'Illegal products',
      ]),
      flagger('forth-safeline', 'Ίδρυμα Τεχνολογίας και Έρευνας Foundation for Research and Technology – Hellas', [
        'Cyberviolence',
        'Cyber violence against women',
        'Illegal Speech',
        'Protection of minors violations',
        'Scams and fraud',
        'Violence',
        'Incitement to self-harm',
      ]),
      flagger(
        'factchecker',
        "Παρατηρητήριο κατά της Παραπληροφόρησης (Disinformation Observatory 'Greece Fact Check')",
        [
          'Cyberviolence',
          'Illegal Speech',
          'Negative effects on civil discourse and elections',
          'Risk for public security',
          'Scams and fraud',
          'Violence',
          'Illegal products',
        ],
      ),
      flagger('kivon', 'Kivon Μονοπροσωπη Ι.Κ.Ε. / Kivon Single Member P.C.', [
        'Cyberviolence',
        'Data protection and privacy violations',
        'Illegal products',
        'Intellectual property infringements',
        'Protection of minors violations',
        'Scams and fraud',
      ]),
    ],
  },
  // The Hellenic Police's portal, where a crime can be reported.
  policePortal: {
    id: 'gr-police-portal',
    name: {
      native: 'Ελληνική Αστυνομία',
      language: 'el',
      fr: 'Police hellénique – portail',
      en: 'Hellenic Police portal',
    },
    url: 'https://portal.astynomia.gr',
    operator: 'state',
    source: 'https://policija.lrv.lt/lt/nuorodos/kur-kreiptis-del-nusikaltimo-uzsienio-valstybeje/',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'the portal’s own page for reporting a crime (read on the Lithuanian police’s list of foreign police portals); the Cyber Crime Division’s own channels',
  },
} satisfies CountryInput;
