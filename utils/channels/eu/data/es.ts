/** Spain: reporting doors. See `country.schema.ts`; sources and dates on each fact. */
import type { CountryInput } from '../country.schema';
import { emergency112, TRUSTED_FLAGGERS_LIST, no116006 } from '../sources';

const POLICE_NUMBERS = 'https://euroweeklynews.com/2020/11/04/call-the-right-police/';

export const es = {
  code: 'ES',
  name: { fr: 'Espagne', en: 'Spain' },
  languages: ['es', 'ca', 'gl', 'eu'],
  emergency: emergency112(
    { phone: '091', for: { fr: 'Police nationale', en: 'National Police' }, source: POLICE_NUMBERS },
    { phone: '062', for: { fr: 'Garde civile', en: 'Civil Guard' }, source: POLICE_NUMBERS },
  ),
  childHelpline: {
    id: 'es-child-helpline-anar',
    name: {
      native: 'Teléfono ANAR de Ayuda a Niños y Adolescentes',
      language: 'es',
      fr: 'Ligne ANAR d’aide aux enfants et adolescents',
      en: 'ANAR helpline for children and adolescents',
    },
    phone: '116111',
    infoUrl: 'https://www.anar.org',
    operator: 'association',
    anonymousAllowed: true,
    source: 'https://segoviaudaz.es/116-111-ayuda-al-menor-en-cyl',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'Fundación ANAR runs 116 111 per regional news (2011, 2023), not read on anar.org; some regions kept 900 20 20 10',
  },
  victimSupport: no116006,
  hotline: {
    // INCIBE (the national cybersecurity institute) is Spain's INHOPE member since 2019.
    id: 'es-hotline-incibe',
    name: {
      native: 'INCIBE – Línea de Reporte de Contenido de Abuso Sexual Infantil',
      language: 'es',
      fr: 'INCIBE – ligne de signalement des contenus d’abus sexuels sur enfants',
      en: 'INCIBE – child sexual abuse material reporting line',
    },
    url: 'https://www.incibe.es/menores/hotline',
    infoUrl: 'https://www.incibe.es/menores/ayuda/preguntas-frecuentes',
    operator: 'state',
    source: 'https://inhope.org/EN/articles/incibe-signs-agreement-with-spanish-prosecutor-s-office',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'INHOPE confirms INCIBE runs the hotline; the form address comes from third-party research reading INHOPE’s directory (October 2026); INCIBE says a report there is not a formal complaint',
  },
  trustedFlaggers: {
    // The Commission's list names no trusted flagger designated by Spain's coordinator.
    ...TRUSTED_FLAGGERS_LIST,
    list: [],
  },
  policePortal: {
    id: 'es-police-denuncias-telematicas',
    name: {
      native: 'Policía Nacional – Denuncias telemáticas',
      language: 'es',
      fr: 'Police nationale – plaintes en ligne',
      en: 'National Police – online complaints',
    },
    url: 'https://www.policia.es',
    operator: 'state',
    source: 'https://bitdefender.com/blog/hotforsecurity/how-to-report-cybercrime-in-spain',
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'only the site’s home page is known (a third party names its “Denuncias telemáticas” section): find the form itself and which offences it takes; child sexual abuse material goes to the police by e-mail (denuncias.pornografia.infantil@policia.es per press reports) or to INCIBE',
  },
} satisfies CountryInput;
