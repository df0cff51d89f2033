/**
 * Where a report goes for a reporter in another member state, as data: the same places as France's
 * rules (emergency, primary, platform notice, also), but each row names a *slot* — the emergency
 * number, the child helpline, victim support, the INHOPE hotline, the trusted flaggers whose scope
 * covers the case, the police — that `route-abroad.ts` resolves to that country's door. A slot the
 * country lacks is skipped. `{country}` in a reason is the country's name.
 *
 * The same EU-wide law holds everywhere: 112 in every member state (Directive (EU) 2018/1972,
 * Art. 109), the 116 numbers (Decision 2007/116/EC), the DSA notice (Regulation (EU) 2022/2065,
 * Art. 16) and its trusted flaggers (Art. 22), the victims' right to report to the police
 * (Directive 2012/29/EU, Art. 5). Only the doors differ; their facts and sources are in `data/`.
 */
import type { CategoryId } from '@/utils/qualify/taxonomy';
import type { Localized } from '@/utils/localized';
import type { PredicateName, StepKind } from '../rules.schema';

export type AbroadSlot =
  | 'emergency-112'
  | 'emergency-national'
  | 'child-helpline'
  | 'victim-support'
  | 'hotline'
  | 'trusted-flaggers'
  | 'police'
  | 'platform';

export interface AbroadRow {
  slot: AbroadSlot;
  as: StepKind;
  why: Localized;
  when?: PredicateName[];
  unless?: PredicateName[];
  /** Only for these categories. */
  only?: CategoryId[];
  /** Not for these categories. */
  except?: CategoryId[];
}

/** Content the police do not take as a crime report (consumer law, copyright, spam): no police door. */
const NOT_FOR_POLICE: CategoryId[] = ['spam', 'piracy', 'illegal-advertising'];

export const abroadRows: AbroadRow[] = [
  // ── Emergency: 112 first, then the national numbers, then the children's line for a child ──
  {
    slot: 'emergency-112',
    as: 'emergency',
    when: ['danger'],
    why: {
      fr: 'Danger immédiat : appelez le 112, gratuit, partout dans l’Union européenne, 24 h/24.',
      en: 'Immediate danger: call 112, free, anywhere in the European Union, 24/7.',
    },
  },
  {
    slot: 'emergency-national',
    as: 'emergency',
    when: ['danger'],
    why: {
      fr: 'Le numéro national pour ce cas ({country}) ; le 112 répond aussi.',
      en: 'The national number for this ({country}); 112 answers too.',
    },
  },
  {
    slot: 'child-helpline',
    as: 'emergency',
    when: ['danger', 'minor'],
    why: {
      fr: 'Un enfant est en danger : la ligne d’aide aux enfants écoute et oriente, après les secours.',
      en: 'A child is in danger: the child helpline listens and guides, after the emergency services.',
    },
  },
  // ── Child sexual abuse material: the country's INHOPE hotline, by the address only ──
  {
    slot: 'hotline',
    as: 'primary',
    when: ['linkOnly'],
    why: {
      fr: 'La hotline INHOPE de {country} fait retirer ces images et prévient la police. Donnez l’adresse seulement.',
      en: 'The INHOPE hotline of {country} gets these images removed and alerts the police. Give the address only.',
    },
  },
  // ── A child targeted (or their parent): the children's line ──
  {
    slot: 'child-helpline',
    as: 'primary',
    when: ['minor', 'victimSide'],
    why: {
      fr: 'La ligne d’aide aux enfants (116 111) écoute l’enfant ou son parent, gratuitement, et aide à agir.',
      en: 'The child helpline (116 111) listens to the child or their parent, for free, and helps to act.',
    },
  },
  // ── The police: their online portal where one exists, a police station otherwise ──
  {
    slot: 'police',
    as: 'primary',
    except: NOT_FOR_POLICE,
    why: {
      fr: 'La police de {country} reçoit le signalement d’un contenu illégal et, pour la victime, sa plainte.',
      en: 'The police of {country} take reports of illegal content and, from the victim, a complaint.',
    },
  },
  // ── The trusted flaggers designated in the country whose scope covers the case ──
  {
    slot: 'trusted-flaggers',
    as: 'also',
    why: {
      fr: 'Signaleur de confiance désigné en {country} pour ce type de contenu : les plateformes traitent ses notifications en priorité.',
      en: 'Trusted flagger designated in {country} for this kind of content: platforms handle its notices first.',
    },
  },
  {
    slot: 'child-helpline',
    as: 'also',
    when: ['minor', 'witness'],
    why: {
      fr: 'Un enfant est concerné : la ligne d’aide aux enfants (116 111) peut aussi vous conseiller.',
      en: 'A child is involved: the child helpline (116 111) can advise you too.',
    },
  },
  {
    slot: 'victim-support',
    as: 'also',
    when: ['targeted'],
    unless: ['minor'],
    why: {
      fr: 'Vous êtes visé : l’aide aux victimes (116 006) écoute, gratuitement, et explique vos droits.',
      en: 'You are targeted: victim support (116 006) listens, for free, and explains your rights.',
    },
  },
  // ── The platform's DSA notice: the same in every member state ──
  {
    slot: 'platform',
    as: 'platform',
    when: ['identityExempt'],
    why: {
      fr: 'Signalez aussi à la plateforme, avec l’adresse seulement : pour ces contenus, ni votre nom ni votre e-mail ne sont exigés (DSA, art. 16).',
      en: 'Also notify the platform, with the address only: for this content, neither your name nor your email is required (DSA, Art. 16).',
    },
  },
  {
    slot: 'platform',
    as: 'platform',
    unless: ['identityExempt'],
    why: {
      fr: 'Un signalement précis à la plateforme l’oblige à examiner le contenu et à agir (DSA, art. 16), dans toute l’Union.',
      en: 'A precise notice to the platform obliges it to examine the content and act (DSA, Art. 16), anywhere in the Union.',
    },
  },
];

/** When no other door applies (spam with no platform detected): the police still take any report. */
export const lastResort: Localized = {
  fr: 'Aucune autre porte pour ce cas : la police de {country} reçoit le signalement de toute infraction.',
  en: 'No other door for this case: the police of {country} take a report of any offence.',
};

export const abroadNotes = {
  noCapture: {
    fr: 'Ne faites aucune capture et ne téléchargez rien : la détention de ces images est une infraction dans toute l’Union. Notez l’adresse, signalez, puis fermez la page.',
    en: 'Take no screenshot and download nothing: possessing these images is an offence throughout the Union. Note the address, report, then close the page.',
  },
  noTrustedFlagger: {
    fr: 'Aucun signaleur de confiance n’est désigné en {country} pour ce type de contenu (liste de la Commission européenne).',
    en: 'No trusted flagger is designated in {country} for this kind of content (European Commission list).',
  },
  flaggersWithoutDoor: {
    fr: 'Signaleurs de confiance désignés en {country} pour ce type de contenu, sans formulaire public connu de Vigie : {names}.',
    en: 'Trusted flaggers designated in {country} for this kind of content, with no public form known to Vigie: {names}.',
  },
  flaggersUnverified: {
    fr: 'La liste des signaleurs de confiance de {country} n’a pas été vérifiée à sa source.',
    en: 'The list of trusted flaggers of {country} was not checked at its source.',
  },
  unverifiedDoor: {
    fr: 'Une porte marquée « à vérifier » n’a pas été confirmée à sa source : Vigie ne la propose pas seule.',
    en: 'A door marked “to check” was not confirmed at its source: Vigie never offers it alone.',
  },
} satisfies Record<string, Localized>;
