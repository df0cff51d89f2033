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

/**
 * The Ministry's PHAROS page (09/12/2025) and the police's (2023) also name « Mise en danger des
 * personnes » and « (Provocation / Incitation à la) haine » among the content PHAROS takes; the
 * older form had boxes for them. The 2025 form's published list (above) has neither, and no later
 * source shows the form's boxes: the eight boxes stay, and where a box with those words may be
 * offered, the note says to tick it instead (`ifShown`).
 */
export const PHAROS_PAGE_SOURCES: Source[] = [
  {
    url: 'https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-officiel-signalement-contenus-illicites-internet-pharos',
    title:
      'Ma Sécurité — Portail officiel de signalement des contenus illicites (PHAROS), types de contenus, mis à jour le 09/12/2025',
    checked: '2026-12-05',
  },
  {
    url: 'https://www.police-nationale.interieur.gouv.fr/actualite/contenus-illicites-sur-internet-comment-fonctionne-portail-officiel-pharos',
    title:
      'Police nationale — Comment fonctionne le portail officiel « Pharos » ? (catégories répertoriées, mis à jour le 29/11/2023)',
    checked: '2026-12-05',
  },
];

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
  /** A box the Ministry's pages name but the 2025 form's list does not: tick it if the form offers it. */
  ifShown?: Localized;
}

const CLOSEST = (fr: string, en: string): Localized => ({
  fr: `PHAROS n’a pas de case exacte pour ce contenu : c’est la plus proche. ${fr}`,
  en: `PHAROS has no exact box for this content: this is the closest one. ${en}`,
});
const SAY_IN_COMMENT = CLOSEST('Précisez la nature exacte dans le commentaire.', 'Say what it is in the comment.');
const HATE_BOX: Localized = { fr: 'Incitation à la haine', en: 'Incitement to hatred' };
const DANGER_BOX: Localized = { fr: 'Mise en danger des personnes', en: 'Endangering people' };
const IF_SHOWN = (box: Localized): Localized => ({
  fr: ` Si le formulaire propose une case « ${box.fr} », cochez plutôt celle-là.`,
  en: ` If the form offers a “${box.en}” box (« ${box.fr} »), tick that one instead.`,
});

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
    ifShown: HATE_BOX,
    note: CLOSEST(
      'Précisez « provocation à la haine » et le motif (origine, religion, sexe, orientation, handicap) dans le commentaire.' +
        IF_SHOWN(HATE_BOX).fr,
      'Write “incitement to hatred” and the ground (origin, religion, sex, orientation, disability) in the comment.' +
        IF_SHOWN(HATE_BOX).en,
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
    ifShown: DANGER_BOX,
    note: CLOSEST(
      'Précisez « divulgation d’informations personnelles » et le danger pour la personne dans le commentaire.' +
        IF_SHOWN(DANGER_BOX).fr,
      'Write “personal information exposed” and the danger to the person in the comment.' + IF_SHOWN(DANGER_BOX).en,
    ),
  },
  'identity-theft': { box: 'offences', note: SAY_IN_COMMENT },
  'suicide-self-harm-incitement': {
    box: 'threats',
    ifShown: DANGER_BOX,
    note: CLOSEST(
      'Précisez « annonce de suicide » ou « incitation au suicide » dans le commentaire ; en cas de danger immédiat, appelez le 112.' +
        IF_SHOWN(DANGER_BOX).fr,
      'Write “suicide announcement” or “incitement to suicide” in the comment; if someone is in immediate danger, call 112.' +
        IF_SHOWN(DANGER_BOX).en,
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
