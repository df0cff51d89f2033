/** Romania: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, flagger, no116006 } from '../sources';

export const ro = {
  code: 'RO',
  name: { fr: 'Roumanie', en: 'Romania' },
  languages: ['ro'],
  // 112 is Romania's single emergency number; 119 (since 2022) takes reports of child abuse.
  emergency: emergency112(),
  childHelpline: {
    id: 'ro-child-helpline-telefonul-copilului',
    name: {
      native: 'Telefonul Copilului',
      language: 'ro',
      fr: 'Telefonul Copilului – ligne pour enfants',
      en: 'Telefonul Copilului – child helpline',
    },
    phone: '116111',
    operator: 'association',
    source: 'https://www.b1tv.ro/eveniment/tot-mai-multi-minori-cer-sprijin-la-telefonul-copilului-1663507.html',
    checked: '2026-12-05',
    verified: false,
    toCheck: 'run by Asociația Telefonul Copilului per news reports (2008, 2026); confirm on the association’s site',
  },
  victimSupport: no116006,
  hotline: {
    // Salvați Copiii România's esc_ABUZ line, the Romanian INHOPE hotline; the personal data in
    // the form are optional.
    id: 'ro-hotline-esc-abuz',
    name: {
      native: 'esc_ABUZ (Salvați Copiii)',
      language: 'en',
      fr: 'esc_ABUZ (Sauvez les enfants Roumanie)',
      en: 'esc_ABUZ (Save the Children Romania)',
    },
    url: 'https://www.oradenet.ro/en/esc-abuz/',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://www.oradenet.ro/en/esc-abuz/',
    checked: '2026-12-05',
    verified: true,
    toCheck: 'the Romanian version of the form (the page read is the English one); its upload field must stay unused',
  },
  trustedFlaggers: {
    ...TRUSTED_FLAGGERS_LIST,
    list: [
      flagger('eliberare', 'Asociația eLiberare', [
        'Cyberviolence',
        'Cyber violence against women',
        'Illegal Speech',
        'Protection of minors violations',
        'Risk for public security',
        'Violence',
      ]),
      flagger('jrs', 'Asociatia Serviciul Iezuitilor pentru Refugiatii din Romania', ['Illegal Speech']),
      flagger('inshr', 'Institutul Național pentru Studierea Holocaustului din România "Elie Wiesel"', [
        'Illegal Speech',
      ]),
      flagger('salvati-copiii', 'Organizația Salvați Copiii', ['Protection of minors violations']),
    ],
  },
  // No online police reporting portal was found in the sources read.
  policePortal: null,
} satisfies CountryInput;
