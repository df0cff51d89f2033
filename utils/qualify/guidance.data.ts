/**
 * What to write in "what happened", per category: the facts an investigator or a moderator needs
 * and cannot see on the page. Short prompts, not legal advice; shown beside the description field.
 */
import type { Localized } from '@/utils/localized';
import type { CategoryId } from './taxonomy';

const GENERIC: Localized = {
  fr: 'Ce que vous avez vu, quand, et qui est visé. Décrivez les faits, sans recopier le contenu.',
  en: 'What you saw, when, and who is targeted. Describe the facts without copying the content.',
};

export const descriptionGuidance: Record<CategoryId, Localized> = {
  terrorism: {
    fr: 'Ce que montre ou appelle à faire le contenu, le groupe ou l’attentat cité, depuis quand il est en ligne et s’il est partagé.',
    en: 'What the content shows or calls for, the group or attack it names, how long it has been online and whether it is being shared.',
  },
  'child-sexual-abuse-material': {
    fr: 'Où et quand vous avez vu le lien, sans décrire les images. Ne retournez pas sur la page.',
    en: 'Where and when you saw the link, without describing the images. Do not go back to the page.',
  },
  grooming: {
    fr: 'Le pseudonyme de l’adulte, l’âge de l’enfant, ce qui a été demandé (photos, rencontre), les dates des messages.',
    en: 'The adult’s username, the child’s age, what was asked (pictures, a meeting), the dates of the messages.',
  },
  sextortion: {
    fr: 'Qui vous fait chanter (pseudonyme, compte), ce qui est exigé (argent, images), les dates, et si vous avez payé. Ne payez pas.',
    en: 'Who is blackmailing you (username, account), what is demanded (money, images), the dates, and whether you paid. Do not pay.',
  },
  'cyber-harassment': {
    fr: 'Qui est visé, par qui (comptes), depuis quand, combien de messages ou de publications, et ce qu’ils disent en résumé.',
    en: 'Who is targeted, by whom (accounts), since when, how many messages or posts, and what they say in short.',
  },
  threats: {
    fr: 'Qui menace qui, de quoi (les mots exacts en quelques lignes), quand, et si l’auteur sait où vit la personne visée.',
    en: 'Who threatens whom, with what (the exact words in a few lines), when, and whether the author knows where the person lives.',
  },
  'hate-incitement': {
    fr: 'Le groupe visé (origine, religion, sexe, orientation, handicap), ce qui est dit ou appelé, et l’audience du compte.',
    en: 'The group targeted (origin, religion, sex, orientation, disability), what is said or called for, and the account’s audience.',
  },
  'insult-defamation': {
    fr: 'La personne visée, les propos (injure : une insulte ; diffamation : un fait précis allégué), la date de publication : le délai est court.',
    en: 'The person targeted, the words (insult: an abuse; defamation: a specific alleged fact), the date of publication: the time limit is short.',
  },
  'crimes-against-humanity-apology-denial': {
    fr: 'Le crime nié ou glorifié (Shoah, génocide…), les propos en résumé et la date de publication.',
    en: 'The crime denied or glorified (Holocaust, genocide…), the words in short and the date of publication.',
  },
  'non-consensual-intimate-images': {
    fr: 'Qui apparaît (vous ou une autre personne, son âge), qui publie, où les images circulent, depuis quand.',
    en: 'Who appears (you or someone else, their age), who posts, where the images circulate, since when.',
  },
  'sexual-deepfake': {
    fr: 'Qui est représenté (vous ou une autre personne, son âge), qui publie, et pourquoi ce sont des images fabriquées.',
    en: 'Who is depicted (you or someone else, their age), who posts, and why the images are fabricated.',
  },
  doxxing: {
    fr: 'Quelles informations personnelles sont publiées (adresse, téléphone, travail), sur qui, et l’appel éventuel à lui nuire.',
    en: 'Which personal details are published (address, phone, work), about whom, and any call to harm them.',
  },
  'identity-theft': {
    fr: 'Le faux compte ou le faux message, ce qu’il prétend, ce qu’il a déjà demandé ou obtenu (argent, informations) et depuis quand.',
    en: 'The fake account or message, what it claims, what it has already asked for or obtained (money, details) and since when.',
  },
  'suicide-self-harm-incitement': {
    fr: 'Ce qui vous inquiète, le compte, ce que vous savez de la personne. Si quelqu’un est en danger, appelez d’abord le 17 ou le 112.',
    en: 'What worries you, the account, what you know about the person. If someone is in danger, call 17 or 112 first.',
  },
  'torture-barbarity-images': {
    fr: 'Ce que montrent les images en une phrase, si un enfant est concerné, et où elles circulent. Ne les partagez pas.',
    en: 'What the images show in one sentence, whether a child is involved, and where they circulate. Do not share them.',
  },
  'animal-cruelty': {
    fr: 'L’animal, ce qui lui est fait, le compte qui publie et, si vous le savez, le lieu.',
    en: 'The animal, what is done to it, the account posting and, if you know it, the place.',
  },
  'drug-trafficking': {
    fr: 'Ce qui est vendu, le compte ou le contact du vendeur, les modes de paiement ou de livraison annoncés.',
    en: 'What is sold, the seller’s account or contact, the announced payment or delivery methods.',
  },
  'weapons-trafficking': {
    fr: 'L’arme ou l’objet vendu, le compte ou le contact du vendeur, les conditions de vente annoncées.',
    en: 'The weapon or item sold, the seller’s account or contact, the announced terms of sale.',
  },
  'online-scam': {
    fr: 'Ce qui était promis, ce que vous avez payé (montant, date, moyen de paiement), les coordonnées utilisées par l’escroc.',
    en: 'What was promised, what you paid (amount, date, payment method), the contact details the scammer used.',
  },
  phishing: {
    fr: 'Qui le message imite, comment il vous est parvenu (courriel, SMS), et si vous avez saisi des informations.',
    en: 'Who the message imitates, how it reached you (email, text), and whether you entered any details.',
  },
  spam: {
    fr: 'L’expéditeur, la date, et ce que le message propose.',
    en: 'The sender, the date, and what the message offers.',
  },
  'illegal-product-marketplace': {
    fr: 'Le produit, le vendeur, pourquoi il est dangereux ou interdit (norme, rappel, contrefaçon).',
    en: 'The product, the seller, why it is dangerous or banned (standard, recall, counterfeit).',
  },
  'minors-exposed-harmful-content': {
    fr: 'Ce qui est accessible aux mineurs, où (site, application), et l’absence de contrôle de l’âge.',
    en: 'What minors can reach, where (site, app), and the lack of age checks.',
  },
  piracy: {
    fr: 'L’œuvre diffusée (film, match, série), le site ou le compte, et comment elle est proposée.',
    en: 'The work shared (film, match, series), the site or account, and how it is offered.',
  },
  'illegal-advertising': {
    fr: 'Le produit promu (alcool, tabac, jeux d’argent), l’annonceur ou l’influenceur, et pourquoi c’est interdit.',
    en: 'The product promoted (alcohol, tobacco, gambling), the advertiser or influencer, and why it is not allowed.',
  },
  other: GENERIC,
};

export function guidanceFor(categoryId: CategoryId | null): Localized {
  return categoryId ? descriptionGuidance[categoryId] : GENERIC;
}
