/** Italy: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, flagger, no116006 } from '../sources';

// A municipality's page on the NUE 112 roll-out: 113, 115 and 118 stay active beside 112.
const NUE_PAGE =
  'https://comune.medicina.bo.it/notizia/emergenze-da-oggi-3-dicembre-attivo-il-112-numero-unico-europeo';

export const it = {
  code: 'IT',
  name: { fr: 'Italie', en: 'Italy' },
  languages: ['it'],
  emergency: emergency112(
    { phone: '113', for: { fr: 'Police d’État', en: 'State Police' }, source: NUE_PAGE },
    { phone: '115', for: { fr: 'Pompiers', en: 'Fire brigade' }, source: NUE_PAGE },
    { phone: '118', for: { fr: 'Urgences médicales', en: 'Medical emergencies' }, source: NUE_PAGE },
  ),
  childHelpline: {
    // 116 111 was not operational in Italy (Child Helpline International); Telefono Azzurro's own
    // line for children is 19696, and 114 is its emergency line for a child in danger.
    id: 'it-child-helpline-telefono-azzurro',
    name: {
      native: 'Telefono Azzurro – linea di ascolto',
      language: 'it',
      fr: 'Telefono Azzurro – ligne d’écoute',
      en: 'Telefono Azzurro – listening line',
    },
    phone: '19696',
    infoUrl: 'https://azzurro.it',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://tg24.sky.it/cronaca/2025/04/23/telefono-azzurro-numeri-intervento-giubileo',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      '116 111 was not operational in Italy (childhelplineinternational.org, can-child-call-116-111-italy-france): check whether AGCOM has assigned it since; 19696 read in a news report (2025), not on azzurro.it',
  },
  victimSupport: no116006,
  hotline: {
    // Italy has two INHOPE members: Telefono Azzurro and Save the Children Italia (Stop-it).
    id: 'it-hotline-telefono-azzurro',
    name: {
      native: 'Telefono Azzurro – Clicca e segnala',
      language: 'it',
      fr: 'Telefono Azzurro – Cliquez et signalez',
      en: 'Telefono Azzurro – Click and report',
    },
    url: 'https://azzurro.it/clicca-e-segnala/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://azzurro.it/clicca-e-segnala/',
    checked: '2026-12-05',
    verified: true,
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('abi-lab', 'ABI Lab– Centro di ricerca e sviluppo delle tecnologie per la banca', [
        'Data protection and privacy violations',
        'Illegal products',
        'Scams and fraud',
      ]),
      flagger('argo', 'Argo Business Solutions S.r.L.', ['Intellectual property infringements', 'Scams and fraud']),
      flagger('meter', 'Associazione METER ETS di Don Fortunato di Noto', [
        'Cyberviolence',
        'Data protection and privacy violations',
        'Protection of minors violations',
      ]),
      flagger('barzano-zanardo', 'Barzanò & Zanardo S.p.A.', [
        'Intellectual property infringements',
        'Scams and fraud',
      ]),
      flagger('fapav', 'FAPAV', [
        'Data protection and privacy violations',
        'Intellectual property infringements',
        'Scams and fraud',
      ]),
      flagger('fpm', 'Federazione contro la pirateria musicale e multimediale', [
        'Data protection and privacy violations',
        'Intellectual property infringements',
        'Scams and fraud',
      ]),
      flagger('telefono-azzurro', 'Fondazione S.O.S Il Telefono Azzurro ETS', [
        'Data protection and privacy violations',
        'Cyberviolence',
        'Protection of minors violations',
        'Violence',
        'Incitement to self-harm',
      ]),
      flagger('kopjra', 'Kopjra S.r.L.', ['Intellectual property infringements', 'Scams and fraud']),
      flagger('permesso-negato', 'Permesso Negato ETS', [
        'Cyberviolence',
        'Cyber violence against women',
        'Data protection and privacy violations',
        'Illegal Speech',
        'Violence',
      ]),
      flagger('sp-tech', 'SP Tech srl', [
        'Data protection and privacy violations',
        'Intellectual property infringements',
        'Scams and fraud',
      ]),
      flagger('tutela-digitale', 'Tutela Digitale Srl', [
        'Cyberviolence',
        'Data protection and privacy violations',
        'Intellectual property infringements',
      ]),
    ],
  },
  policePortal: {
    id: 'it-police-segnala-online',
    name: {
      native: 'Polizia Postale – Segnala online',
      language: 'it',
      fr: 'Police des communications – signalement en ligne',
      en: 'Postal and Communications Police – online report',
    },
    url: 'https://www.commissariatodips.it/segnalazioni/segnala-online/index.html',
    operator: 'state',
    source: 'https://www.commissariatodips.it/segnalazioni/segnala-online/index.html',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'read only in third-party research (October 2026): the form takes child sexual abuse addresses, asks for an e-mail confirmation and is not a formal complaint',
  },
} satisfies CountryInput;
