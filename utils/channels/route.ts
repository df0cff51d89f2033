/**
 * Qualify → route: from a category and a few facts about the situation, the ordered list of
 * channels to use, each with the reason in plain words and what to have ready. Pure: no I/O,
 * same input → same output.
 *
 * Order of the steps: emergency lines, then the primary channels, then the platform's own DSA
 * notice, then the complementary channels. A channel appears once, at its most urgent place.
 *
 * Decisions worth knowing:
 * - Any `danger` puts 17 and 112 first (plus 3114 for suicide, 119 when a minor is involved):
 *   PHAROS and the platforms do not handle emergencies.
 * - The platform notice is always proposed when a platform is detected: a precise notice gives the
 *   host actual knowledge (DSA Art. 16(3)) and obliges it to act. For CSAM it comes after PHAROS and
 *   Point de Contact, and is sent with the URL only and without the reporter's name and email, which
 *   Art. 16(2)(c) does not require for these offences (`omitReporterIdentity`).
 * - `privateExchange` means a private conversation with someone the user knows: PHAROS does not
 *   take it (→ complaint, the police chat, 17Cyber), except for CSAM, which PHAROS always takes.
 * - The insult/defamation category targets an identifiable person: PHAROS never takes it (→ complaint).
 */
import { categoryById, shortestPrescription, type Category, type CategoryId } from '@/utils/qualify/taxonomy';
import { channelById, noticeChannelFor, type ChannelId } from './registry';

export interface RouteInput {
  categoryId: CategoryId;
  /** Id of the platform detected by Vigie (`utils/platforms/registry.ts`), if any. */
  platformId: string | null;
  /** The person reporting is the one targeted. */
  victim: boolean;
  /** A minor is involved (as the victim or the person targeted). */
  minor: boolean;
  /** Someone's life or safety is threatened right now. */
  danger: boolean;
  /** The content is in a private conversation with someone the user knows. */
  privateExchange: boolean;
  /** The content is publicly visible (not only to the user). */
  publicContent: boolean;
  country: 'FR';
}

export type StepKind = 'emergency' | 'primary' | 'also' | 'platform';

export interface RouteStep {
  channelId: ChannelId;
  kind: StepKind;
  reasonFr: string;
  reasonEn: string;
  needsFr: string[];
  needsEn: string[];
}

export interface RouteNote {
  fr: string;
  en: string;
}

export interface RouteResult {
  steps: RouteStep[];
  /** Why the default channel (PHAROS) does not apply, and where to go instead. */
  outOfScope?: { reasonFr: string; reasonEn: string; redirectChannelIds: ChannelId[] };
  /** A complaint (plainte) is needed for the facts suffered to be prosecuted. */
  complaintAdvised: boolean;
  /** Send notices without the reporter's name and email (CSAM, DSA Art. 16(2)(c)). */
  omitReporterIdentity: boolean;
  /** Keep the address and text notes only: no screenshot, archive or thumbnail. */
  urlOnly: boolean;
  /** Short prescription of the offence, to show as a deadline. */
  prescriptionMonths?: number;
  notes: RouteNote[];
}

interface Reason {
  fr: string;
  en: string;
}

const URL_ONLY_NEEDS = {
  fr: ['L’adresse (URL) uniquement — aucune capture, aucun téléchargement', 'La date et l’heure où vous l’avez vu'],
  en: ['The address (URL) only — no screenshot, no download', 'The date and time you saw it'],
};

const PHAROS_TOPICS: Partial<Record<CategoryId, Reason>> = {
  terrorism: { fr: 'rubrique « Terrorisme »', en: '“Terrorism” section' },
  'child-sexual-abuse-material': {
    fr: 'rubrique « Pédophilie ou corruption de mineur »',
    en: '“Paedophilia or corruption of minors” section',
  },
  grooming: {
    fr: 'rubrique « Pédophilie ou corruption de mineur »',
    en: '“Paedophilia or corruption of minors” section',
  },
  sextortion: {
    fr: 'rubrique « Pédophilie ou corruption de mineur »',
    en: '“Paedophilia or corruption of minors” section',
  },
  threats: {
    fr: 'rubrique « Menaces ou incitation à la violence »',
    en: '“Threats or incitement to violence” section',
  },
  'cyber-harassment': {
    fr: 'rubrique « Menaces ou incitation à la violence »',
    en: '“Threats or incitement to violence” section',
  },
  'drug-trafficking': { fr: 'rubrique « Trafic illicite »', en: '“Illicit trafficking” section' },
  'weapons-trafficking': { fr: 'rubrique « Trafic illicite »', en: '“Illicit trafficking” section' },
  'illegal-product-marketplace': { fr: 'rubrique « Trafic illicite »', en: '“Illicit trafficking” section' },
  other: { fr: 'rubrique « Incitation à commettre des infractions »', en: '“Incitement to commit offences” section' },
};

/** Categories PHAROS takes only when the content is public (not a message sent to the user alone). */
const PHAROS_PUBLIC_ONLY: ReadonlySet<CategoryId> = new Set([
  'cyber-harassment',
  'threats',
  'hate-incitement',
  'crimes-against-humanity-apology-denial',
  'doxxing',
  'non-consensual-intimate-images',
  'sexual-deepfake',
  'torture-barbarity-images',
  'animal-cruelty',
  'other',
]);

/** Categories for which a minor victim is sent to the 3018 first. */
const MINOR_3018_FIRST: ReadonlySet<CategoryId> = new Set([
  'grooming',
  'sextortion',
  'cyber-harassment',
  'threats',
  'insult-defamation',
  'non-consensual-intimate-images',
  'sexual-deepfake',
  'doxxing',
]);

/**
 * Categories whose evidence may show a minor sexually: with a minor involved they follow the
 * CSAM rule (link only). For adults, the screenshots are the victim's evidence and are kept.
 */
const SEXUAL_IMAGES: ReadonlySet<CategoryId> = new Set([
  'non-consensual-intimate-images',
  'sexual-deepfake',
  'sextortion',
]);

class Plan {
  private readonly buckets: Record<StepKind, RouteStep[]> = { emergency: [], primary: [], platform: [], also: [] };
  constructor(private readonly urlOnly: boolean) {}

  add(channelId: ChannelId, kind: StepKind, reason: Reason): void {
    const channel = channelById[channelId];
    const needs = this.urlOnly && kind !== 'emergency' ? URL_ONLY_NEEDS : channel.asks;
    this.buckets[kind].push({
      channelId,
      kind,
      reasonFr: reason.fr,
      reasonEn: reason.en,
      needsFr: [...needs.fr],
      needsEn: [...needs.en],
    });
  }

  steps(): RouteStep[] {
    const seen = new Set<ChannelId>();
    const ordered = [
      ...this.buckets.emergency,
      ...this.buckets.primary,
      ...this.buckets.platform,
      ...this.buckets.also,
    ];
    return ordered.filter((s) => (seen.has(s.channelId) ? false : (seen.add(s.channelId), true)));
  }
}

function pharosReason(category: Category & { id: CategoryId }): Reason {
  const topic = PHAROS_TOPICS[category.id];
  return {
    fr: `Le portail officiel de la police et de la gendarmerie pour ce type de contenu${topic ? ` (${topic.fr})` : ''}. Vos coordonnées y sont facultatives.`,
    en: `The police and gendarmerie’s official portal for this kind of content${topic ? ` (${topic.en})` : ''}. Your contact details are optional there.`,
  };
}

const R = {
  police17: {
    fr: 'Danger immédiat : appelez d’abord la police ou la gendarmerie. Aucun signalement en ligne n’est traité en urgence.',
    en: 'Immediate danger: call the police first. No online report is handled as an emergency.',
  },
  e112: {
    fr: 'Le numéro d’urgence européen, si le 17 ne répond pas ou si vous êtes hors de France.',
    en: 'The European emergency number, if 17 does not answer or you are outside France.',
  },
  s3114Danger: {
    fr: 'Des soignants joignables jour et nuit pour la personne en détresse ou pour vous qui vous inquiétez pour elle.',
    en: 'Health professionals reachable day and night, for the person in distress or for you if you are worried about them.',
  },
  s3114: {
    fr: 'Si vous vous inquiétez pour la personne, des soignants peuvent vous conseiller, jour et nuit.',
    en: 'If you are worried about the person, health professionals can advise you, day and night.',
  },
  c119: {
    fr: 'Un enfant est concerné : le 119 évalue sa situation et alerte les services de protection de l’enfance.',
    en: 'A child is involved: 119 assesses their situation and alerts child-protection services.',
  },
  e3018First: {
    fr: 'Un mineur est visé : le 3018 aide gratuitement et fait retirer rapidement les contenus par les plateformes, dont il est partenaire de confiance.',
    en: 'A minor is targeted: the 3018 helps for free and gets platforms to remove content quickly, as their trusted partner.',
  },
  e3018Also: {
    fr: 'Un mineur est concerné : le 3018 peut l’accompagner, lui et sa famille.',
    en: 'A minor is involved: the 3018 can support them and their family.',
  },
  pdcCsam: {
    fr: 'La ligne d’alerte française du réseau INHOPE : elle analyse l’adresse et fait retirer le contenu, même hébergé à l’étranger. Signalement anonyme possible.',
    en: 'The French hotline of the INHOPE network: it analyses the address and gets the content removed, even when hosted abroad. Anonymous reporting is possible.',
  },
  pdcAlso: {
    fr: 'Association signaleur de confiance : ses signalements aux plateformes sont traités en priorité.',
    en: 'A trusted-flagger association: platforms handle its notices first.',
  },
  disrupt: {
    fr: 'Disrupt fait bloquer la rediffusion des images intimes sur les plateformes partenaires grâce à leur empreinte numérique.',
    en: 'Disrupt gets the intimate images blocked on partner platforms using their digital fingerprint.',
  },
  complaintVictim: {
    fr: 'Vous êtes victime : un signalement ne suffit pas, une plainte est nécessaire pour que l’auteur soit poursuivi.',
    en: 'You are the victim: a report is not enough, a complaint is needed for the author to be prosecuted.',
  },
  complaintInsult: {
    fr: 'L’injure et la diffamation visant une personne identifiée relèvent d’une plainte de la personne visée, pas de PHAROS. Le délai est court.',
    en: 'Insult and defamation of an identified person require a complaint by that person, not PHAROS. The time limit is short.',
  },
  complaintPrivate: {
    fr: 'Dans un échange privé avec une personne que vous connaissez, c’est la plainte qui permet d’agir.',
    en: 'In a private exchange with someone you know, a complaint is the way to act.',
  },
  chat: {
    fr: 'Pour en parler d’abord par écrit avec un policier ou un gendarme, à toute heure.',
    en: 'To talk it through in writing with a police officer or gendarme first, at any time.',
  },
  cyber17: {
    fr: 'Le guichet officiel des victimes de cybermalveillance : diagnostic, conseils et, si besoin, tchat avec les forces de l’ordre.',
    en: 'The official one-stop shop for cybercrime victims: diagnosis, advice and, if needed, a chat with law enforcement.',
  },
  thesee: {
    fr: 'Le service officiel pour les arnaques en ligne : signalement, ou plainte en ligne avec FranceConnect.',
    en: 'The official service for online scams: a report, or an online complaint with FranceConnect.',
  },
  theseeBlackmail: {
    fr: 'Le chantage en ligne d’un adulte relève de THESEE : signalement, ou plainte en ligne avec FranceConnect.',
    en: 'Online blackmail of an adult is handled by THESEE: a report, or an online complaint with FranceConnect.',
  },
  signalConsoScam: {
    fr: 'Si l’arnaque vient d’un professionnel ou d’un faux site marchand, la répression des fraudes en est informée.',
    en: 'If the scam comes from a business or a fake shop, the consumer-protection authority is informed.',
  },
  signalConsoProduct: {
    fr: 'Le service de la répression des fraudes pour les produits dangereux, non conformes ou trompeurs.',
    en: 'The consumer-protection authority’s service for dangerous, non-compliant or misleading products.',
  },
  signalConsoAds: {
    fr: 'La répression des fraudes traite aussi les pratiques commerciales illégales, y compris celles des influenceurs.',
    en: 'The consumer-protection authority also handles illegal commercial practices, including by influencers.',
  },
  phishingInitiative: {
    fr: 'Faites bloquer le faux site dans les navigateurs : il suffit de son adresse.',
    en: 'Get the fake site blocked in browsers: its address is all it takes.',
  },
  cyber17Phishing: {
    fr: 'Si vous avez saisi des informations ou payé, le guichet officiel vous dit quoi faire maintenant.',
    en: 'If you entered details or paid, the official one-stop shop tells you what to do now.',
  },
  signalSpam: {
    fr: 'Le dispositif de signalement des courriels indésirables ou frauduleux.',
    en: 'The reporting scheme for unwanted or fraudulent email.',
  },
  sms33700: {
    fr: 'Pour un SMS ou un appel indésirable : transférez-le au 33700.',
    en: 'For an unwanted text or call: forward it to 33700.',
  },
  licra: {
    fr: 'Signaleur de confiance spécialisé dans le racisme et l’antisémitisme.',
    en: 'Trusted flagger specialised in racism and antisemitism.',
  },
  crif: {
    fr: 'Signaleur de confiance, utile en particulier pour les contenus antisémites.',
    en: 'Trusted flagger, useful in particular for antisemitic content.',
  },
  ifaw: {
    fr: 'Signaleur de confiance désigné pour le bien-être animal (surtout pertinent pour la faune sauvage et le commerce d’animaux — à vérifier).',
    en: 'Trusted flagger designated for animal welfare (most relevant for wildlife and animal trade — to check).',
  },
  indecosa: {
    fr: 'Association de consommateurs, signaleur de confiance pour les produits illicites et les arnaques.',
    en: 'Consumer association, trusted flagger for illegal products and scams.',
  },
  addictions: {
    fr: 'Signaleur de confiance pour la publicité illégale en faveur de l’alcool, du tabac et des jeux d’argent.',
    en: 'Trusted flagger for illegal advertising for alcohol, tobacco and gambling.',
  },
  alpa: {
    fr: 'Signaleur de confiance spécialisé dans le piratage audiovisuel.',
    en: 'Trusted flagger specialised in audiovisual piracy.',
  },
  women3919: {
    fr: 'Si vous êtes une femme victime de violences, y compris d’un (ex-)conjoint, une écoute gratuite et anonyme.',
    en: 'If you are a woman facing violence, including from a (former) partner, free and anonymous support.',
  },
} satisfies Record<string, Reason>;

const NOTES = {
  noCapture: {
    fr: 'Ne faites aucune capture et ne téléchargez rien : la détention de ces images est un délit. Notez l’adresse, signalez, puis fermez la page.',
    en: 'Take no screenshot and download nothing: possessing these images is an offence. Note the address, report, then close the page.',
  },
  minorSexualImages: {
    fr: 'La personne sur les images est mineure : c’est un contenu pédocriminel. Ne conservez aucune image.',
    en: 'The person in the images is a minor: this is child sexual abuse material. Keep no images.',
  },
  falseReport: {
    fr: 'Un signalement que l’on sait faux est puni par la loi. Ne signalez qu’une fois : les enquêteurs agissent dès les premiers signalements.',
    en: 'Knowingly false reports are punishable. Report once: investigators act on the first reports.',
  },
  notPharos: {
    fr: 'PHAROS ne traite pas ce cas.',
    en: 'PHAROS does not handle this case.',
  },
};

export function route(input: RouteInput): RouteResult {
  const category = categoryById[input.categoryId];
  const id = category.id;
  const csam = category.csam;
  const minorSexual = input.minor && SEXUAL_IMAGES.has(id);
  const urlOnly = category.evidence === 'url-only' || minorSexual;
  const plan = new Plan(urlOnly);
  const notes: RouteNote[] = [];
  let outOfScope: RouteResult['outOfScope'];
  const minorVictim = input.minor && input.victim;

  // 1. Emergencies before anything else.
  if (input.danger) {
    plan.add('police-17', 'emergency', R.police17);
    plan.add('emergency-112', 'emergency', R.e112);
    if (id === 'suicide-self-harm-incitement') plan.add('suicide-prevention-3114', 'emergency', R.s3114Danger);
    if (input.minor) plan.add('child-in-danger-119', 'emergency', R.c119);
  }

  // 2. PHAROS exclusions.
  // CSAM, and sexual images of a minor, always go to PHAROS, whatever the context.
  const csamLike = csam || minorSexual;
  const privateOut = input.privateExchange && !csamLike;
  const notPublicOut = !input.publicContent && !input.privateExchange && !csamLike && PHAROS_PUBLIC_ONLY.has(id);
  const pharosAllowed =
    channelById.pharos.categories.includes(id) && !privateOut && !notPublicOut && id !== 'insult-defamation';

  // 3. Minor victims: the 3018 first for violence between people.
  if (minorVictim && MINOR_3018_FIRST.has(id)) plan.add('e-enfance-3018', 'primary', R.e3018First);

  // 4. Category-specific channels.
  switch (id) {
    case 'child-sexual-abuse-material':
      plan.add('pharos', 'primary', pharosReason(category));
      plan.add('point-de-contact', 'primary', R.pdcCsam);
      if (input.minor) plan.add('child-in-danger-119', 'also', R.c119);
      if (minorVictim) plan.add('e-enfance-3018', 'also', R.e3018Also);
      break;
    case 'grooming':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      plan.add('point-de-contact', 'also', R.pdcAlso);
      if (input.minor) plan.add('child-in-danger-119', 'also', R.c119);
      break;
    case 'sextortion':
      if (input.minor) {
        if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
        plan.add('child-in-danger-119', 'also', R.c119);
      } else {
        plan.add('thesee', 'primary', R.theseeBlackmail);
        plan.add('cyber-17', 'primary', R.cyber17);
      }
      break;
    case 'cyber-harassment':
    case 'threats':
    case 'doxxing':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      if (input.minor && !input.victim) plan.add('e-enfance-3018', 'also', R.e3018Also);
      plan.add('point-de-contact', 'also', R.pdcAlso);
      if (input.victim && !input.minor && input.privateExchange) plan.add('women-violence-3919', 'also', R.women3919);
      break;
    case 'hate-incitement':
    case 'crimes-against-humanity-apology-denial':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      plan.add('point-de-contact', 'also', R.pdcAlso);
      plan.add('licra', 'also', R.licra);
      plan.add('crif', 'also', R.crif);
      break;
    case 'insult-defamation':
      plan.add('complaint', 'primary', R.complaintInsult);
      plan.add('point-de-contact', 'also', R.pdcAlso);
      if (input.minor && !input.victim) plan.add('e-enfance-3018', 'also', R.e3018Also);
      outOfScope = {
        reasonFr:
          'PHAROS ne traite pas l’injure ou la diffamation visant une personne identifiée, que ce soit vous ou quelqu’un d’autre : la personne visée doit porter plainte.',
        reasonEn:
          'PHAROS does not handle insult or defamation of an identified person, whether you or someone else: the person targeted must file a complaint.',
        redirectChannelIds: ['complaint', 'ma-securite-chat'],
      };
      break;
    case 'non-consensual-intimate-images':
    case 'sexual-deepfake':
      if (minorSexual) {
        notes.push(NOTES.minorSexualImages);
        plan.add('pharos', 'primary', pharosReason(category));
        plan.add('point-de-contact', 'primary', R.pdcCsam);
        plan.add('child-in-danger-119', 'also', R.c119);
      } else {
        plan.add('point-de-contact-disrupt', 'primary', R.disrupt);
        if (pharosAllowed) plan.add('pharos', 'also', pharosReason(category));
        if (input.victim && input.privateExchange) plan.add('women-violence-3919', 'also', R.women3919);
      }
      break;
    case 'suicide-self-harm-incitement':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      plan.add('suicide-prevention-3114', 'also', R.s3114);
      plan.add('point-de-contact', 'also', R.pdcAlso);
      if (input.minor) plan.add('child-in-danger-119', 'also', R.c119);
      break;
    case 'terrorism':
    case 'torture-barbarity-images':
    case 'other':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      plan.add('point-de-contact', 'also', R.pdcAlso);
      break;
    case 'drug-trafficking':
    case 'weapons-trafficking':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      break;
    case 'animal-cruelty':
      if (pharosAllowed) plan.add('pharos', 'primary', pharosReason(category));
      plan.add('ifaw-france', 'also', R.ifaw);
      break;
    case 'online-scam':
      plan.add('thesee', 'primary', R.thesee);
      plan.add('cyber-17', 'primary', R.cyber17);
      plan.add('signalconso', 'also', R.signalConsoScam);
      plan.add('indecosa-cgt', 'also', R.indecosa);
      notes.push(NOTES.notPharos);
      break;
    case 'phishing':
      plan.add('phishing-initiative', 'primary', R.phishingInitiative);
      plan.add('cyber-17', input.victim ? 'primary' : 'also', R.cyber17Phishing);
      plan.add('signal-spam', 'also', R.signalSpam);
      plan.add('spam-sms-33700', 'also', R.sms33700);
      break;
    case 'spam':
      plan.add('signal-spam', 'primary', R.signalSpam);
      plan.add('spam-sms-33700', 'primary', R.sms33700);
      outOfScope = {
        reasonFr: 'PHAROS ne traite pas le spam : il se signale à Signal Spam (courriels) ou au 33700 (SMS, appels).',
        reasonEn: 'PHAROS does not handle spam: report it to Signal Spam (email) or 33700 (texts, calls).',
        redirectChannelIds: ['signal-spam', 'spam-sms-33700'],
      };
      break;
    case 'illegal-product-marketplace':
      plan.add('signalconso', 'primary', R.signalConsoProduct);
      plan.add('indecosa-cgt', 'also', R.indecosa);
      break;
    case 'minors-exposed-harmful-content':
      plan.add('point-de-contact', 'primary', {
        fr: 'Point de Contact traite les contenus choquants accessibles aux mineurs et alerte l’hébergeur.',
        en: 'Point de Contact handles shocking content reachable by minors and alerts the host.',
      });
      if (input.minor) {
        plan.add('e-enfance-3018', 'also', R.e3018Also);
        plan.add('child-in-danger-119', 'also', R.c119);
      }
      break;
    case 'piracy':
      plan.add('alpa', 'primary', R.alpa);
      break;
    case 'illegal-advertising':
      plan.add('addictions-france', 'primary', R.addictions);
      plan.add('signalconso', 'also', R.signalConsoAds);
      break;
    case 'identity-theft':
      plan.add('complaint', 'primary', {
        fr: 'Pour que l’auteur d’une usurpation d’identité soit poursuivi, la personne usurpée doit porter plainte.',
        en: 'For an identity thief to be prosecuted, the person impersonated must file a complaint.',
      });
      break;
    default: {
      const unhandled: never = id;
      throw new Error(`no routing rule for category ${String(unhandled)}`);
    }
  }

  // 5. Private exchange with someone the user knows, or content not public: not for PHAROS.
  if ((privateOut || notPublicOut) && channelById.pharos.categories.includes(id) && id !== 'insult-defamation') {
    plan.add('complaint', 'primary', R.complaintPrivate);
    plan.add('ma-securite-chat', 'primary', R.chat);
    outOfScope ??= {
      reasonFr: privateOut
        ? 'PHAROS ne traite pas les échanges privés avec une personne que vous connaissez : adressez-vous à la police ou à la gendarmerie.'
        : 'PHAROS ne traite que les contenus publics ; un message qui vous est adressé personnellement relève de la police ou de la gendarmerie.',
      reasonEn: privateOut
        ? 'PHAROS does not handle private exchanges with someone you know: contact the police or gendarmerie.'
        : 'PHAROS only handles public content; a message addressed to you personally is for the police or gendarmerie.',
      redirectChannelIds: ['complaint', 'ma-securite-chat', 'cyber-17'],
    };
  }

  // 6. Complaint for victims.
  const complaintAdvised = (input.victim && category.victimComplaintNeeded) || id === 'insult-defamation';
  if (input.victim && category.victimComplaintNeeded) {
    const viaThesee = id === 'online-scam' || (id === 'sextortion' && !input.minor);
    if (!viaThesee) plan.add('complaint', 'also', R.complaintVictim);
  }

  // 7. The platform's own notice (DSA Art. 16): creates actual knowledge for the host.
  const notice = input.platformId ? noticeChannelFor(input.platformId) : undefined;
  if (notice) {
    plan.add(
      notice.id,
      'platform',
      csamLike
        ? {
            fr: 'Signalez aussi à la plateforme, avec l’adresse seulement : pour ces contenus, ni votre nom ni votre e-mail ne sont exigés.',
            en: 'Also notify the platform, with the address only: for this content, neither your name nor your email is required.',
          }
        : {
            fr: 'Un signalement précis à la plateforme l’oblige à examiner le contenu et à agir rapidement ; elle doit vous informer de sa décision.',
            en: 'A precise notice to the platform obliges it to examine the content and act promptly; it must tell you its decision.',
          },
    );
  }

  if (urlOnly) notes.unshift(NOTES.noCapture);
  notes.push(NOTES.falseReport);

  const result: RouteResult = {
    steps: plan.steps(),
    complaintAdvised,
    omitReporterIdentity: csamLike,
    urlOnly,
    notes,
  };
  if (outOfScope) result.outOfScope = outOfScope;
  const prescription = shortestPrescription(category);
  if (prescription) result.prescriptionMonths = prescription.months;
  return result;
}
