/**
 * What a knowingly false report risks, as data with sources, shown once in the good-faith step.
 * Two different offences, often confused:
 * - accusing a *person* of facts one knows to be false: dénonciation calomnieuse (CP 226-10);
 * - reporting an *offence that never happened*, sending investigators on useless searches:
 *   dénonciation mensongère (CP 434-26);
 * and, for a platform notice, presenting content to a host as illegal while knowing it is not.
 */
import { defineRegistry } from '@/utils/registry';
import { z } from '@/utils/zod';
import { S } from './taxonomy.data';
import type { Localized } from '@/utils/localized';
import { confidenceSchema, localizedSchema, sourceSchema, type Source } from './taxonomy.schema';

const CHECKED = '2026-11-28';
const src = (url: string, title: string): Source => ({ url, title, checked: CHECKED });

export const falseReportSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The offence's legal name. */
  offence: localizedSchema,
  code: z.string().trim().min(1),
  article: z.string().trim().min(1),
  /** What it covers, in plain words. */
  covers: localizedSchema,
  maxPenalty: localizedSchema,
  confidence: confidenceSchema,
  sources: z.array(sourceSchema).min(1),
});
export type FalseReport = z.output<typeof falseReportSchema>;

const rows = [
  {
    id: 'false-accusation',
    offence: { fr: 'Dénonciation calomnieuse', en: 'Malicious false accusation (dénonciation calomnieuse)' },
    code: 'Code pénal',
    article: '226-10',
    covers: {
      fr: 'accuser une personne déterminée, auprès de la police, de la justice ou d’une autorité qui peut la sanctionner, de faits que l’on sait faux',
      en: 'accusing an identified person, to the police, the courts or an authority able to sanction them, of facts you know to be false',
    },
    maxPenalty: { fr: '5 ans et 45 000 €', en: '5 years and €45,000' },
    confidence: 'verified',
    sources: [
      src(
        'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006417942',
        'Légifrance — Code pénal, art. 226-10 (dénonciation calomnieuse)',
      ),
      S.f31979,
    ],
  },
  {
    id: 'imaginary-offence',
    offence: { fr: 'Dénonciation mensongère', en: 'False report of an imaginary offence (dénonciation mensongère)' },
    code: 'Code pénal',
    article: '434-26',
    covers: {
      fr: 'signaler aux autorités un crime ou un délit imaginaire, qui les expose à des recherches inutiles',
      en: 'reporting to the authorities a crime or offence that never happened, exposing them to useless searches',
    },
    maxPenalty: { fr: '6 mois et 7 500 €', en: '6 months and €7,500' },
    confidence: 'verified',
    sources: [
      src(
        'https://dgemc.ac-versailles.fr/spip.php?article1008',
        'Académie de Versailles (DGEMC) — Le délit de dénonciation d’une infraction imaginaire (CP, art. 434-26)',
      ),
      S.codePenal,
    ],
  },
  {
    id: 'false-notice-to-host',
    offence: { fr: 'Notification abusive à un hébergeur', en: 'Knowingly false notice to a host' },
    code: 'Loi pour la confiance dans l’économie numérique',
    article: '6',
    covers: {
      fr: 'présenter à une plateforme ou à un hébergeur un contenu comme illicite, pour le faire retirer, en sachant que c’est faux',
      en: 'presenting content to a platform or host as illegal, to get it removed, knowing that this is untrue',
    },
    maxPenalty: { fr: '1 an et 15 000 €', en: '1 year and €15,000' },
    confidence: 'verified',
    sources: [S.f31979],
  },
] as const;

const registry = defineRegistry('false reports', falseReportSchema, rows);
export type FalseReportId = (typeof rows)[number]['id'];
export const falseReports = registry.all;
export const falseReportById = registry.byId;

/**
 * Sending notices in numbers: DSA Art. 23(2) lets a platform, after a prior warning, suspend for a
 * reasonable period the processing of notices from a person who frequently submits manifestly
 * unfounded ones. Shown where notices go out in numbers (the batch page). The article's wording was
 * read in third-party copies quoting it; the official text is the EUR-Lex page below.
 */
export const noticeMisuseCaution = {
  title: {
    fr: 'Signaler en nombre : chaque signalement doit être fondé',
    en: 'Reporting in numbers: every notice must be well founded',
  },
  text: {
    fr: 'Une plateforme peut, après un avertissement, suspendre pour un temps le traitement des signalements d’une personne qui en envoie fréquemment de manifestement infondés (DSA, art. 23, paragraphe 2). Vérifiez chaque contenu avant de l’inclure.',
    en: 'After a warning, a platform may suspend for a time the processing of notices from someone who frequently sends manifestly unfounded ones (DSA, Art. 23(2)). Check each item before you include it.',
  },
  link: { fr: 'Le texte du règlement (EUR-Lex)', en: 'The Regulation’s text (EUR-Lex)' },
  source: {
    url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
    title:
      'Règlement (UE) 2022/2065 (DSA), art. 23, paragraphe 2 — suspension du traitement des signalements manifestement infondés',
    checked: '2026-12-05',
  },
} as const satisfies { title: Localized; text: Localized; link: Localized; source: Source };
