/**
 * PHAROS's own categories — the boxes of its 2025 guided form — and, for every Vigie category,
 * the box to tick. PHAROS's list is a fact with a source; the mapping is Vigie's reading of it:
 * where PHAROS has no exact box, the closest one is chosen and `note` says so, so the user can
 * explain in the comment. A category may tick another box when a minor is involved.
 */
import type { Source } from '@/utils/qualify/taxonomy';
import type { CategoryId } from '@/utils/qualify/taxonomy';
import type { Localized } from '@/utils/localized';

export const PHAROS_FORM_SOURCE: Source = {
  url: 'https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise',
  title: 'Ma Sécurité — PHAROS se modernise (catégories du formulaire guidé), mis à jour le 12/05/2025',
  checked: '2026-11-28',
};

/** The boxes of the PHAROS form, in the form's order. `fr` is the form's own wording. */
export const pharosCategories = {
  terrorism: { fr: 'Terrorisme', en: 'Terrorism' },
  threats: { fr: 'Menaces ou incitation à la violence', en: 'Threats or incitement to violence' },
  minors: {
    fr: 'Pédophilie ou corruption de mineur sur internet',
    en: 'Paedophilia or corruption of minors online',
  },
  trafficking: { fr: 'Trafic illicite', en: 'Illicit trafficking' },
  offences: { fr: 'Incitation à commettre des infractions', en: 'Incitement to commit offences' },
  scam: { fr: 'Escroquerie', en: 'Fraud' },
  insult: { fr: 'Injure ou diffamation', en: 'Insult or defamation' },
  spam: { fr: 'Spam', en: 'Spam' },
} as const satisfies Record<string, Localized>;
export type PharosCategoryId = keyof typeof pharosCategories;

export interface PharosMapping {
  box: PharosCategoryId;
  /** Present when PHAROS has no exact box: why this one, and what to say in the comment. */
  note?: Localized;
  /** The box when a minor is involved, if it differs (always an exact box). */
  withMinor?: PharosCategoryId;
}

const CLOSEST = (fr: string, en: string): Localized => ({
  fr: `PHAROS n’a pas de case exacte pour ce contenu : c’est la plus proche. ${fr}`,
  en: `PHAROS has no exact box for this content: this is the closest one. ${en}`,
});
const SAY_IN_COMMENT = CLOSEST('Précisez la nature exacte dans le commentaire.', 'Say what it is in the comment.');

export const pharosMapping = {
  terrorism: { box: 'terrorism' },
  'child-sexual-abuse-material': { box: 'minors' },
  grooming: { box: 'minors' },
  sextortion: {
    box: 'scam',
    withMinor: 'minors',
    note: CLOSEST(
      'Le chantage en ligne d’un adulte se signale d’abord sur THESEE ; précisez « chantage » dans le commentaire.',
      'Online blackmail of an adult is first reported on THESEE; write “blackmail” in the comment.',
    ),
  },
  'cyber-harassment': {
    box: 'threats',
    note: CLOSEST(
      'Précisez « cyberharcèlement » et la répétition des messages dans le commentaire.',
      'Write “cyber-harassment” and how often the messages came in the comment.',
    ),
  },
  threats: { box: 'threats' },
  'hate-incitement': {
    box: 'threats',
    note: CLOSEST(
      'Précisez « provocation à la haine » et le motif (origine, religion, sexe, orientation, handicap) dans le commentaire.',
      'Write “incitement to hatred” and the ground (origin, religion, sex, orientation, disability) in the comment.',
    ),
  },
  'insult-defamation': { box: 'insult' },
  'crimes-against-humanity-apology-denial': {
    box: 'offences',
    note: CLOSEST(
      'Précisez « apologie ou négation de crime contre l’humanité » dans le commentaire.',
      'Write “glorification or denial of a crime against humanity” in the comment.',
    ),
  },
  'non-consensual-intimate-images': {
    box: 'offences',
    withMinor: 'minors',
    note: CLOSEST(
      'Précisez « images intimes diffusées sans consentement » dans le commentaire.',
      'Write “intimate images shared without consent” in the comment.',
    ),
  },
  'sexual-deepfake': {
    box: 'offences',
    withMinor: 'minors',
    note: CLOSEST(
      'Précisez « hypertrucage sexuel (deepfake) » dans le commentaire.',
      'Write “sexual deepfake” in the comment.',
    ),
  },
  doxxing: {
    box: 'threats',
    note: CLOSEST(
      'Précisez « divulgation d’informations personnelles » et le danger pour la personne dans le commentaire.',
      'Write “personal information exposed” and the danger to the person in the comment.',
    ),
  },
  'identity-theft': { box: 'offences', note: SAY_IN_COMMENT },
  'suicide-self-harm-incitement': {
    box: 'threats',
    note: CLOSEST(
      'Précisez « annonce de suicide » ou « incitation au suicide » dans le commentaire ; en cas de danger immédiat, appelez le 112.',
      'Write “suicide announcement” or “incitement to suicide” in the comment; if someone is in immediate danger, call 112.',
    ),
  },
  'torture-barbarity-images': {
    box: 'threats',
    note: CLOSEST(
      'Précisez « images de torture ou d’actes de barbarie » dans le commentaire.',
      'Write “images of torture or acts of barbarity” in the comment.',
    ),
  },
  'animal-cruelty': {
    box: 'offences',
    note: CLOSEST(
      'Précisez « actes de cruauté sur un animal » dans le commentaire.',
      'Write “cruelty to an animal” in the comment.',
    ),
  },
  'drug-trafficking': { box: 'trafficking' },
  'weapons-trafficking': { box: 'trafficking' },
  'online-scam': { box: 'scam' },
  phishing: {
    box: 'scam',
    note: CLOSEST('Précisez « hameçonnage » dans le commentaire.', 'Write “phishing” in the comment.'),
  },
  spam: { box: 'spam' },
  'illegal-product-marketplace': {
    box: 'trafficking',
    // An object representing a child sexually (CP 227-23): the minors' box.
    withMinor: 'minors',
    note: CLOSEST(
      'Précisez le produit et pourquoi sa vente est interdite dans le commentaire.',
      'Say which product it is and why selling it is illegal in the comment.',
    ),
  },
  'minors-exposed-harmful-content': {
    box: 'minors',
    note: CLOSEST(
      'Précisez « contenu pornographique ou violent accessible aux mineurs » dans le commentaire.',
      'Write “pornographic or violent content reachable by minors” in the comment.',
    ),
  },
  piracy: { box: 'offences', note: SAY_IN_COMMENT },
  'illegal-advertising': { box: 'offences', note: SAY_IN_COMMENT },
  other: { box: 'offences', note: SAY_IN_COMMENT },
} as const satisfies Record<CategoryId, PharosMapping>;

/** The PHAROS box for a category; with a minor involved, the minors' box where the mapping says so. */
export function pharosBoxFor(
  categoryId: CategoryId,
  minor: boolean,
): { box: PharosCategoryId; label: Localized; note?: Localized } {
  const m: PharosMapping = pharosMapping[categoryId];
  if (minor && m.withMinor) return { box: m.withMinor, label: pharosCategories[m.withMinor] };
  return { box: m.box, label: pharosCategories[m.box], ...(m.note ? { note: m.note } : {}) };
}
