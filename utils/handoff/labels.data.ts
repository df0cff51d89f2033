/**
 * The words of the report pack, in both languages. These are data texts (they end up in the
 * text the user pastes into another service), read through `inLang`, not `_locales`.
 */
import type { Localized } from '@/utils/localized';

/** Field labels, by field key; a channel may name a field its own way (see `pack.ts`). */
export const FIELD = {
  category: { fr: 'Type de contenu', en: 'Type of content' },
  url: { fr: 'Adresse (URL) du contenu', en: 'Address (URL) of the content' },
  pageUrl: { fr: 'Page où il apparaît', en: 'Page where it appears' },
  place: { fr: 'Où (site, réseau social)', en: 'Where (website, social network)' },
  seenAt: { fr: 'Vu le', en: 'Seen on' },
  publishedAt: { fr: 'Publié le', en: 'Published on' },
  author: { fr: 'Auteur (pseudonyme ou profil)', en: 'Author (username or profile)' },
  description: { fr: 'Description des faits', en: 'What happened' },
  legalBasis: { fr: 'Qualification juridique', en: 'Legal qualification' },
  evidence: { fr: 'Preuves (empreintes SHA-256)', en: 'Evidence (SHA-256 fingerprints)' },
  name: { fr: 'Nom', en: 'Name' },
  email: { fr: 'Adresse e-mail', en: 'Email address' },
  goodFaith: { fr: 'Déclaration de bonne foi', en: 'Statement of good faith' },
  notice: { fr: 'Texte complet du signalement', en: 'Full text of the notice' },
  comment: { fr: 'Commentaire pour les enquêteurs', en: 'Comment for investigators' },
  company: { fr: 'Entreprise ou site', en: 'Company or website' },
  suspectUrl: { fr: 'Adresse (URL) du site suspect', en: 'Address (URL) of the suspect site' },
  scammer: {
    fr: 'Adresses, pseudonymes et profils utilisés',
    en: 'Addresses, usernames and profiles used',
  },
} satisfies Record<string, Localized>;

export const TEXT = {
  steps: { fr: 'À faire', en: 'To do' },
  script: { fr: 'Ce que vous pouvez dire', en: 'What you can say' },
  /** A note beside an empty description (never a value: nothing is filled in its place). */
  noDescription: {
    fr: 'Description manquante : écrivez dans Vigie, avec vos mots, ce que vous avez vu. Rien n’est rempli à sa place.',
    en: 'Description missing: write in Vigie, in your own words, what you saw. Nothing is filled in its place.',
  },
  source: {
    page: { fr: 'date affichée par la page', en: 'date shown by the page' },
    platform: { fr: 'date fournie par la plateforme', en: 'date given by the platform' },
    user: { fr: 'date indiquée par vous', en: 'date you gave' },
  },
  pageClaim: {
    fr: 'Date affichée par la page elle-même : à vérifier.',
    en: 'Date claimed by the page itself: check it.',
  },
  optional: { fr: 'Facultatif.', en: 'Optional.' },
  pharosIdentity: {
    fr: 'Facultatif : PHAROS accepte les signalements anonymes. Vigie ne remplit pas vos coordonnées.',
    en: 'Optional: PHAROS accepts anonymous reports. Vigie does not fill in your contact details.',
  },
  pharosVictim: {
    fr: 'Si vous êtes la personne visée, indiquez-le dans le formulaire : une plainte sera aussi nécessaire.',
    en: 'If you are the person targeted, say so in the form: a complaint will also be needed.',
  },
  pharosAttach: {
    fr: 'Gardez vos captures : les enquêteurs peuvent vous les demander.',
    en: 'Keep your screenshots: investigators may ask for them.',
  },
  linkOnly: {
    fr: 'Ne joignez aucune image ni capture : donnez seulement les adresses, les pseudonymes et les heures.',
    en: 'Attach no image or screenshot: give only the addresses, usernames and times.',
  },
  pdcEmail: {
    fr: 'Facultatif : seulement si vous voulez connaître la suite donnée.',
    en: 'Optional: only if you want to hear the outcome.',
  },
  pdcNoEmail: {
    fr: 'Facultatif, et laissé vide : ce signalement peut être fait anonymement.',
    en: 'Optional, and left empty: this report can be made anonymously.',
  },
  paste: {
    fr: 'Ouvrez le formulaire, puis collez chaque champ à sa place.',
    en: 'Open the form, then paste each field in its place.',
  },
  notFound: {
    fr: 'Non trouvé sur la page : ajoutez-le si vous le connaissez.',
    en: 'Not found on the page: add it if you know it.',
  },
} satisfies Record<string, Localized | Record<string, Localized>>;

/** Legal qualification, in plain words. */
export const LEGAL = {
  intro: { fr: 'Ce contenu relève selon moi de : {label}.', en: 'In my view this content is: {label}.' },
  article: {
    fr: '{code}, art. {article} : {label} (peine maximale : {penalty}).',
    en: '{code}, Art. {article}: {label} (maximum penalty: {penalty}).',
  },
  none: {
    fr: 'Catégorie non encore choisie dans Vigie.',
    en: 'Category not yet chosen in Vigie.',
  },
} satisfies Record<string, Localized>;

/** Fills `{name}` placeholders. Values are inserted as they are (callers neutralise them). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
