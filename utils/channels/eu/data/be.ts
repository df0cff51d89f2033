/** Belgium: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, flagger, no116006 } from '../sources';

// Belga, quoting the federal police (2020): for immediate help, 101 or 112.
const FEDERAL_POLICE_2020 =
  'https://www.rtl.be/info/belgique/politique/davantage-de-declarations-a-la-police-desormais-possibles-depuis-chez-soi-1215437.aspx';

export const be = {
  code: 'BE',
  name: { fr: 'Belgique', en: 'Belgium' },
  languages: ['nl', 'fr', 'de'],
  emergency: emergency112({ phone: '101', for: { fr: 'Police', en: 'Police' }, source: FEDERAL_POLICE_2020 }),
  childHelpline: {
    // The French-speaking community's line; Dutch-speaking children have Awel (102).
    id: 'be-child-helpline-ecoute-enfants',
    name: {
      native: 'Écoute-Enfants 103',
      language: 'fr',
      en: 'Écoute-Enfants 103 – children’s listening line',
    },
    phone: '103',
    operator: 'state',
    anonymousAllowed: true,
    source: 'https://schoolinschakeling.brussels/acteurs/ecoute-enfants-103',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'no source found for 116 111 in Belgium: check whether it runs and who answers it; Awel (102, Dutch-speaking) not read; 103 is run by the IMAJE intercommunal for the Wallonia-Brussels Federation',
  },
  victimSupport: no116006,
  hotline: {
    // Child Focus's civil reporting point (stopchildporno.be), Belgium's INHOPE hotline.
    id: 'be-hotline-child-focus',
    name: {
      native: 'Child Focus – report child sexual abuse images',
      language: 'en',
      fr: 'Child Focus – point de contact civil',
      en: 'Child Focus – report child sexual abuse images',
    },
    url: 'https://childfocus.be/en/report-child-pornography',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://childfocus.be/en/report-child-pornography',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the French and Dutch pages of the form (the page read is the English one)',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('child-focus', 'Belgische Stichting voor Vermiste en Seksueel Uitgebuite Kinderen', [
        'Cyberviolence',
        'Protection of minors violations',
      ]),
      flagger(
        'unia',
        'Centre interfédéral pour l’égalité des chances et la lutte contre le racisme et les discriminations',
        ['Illegal Speech'],
      ),
      flagger('fsma', 'Financial Services and Markets Authority (FSMA)', ['Scams and fraud']),
      flagger('iefh', 'Institut pour l’égalité des femmes et des hommes', [
        'Cyberviolence',
        'Cyber violence against women',
        'Illegal Speech',
      ]),
      flagger('vmri', 'Vlaams Mensenrechteninstituut', [
        'Cyberviolence',
        'Cyber violence against women',
        'Data protection and privacy violations',
        'Illegal Speech',
        'Negative effects on civil discourse and elections',
        'Protection of minors violations',
        'Violence',
      ]),
    ],
  },
  policePortal: {
    // Police-on-web: online complaints for minor offences (internet fraud without loss among them),
    // sent to the police zone of the place of the offence; needs a Belgian electronic identity.
    id: 'be-police-on-web',
    name: {
      native: 'Police-on-web',
      language: 'fr',
      fr: 'Police-on-web – déclaration en ligne',
      en: 'Police-on-web – online report',
    },
    url: 'https://www.police.be/fr/e-loket',
    infoUrl: 'https://www.politie.be/5428/contact/online-aangiften/police-on-web',
    operator: 'state',
    anonymousAllowed: false,
    source: 'https://www.politie.be/5428/contact/online-aangiften/police-on-web',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'the portal address (quoted by Belga in 2020) and the current list of offences it takes',
  },
} satisfies CountryInput;
