/**
 * French names of the DSA Transparency Database codes (`dsa.ts`), for what Vigie writes in French
 * (the complaint PDF). The database publishes English labels only; these are Vigie's own
 * translations, written from the English labels of `DSA_TAXONOMY_SOURCE` (checked 2026-12-05).
 * Keywords: every keyword a category of the taxonomy uses has its French name (tested); any other
 * is shown by its code alone, never in English inside a French text.
 */
import type { DsaCategory, DsaKeyword } from './dsa';

export const DSA_CATEGORY_LABELS_FR: Record<DsaCategory, string> = {
  STATEMENT_CATEGORY_ANIMAL_WELFARE: 'Bien-être animal',
  STATEMENT_CATEGORY_CONSUMER_INFORMATION: 'Atteintes à l’information des consommateurs',
  STATEMENT_CATEGORY_CYBER_VIOLENCE: 'Cyberviolence',
  STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: 'Cyberviolence à l’égard des femmes',
  STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: 'Atteintes à la protection des données et à la vie privée',
  STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: 'Discours illicites ou préjudiciables',
  STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: 'Atteintes à la propriété intellectuelle',
  STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS:
    'Effets négatifs sur le débat civique ou les élections',
  STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE: 'Type de contenu illicite non précisé par l’auteur du signalement',
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: 'Autre violation des conditions générales du fournisseur',
  STATEMENT_CATEGORY_PROTECTION_OF_MINORS: 'Protection des mineurs',
  STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: 'Risque pour la sécurité publique',
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: 'Arnaques et/ou fraude',
  STATEMENT_CATEGORY_SELF_HARM: 'Automutilation',
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: 'Produits dangereux, non conformes ou interdits',
  STATEMENT_CATEGORY_VIOLENCE: 'Violence',
};

export const DSA_KEYWORD_LABELS_FR: Partial<Record<DsaKeyword, string>> = {
  KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS: 'Restrictions d’âge concernant les mineurs',
  KEYWORD_ANIMAL_HARM: 'Atteintes aux animaux',
  KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL: 'Contenus d’abus sexuels sur enfants',
  KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE:
    'Contenus d’abus sexuels sur enfants créés par hypertrucage ou technique semblable',
  KEYWORD_COPYRIGHT_INFRINGEMENT: 'Atteintes au droit d’auteur',
  KEYWORD_CYBER_HARASSMENT: 'Cyberharcèlement',
  KEYWORD_DEFAMATION: 'Diffamation',
  KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS: 'Pédopiégeage, sollicitation sexuelle de mineurs',
  KEYWORD_HATE_SPEECH:
    'Incitation illicite à la violence et à la haine en raison de caractéristiques protégées (discours de haine)',
  KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING: 'Usurpation d’identité ou piratage de compte',
  KEYWORD_INAUTHENTIC_LISTINGS: 'Annonces trompeuses',
  KEYWORD_INCITEMENT_VIOLENCE_HATRED: 'Appels ou incitations générales à la violence ou à la haine',
  KEYWORD_NON_CONSENSUAL_IMAGE_SHARING: 'Diffusion d’images sans consentement',
  KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE: 'Contenus sans consentement créés par hypertrucage',
  KEYWORD_OTHER: 'Aucun autre mot-clé ne correspond',
  KEYWORD_PHISHING: 'Hameçonnage',
  KEYWORD_PROHIBITED_PRODUCTS: 'Produits interdits ou réglementés',
  KEYWORD_RISK_PUBLIC_HEALTH: 'Risque pour la santé publique',
  KEYWORD_SUICIDE: 'Suicide',
  KEYWORD_TERRORIST_CONTENT: 'Contenus à caractère terroriste',
  KEYWORD_UNSAFE_PRODUCTS: 'Produits dangereux ou non conformes',
};
