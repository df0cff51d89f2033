/** Portugal: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, flagger, TRUSTED_FLAGGERS_LIST, victimLine116006 } from '../sources';

export const pt = {
  code: 'PT',
  name: { fr: 'Portugal', en: 'Portugal' },
  languages: ['pt'],
  emergency: emergency112(),
  childHelpline: {
    id: 'pt-child-helpline-sos-crianca',
    name: {
      native: 'SOS Criança (Instituto de Apoio à Criança)',
      language: 'pt',
      fr: 'SOS Criança – ligne pour enfants',
      en: 'SOS Criança – child helpline',
    },
    infoUrl: 'https://iacrianca.pt',
    phone: '116111',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://portaldacrianca.com.pt/noticiasn.php?id=142',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'Anacom assigned 116 111 to SOS Criança (news, 2008): confirm it runs and its hours on iacrianca.pt',
  },
  victimSupport: victimLine116006('pt', 'pt', 'Linha de apoio à vítima – 116 006'),
  // Linha Internet Segura, run by APAV for the Portuguese Safer Internet Centre: form, e-mail or the free number.
  hotline: {
    id: 'pt-hotline-linha-internet-segura',
    name: {
      native: 'Linha Internet Segura (APAV)',
      language: 'pt',
      fr: 'Linha Internet Segura – signalement de contenus illicites',
      en: 'Linha Internet Segura – illegal content reporting',
    },
    url: 'https://www.apav.pt/cibercrime/index.php/linha-internet-segura',
    phone: '800219090',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.apav.pt/cibercrime/index.php/linha-internet-segura',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the “Denunciar Conteúdo Ilegal” form’s own address; weekdays 8am to 10pm',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('apav', 'APAV – Associação Portuguesa de Apoio à Vítima', [
        'Cyberviolence',
        'Data protection and privacy violations',
        'Illegal Speech',
        'Protection of minors violations',
        'Scams and fraud',
      ]),
      flagger('iscte', 'ISCTE - Instituto Universitário de Lisboa', [
        'Illegal Speech',
        'Negative effects on civil discourse and elections',
        'Risk for public security',
        'Scams and fraud',
        'Violence',
      ]),
      flagger('mapinet', 'MAPINET - Movimento Anti Pirataria na Internet', ['Intellectual property infringements']),
    ],
  },
  // Sistema de Queixa Eletrónica, shared by the GNR and the PSP (Ministry of Internal Administration).
  policePortal: {
    id: 'pt-police-queixa-eletronica',
    name: {
      native: 'Queixa Eletrónica',
      language: 'pt',
      fr: 'Plainte électronique',
      en: 'Online crime report',
    },
    url: 'https://queixaselectronicas.mai.gov.pt',
    operator: 'state',
    anonymousAllowed: false,
    source:
      'https://www.acorianooriental.pt/noticia/cidadaos-vao-poder-apresentar-queixas-ou-denuncias-pela-internet-67351',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'the address and the offences it takes today (seen in a press report of its launch and a consumer site only)',
  },
} satisfies CountryInput;
