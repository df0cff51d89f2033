/**
 * Where each category of content goes, as data: the channels in their place (emergency, primary,
 * platform notice, also), why, and under which conditions (named predicates, see
 * `rules.schema.ts`). A new category is one entry here; `route.ts` only interprets.
 *
 * Order inside a place is the order of the rows. A channel appears once, at its most urgent place.
 */
import type { Source } from '@/utils/qualify/taxonomy';
import type { Localized } from '@/utils/localized';
import type { ChannelId } from './registry';
import type { ReasonId } from './reasons.data';
import type { PredicateName, StepKind } from './rules.schema';

const src = (url: string, title: string, checked = '2026-11-28'): Source => ({ url, title, checked });
/** Rules added or corrected on this date (issue 19). */
const FIXED = '2026-12-05';
const S = {
  f31979: src(
    'https://www.service-public.fr/particuliers/vosdroits/F31979',
    'Service-public.fr — Comment signaler le contenu illégal d’un site internet ?',
  ),
  pharos: src(
    'https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-officiel-signalement-contenus-illicites-internet-pharos',
    'Ma Sécurité — Portail officiel de signalement des contenus illicites (PHAROS), 09/12/2025',
  ),
  pharosNew: src(
    'https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise',
    'Ma Sécurité — PHAROS se modernise (catégories du formulaire 2025), 12/05/2025',
  ),
  theseeBlackmail: src(
    'https://www.service-public.fr/particuliers/vosdroits/R45983',
    'Service-public.fr — Signaler une escroquerie aux sentiments avec chantage en ligne (THESEE) : relation uniquement virtuelle, chantage, demande d’argent',
  ),
  sextortion: src(
    'https://www.service-public.fr/particuliers/vosdroits/F34124',
    'Service-public.fr — Arnaque aux sentiments : escroquerie, chantage, sextorsion (vérifié le 18/03/2025)',
  ),
  thesee: src(
    'https://www.service-public.fr/particuliers/vosdroits/N31138',
    'Service-public.fr — Arnaque sur internet (THESEE, PHAROS…)',
  ),
  eEnfance: src(
    'https://www.service-public.fr/particuliers/vosdroits/F34124',
    'Service-public.fr — le 3018, numéro national pour les victimes de violences numériques',
  ),
  c119: src('https://allo119.gouv.fr', '119 Allô Enfance en Danger'),
  pdc: src('https://www.pointdecontact.net/champ_competences/', 'Point de Contact — Champ de compétences'),
  disrupt: src('https://www.pointdecontact.net/disrupt/', 'Point de Contact — Disrupt'),
  cyber17: src('https://17cyber.gouv.fr', '17Cyber — le guichet unique des victimes de cybermalveillance'),
  spam: src('https://www.signal-spam.fr', 'Signal Spam'),
  af2m: src('https://af2m.org/33700-2/', 'AF2M — 33700, spam SMS et spam vocal'),
  phishing: src('https://phishing-initiative.fr', 'Phishing Initiative'),
  signalConso: src('https://signal.conso.gouv.fr', 'SignalConso (DGCCRF)'),
  trustedFlaggers: src(
    'https://digital-strategy.ec.europa.eu/en/policies/trusted-flaggers-under-dsa',
    'European Commission — Trusted flaggers under the DSA',
  ),
  dsa16: src(
    'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
    'Règlement (UE) 2022/2065 (DSA), art. 16(2)(c) : identité facultative pour les infractions des art. 3 à 7 de la directive 2011/93/UE',
  ),
  suicide: src('https://3114.fr/', '3114 — Numéro national de prévention du suicide'),
  complaint: src('https://www.service-public.fr/particuliers/vosdroits/F1435', 'Service-public.fr — Porter plainte'),
  /** « la personne qui signale peut indiquer si elle est victime, dans ce cas un dépôt de plainte est nécessaire ». */
  pharosVictim: src(
    'https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise',
    'Ma Sécurité — PHAROS se modernise : victime, « un dépôt de plainte est nécessaire » ; escroqueries orientées vers THESEE (12/05/2025)',
    FIXED,
  ),
  /** « Il ne doit pas s’agir d’une affaire privée avec une personne que vous connaissez » (07/02/2024). */
  pharosPrivate: src(
    'https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos',
    'Mon commissariat — PHAROS : pas d’affaire privée avec une personne que vous connaissez ; tchat avec un policier (07/02/2024)',
    FIXED,
  ),
  /** The 3018: « Tu es victime ou témoin d’une violence numérique », 7 days a week, 9am to 11pm (07/11/2025). */
  e3018Audience: src(
    'https://solidarites.gouv.fr/node/2219',
    'Ministère des Solidarités — numéros d’aide : le 3018 pour les victimes et témoins de violences numériques, 7j/7 de 9h à 23h (07/11/2025)',
    FIXED,
  ),
  /** THESEE's blackmail report is open to « tout particulier (majeur ou mineur) ». */
  theseeMinors: src(
    'https://www.service-public.fr/particuliers/vosdroits/R45983',
    'Service-public.fr — Signaler une escroquerie aux sentiments avec chantage en ligne (THESEE) : « tout particulier (majeur ou mineur) »',
    FIXED,
  ),
  /** Keep the messages and screenshots of grooming and sextortion (never pay), contact the police. */
  policeGrooming: src(
    'https://police.public.lu/fr/prevention/dangers-sur-internet/grooming-et-sextorsion.html',
    'Police grand-ducale — Grooming et sextorsion : « sauvez les messages et les captures d’écran »',
    FIXED,
  ),
  /** « le code de la santé prévoit aussi la compétence de la DGCCRF » for alcohol advertising (loi Évin). */
  dgccrfEvin: src(
    'https://expression.addictions-france.org/articles/les-interdits-protegent-respectons-les',
    'Addictions France — Les interdits protègent : la DGCCRF aussi compétente pour la publicité en faveur de l’alcool',
    FIXED,
  ),
  /** Child-like sex dolls sold online (2025): inquiries under CP 227-23, PHAROS seized. */
  dollsInquiry: src(
    'https://www.generation-nt.com/actualites/poupees-sexuelles-enfants-enquete-site-britannique-2068341',
    'Génération NT — Poupées sexuelles d’apparence enfantine : enquêtes du parquet de Paris (« représentation d’un mineur présentant un caractère pornographique ») ; PHAROS saisie (30/12/2025)',
    FIXED,
  ),
};

type When = { when?: PredicateName[]; unless?: PredicateName[] };
export type StepRow = When & { channel: ChannelId | 'platform'; as: StepKind; why: ReasonId };
export interface CategoryRulesRow {
  category: string;
  /** The content always involves a minor (no need to ask). */
  impliesMinor?: boolean;
  pharosTopic?: Localized;
  steps: StepRow[];
  outOfScope?: (When & { why: Localized; redirect: ChannelId[] })[];
  notes?: (When & { text: Localized })[];
  omitIdentity?: When;
  sources: Source[];
}

/** Rules that apply to every category: emergencies first, the platform's own notice after the primary channels. */
export const everyCategory: { before: StepRow[]; after: StepRow[]; sources: Source[] } = {
  before: [
    { channel: 'police-17', as: 'emergency', why: 'police17', when: ['danger'] },
    { channel: 'emergency-112', as: 'emergency', why: 'e112', when: ['danger'] },
    { channel: 'child-in-danger-119', as: 'emergency', why: 'c119Danger', when: ['danger', 'minor'] },
  ],
  after: [
    // A notice gives the host actual knowledge (DSA Art. 16(3)) and obliges it to act.
    { channel: 'platform', as: 'platform', why: 'platformNoIdentity', when: ['identityExempt'] },
    { channel: 'platform', as: 'platform', why: 'platform', unless: ['identityExempt'] },
  ],
  sources: [S.f31979, S.dsa16],
};

// ── Shared rows ─────────────────────────────────────────────────────────────
const PHAROS_TOPIC = {
  terrorism: { fr: 'rubrique « Terrorisme »', en: '“Terrorism” section' },
  minors: {
    fr: 'rubrique « Pédophilie ou corruption de mineur sur internet »',
    en: '“Paedophilia or corruption of minors online” section',
  },
  threats: {
    fr: 'rubrique « Menaces ou incitation à la violence »',
    en: '“Threats or incitement to violence” section',
  },
  trafficking: { fr: 'rubrique « Trafic illicite »', en: '“Illicit trafficking” section' },
  offences: {
    fr: 'rubrique « Incitation à commettre des infractions »',
    en: '“Incitement to commit offences” section',
  },
  scam: { fr: 'rubrique « Escroquerie »', en: '“Fraud” section' },
} satisfies Record<string, Localized>;

/** PHAROS takes public content only; not a private exchange with someone known, not a message sent to one person. */
const PHAROS_PUBLIC: StepRow = { channel: 'pharos', as: 'primary', why: 'pharos', unless: ['private', 'notPublic'] };
/** PHAROS takes it wherever it is seen, except in a private exchange with someone known. */
const PHAROS_NOT_PRIVATE: StepRow = { channel: 'pharos', as: 'primary', why: 'pharos', unless: ['private'] };

/** Where to go when PHAROS is closed because the exchange is private or addressed to the user alone. */
const POLICE_INSTEAD: StepRow[] = [
  { channel: 'complaint', as: 'primary', why: 'complaintPrivate', when: ['private', 'victimSide'] },
  { channel: 'complaint', as: 'primary', why: 'complaintPrivate', when: ['notPublic', 'victimSide'] },
  { channel: 'ma-securite-chat', as: 'primary', why: 'chat', when: ['private'] },
  { channel: 'ma-securite-chat', as: 'primary', why: 'chat', when: ['notPublic'] },
];
const POLICE_INSTEAD_PRIVATE_ONLY = POLICE_INSTEAD.filter((r) => !r.when?.includes('notPublic'));

const PRIVATE_OUT = {
  when: ['private'] as PredicateName[],
  why: {
    fr: 'PHAROS ne traite pas les échanges privés avec une personne que vous connaissez : adressez-vous à la police ou à la gendarmerie.',
    en: 'PHAROS does not handle private exchanges with someone you know: contact the police or gendarmerie.',
  },
  redirect: ['complaint', 'ma-securite-chat', 'cyber-17'] as ChannelId[],
};
const NOT_PUBLIC_OUT = {
  when: ['notPublic'] as PredicateName[],
  why: {
    fr: 'PHAROS ne traite que les contenus publics ; un message qui vous est adressé personnellement relève de la police ou de la gendarmerie.',
    en: 'PHAROS only handles public content; a message addressed to you personally is for the police or gendarmerie.',
  },
  redirect: ['complaint', 'ma-securite-chat', 'cyber-17'] as ChannelId[],
};

/** A minor targeted: the 3018 first (the child themself, or their parent). */
const E3018_FIRST: StepRow[] = [
  { channel: 'e-enfance-3018', as: 'primary', why: 'e3018Parent', when: ['parent'] },
  { channel: 'e-enfance-3018', as: 'primary', why: 'e3018First', when: ['minor', 'targeted'] },
];
/** A minor involved, seen by a witness: the 3018 can still help. */
const E3018_WITNESS: StepRow = { channel: 'e-enfance-3018', as: 'also', why: 'e3018Also', when: ['minor', 'witness'] };
/** The person targeted, or the parent of a targeted minor, is told a complaint is needed. */
const COMPLAINT_FOR_VICTIMS: StepRow[] = [
  { channel: 'complaint', as: 'also', why: 'complaintVictim', when: ['targeted'] },
  { channel: 'complaint', as: 'also', why: 'complaintParent', when: ['parent'] },
  // An adult victim is not left alone with the procedure (a minor has the 3018 first).
  { channel: 'victim-support-116006', as: 'also', why: 'victimSupport116006', when: ['targeted'], unless: ['minor'] },
];
const PDC: StepRow = { channel: 'point-de-contact', as: 'also', why: 'pdcAlso' };
/** Content of no specific category: the person targeted (or their parent) can still file a complaint. */
const COMPLAINT_POSSIBLE: StepRow[] = [
  { channel: 'complaint', as: 'also', why: 'complaintPossible', when: ['targeted'] },
  { channel: 'complaint', as: 'also', why: 'complaintParent', when: ['parent'] },
  { channel: 'victim-support-116006', as: 'also', why: 'victimSupport116006', when: ['targeted'], unless: ['minor'] },
];
/** An adult targeted in a private exchange (often by a partner or former partner): the 3919 listens. */
const WOMEN_3919: StepRow = {
  channel: 'women-violence-3919',
  as: 'also',
  why: 'women3919',
  when: ['targeted', 'private'],
  unless: ['minor'],
};

const NO_CAPTURE = {
  when: ['linkOnly'] as PredicateName[],
  text: {
    fr: 'Ne faites aucune capture et ne téléchargez rien : la détention de ces images est un délit. Notez l’adresse, signalez, puis fermez la page.',
    en: 'Take no screenshot and download nothing: possessing these images is an offence. Note the address, report, then close the page.',
  },
};
const MINOR_SEXUAL_IMAGES = {
  when: ['minor'] as PredicateName[],
  text: {
    fr: 'La personne sur les images est mineure : c’est un contenu pédocriminel. Ne conservez aucune image.',
    en: 'The person in the images is a minor: this is child sexual abuse material. Keep no images.',
  },
};
/**
 * Grooming and the blackmail of a minor: the conversation is the evidence a complaint needs, but a
 * sexual image of the child never is (CP 227-23). Said to everyone while the capture is kept.
 */
const KEEP_MESSAGES_NOT_IMAGES = {
  unless: ['linkOnly'] as PredicateName[],
  text: {
    fr: 'Gardez les messages : captures de la conversation, pseudonyme et profil de l’auteur, plateforme, date et heure, demandes d’argent. Ne gardez jamais une image sexuelle de l’enfant : si la conversation en montre une, répondez « oui » à la question sur les images, et Vigie ne gardera que l’adresse.',
    en: 'Keep the messages: screenshots of the conversation, the author’s username and profile, the platform, date and time, any demand for money. Never keep a sexual image of the child: if the conversation shows one, answer “yes” to the question about images, and Vigie will keep only the address.',
  },
};
/** Once the CSAM rule applies to a conversation: what can still be written down. */
const NOTE_WHAT_TO_WRITE = {
  when: ['linkOnly'] as PredicateName[],
  text: {
    fr: 'Vigie ne garde que l’adresse. Notez à la main le pseudonyme de l’auteur, la plateforme, la date et l’heure des messages : les enquêteurs en auront besoin.',
    en: 'Vigie keeps only the address. Write down the author’s username, the platform, and the date and time of the messages: investigators will need them.',
  },
};
/** Sexual images of a minor follow the CSAM route: PHAROS and the INHOPE hotline, link only. */
const AS_CSAM_WITH_MINOR: StepRow[] = [
  { channel: 'pharos', as: 'primary', why: 'pharosMinors', when: ['minor'] },
  { channel: 'point-de-contact', as: 'primary', why: 'pdcCsam', when: ['minor'] },
  { channel: 'child-in-danger-119', as: 'also', why: 'c119', when: ['minor'] },
];

/**
 * Intimate images shared without consent and sexual deepfakes go to the same doors: Disrupt for an
 * adult (who keeps their evidence), the CSAM route as soon as a minor is shown.
 */
const SEXUAL_IMAGES_RULES: Omit<CategoryRulesRow, 'category'> = {
  steps: [
    ...E3018_FIRST,
    ...AS_CSAM_WITH_MINOR,
    // An adult in a private circle (a partner, an acquaintance): PHAROS does not take private
    // matters with someone known, so the police are the official door, Disrupt next to them.
    ...POLICE_INSTEAD.map((r) => ({ ...r, unless: [...(r.unless ?? []), 'minor'] as PredicateName[] })),
    { channel: 'point-de-contact-disrupt', as: 'primary', why: 'disrupt', unless: ['minor'] },
    { ...PHAROS_PUBLIC, as: 'also', unless: ['minor', 'private', 'notPublic'] },
    WOMEN_3919,
    ...COMPLAINT_FOR_VICTIMS,
  ],
  outOfScope: [
    { ...PRIVATE_OUT, unless: ['minor'] },
    { ...NOT_PUBLIC_OUT, unless: ['minor'] },
  ],
  notes: [MINOR_SEXUAL_IMAGES, NO_CAPTURE],
  omitIdentity: { when: ['minor'] },
  sources: [S.disrupt, S.pharos, S.eEnfance, S.dsa16, S.pharosPrivate],
};

/** Violence aimed at a person (harassment, threats): 3018 for a minor, PHAROS when public, the police otherwise. */
const AGAINST_A_PERSON: StepRow[] = [
  ...E3018_FIRST,
  PHAROS_PUBLIC,
  ...POLICE_INSTEAD,
  E3018_WITNESS,
  PDC,
  WOMEN_3919,
  ...COMPLAINT_FOR_VICTIMS,
];

// ── One entry per category ──────────────────────────────────────────────────
export const categoryRules: CategoryRulesRow[] = [
  {
    category: 'terrorism',
    pharosTopic: PHAROS_TOPIC.terrorism,
    steps: [PHAROS_NOT_PRIVATE, ...POLICE_INSTEAD_PRIVATE_ONLY, PDC],
    outOfScope: [PRIVATE_OUT],
    sources: [S.pharos, S.pharosNew, S.pdc],
  },
  {
    category: 'child-sexual-abuse-material',
    impliesMinor: true,
    pharosTopic: PHAROS_TOPIC.minors,
    steps: [
      { channel: 'pharos', as: 'primary', why: 'pharos' },
      { channel: 'point-de-contact', as: 'primary', why: 'pdcCsam' },
      { channel: 'e-enfance-3018', as: 'also', why: 'e3018Also', when: ['victimSide'] },
      { channel: 'child-in-danger-119', as: 'also', why: 'c119', when: ['parent'] },
      ...COMPLAINT_FOR_VICTIMS,
    ],
    notes: [NO_CAPTURE],
    omitIdentity: {},
    sources: [S.f31979, S.pdc, S.dsa16],
  },
  {
    category: 'grooming',
    impliesMinor: true,
    pharosTopic: PHAROS_TOPIC.minors,
    steps: [
      ...E3018_FIRST,
      PHAROS_NOT_PRIVATE,
      // A sexual image of the child in the conversation: the CSAM route, PHAROS even in a private exchange.
      { channel: 'pharos', as: 'primary', why: 'pharosMinors', when: ['linkOnly'] },
      { channel: 'point-de-contact', as: 'primary', why: 'pdcCsam', when: ['linkOnly'] },
      ...POLICE_INSTEAD_PRIVATE_ONLY,
      PDC,
      { channel: 'child-in-danger-119', as: 'also', why: 'c119' },
      ...COMPLAINT_FOR_VICTIMS,
    ],
    outOfScope: [{ ...PRIVATE_OUT, unless: ['linkOnly'] }],
    notes: [KEEP_MESSAGES_NOT_IMAGES, NO_CAPTURE, NOTE_WHAT_TO_WRITE],
    // Solicitation of a child is within Directive 2011/93 Arts 3–7 (Art. 6).
    omitIdentity: {},
    sources: [S.pharos, S.f31979, S.eEnfance, S.dsa16, S.pharosVictim, S.policeGrooming, S.pdc],
  },
  {
    category: 'sextortion',
    steps: [
      ...E3018_FIRST,
      // A minor: PHAROS (minors' section) and the INHOPE hotline; in a private exchange with someone
      // known, PHAROS only once a sexual image of the child makes it CSAM, the police otherwise.
      { channel: 'pharos', as: 'primary', why: 'pharosMinors', when: ['minor'], unless: ['private'] },
      { channel: 'pharos', as: 'primary', why: 'pharosMinors', when: ['minor', 'linkOnly'] },
      { channel: 'point-de-contact', as: 'primary', why: 'pdcCsam', when: ['minor'] },
      { channel: 'complaint', as: 'primary', why: 'complaintPrivate', when: ['minor', 'private', 'victimSide'] },
      { channel: 'ma-securite-chat', as: 'primary', why: 'chat', when: ['minor', 'private'], unless: ['linkOnly'] },
      { channel: 'child-in-danger-119', as: 'also', why: 'c119', when: ['minor'] },
      // An adult: THESEE only when the relationship was online only and money was demanded (R45983).
      {
        channel: 'thesee',
        as: 'primary',
        why: 'theseeBlackmail',
        when: ['victimSide', 'moneyDemanded'],
        unless: ['minor', 'metInPerson'],
      },
      {
        channel: 'complaint',
        as: 'primary',
        why: 'complaintBlackmail',
        when: ['victimSide', 'metInPerson'],
        unless: ['minor'],
      },
      {
        channel: 'complaint',
        as: 'primary',
        why: 'complaintBlackmail',
        when: ['victimSide'],
        unless: ['minor', 'moneyDemanded'],
      },
      { channel: 'cyber-17', as: 'primary', why: 'cyber17', unless: ['minor'] },
      { channel: 'complaint', as: 'also', why: 'complaintParent', when: ['parent'] },
      { channel: 'complaint', as: 'also', why: 'complaintBlackmail', when: ['targeted'] },
      // THESEE's blackmail report is open to minors too (R45983): after the child-protection channels.
      {
        channel: 'thesee',
        as: 'also',
        why: 'theseeMinor',
        when: ['minor', 'victimSide', 'moneyDemanded'],
        unless: ['metInPerson'],
      },
      { channel: 'women-violence-3919', as: 'also', why: 'women3919', when: ['targeted'], unless: ['minor'] },
    ],
    outOfScope: [{ ...PRIVATE_OUT, when: ['minor', 'private'], unless: ['linkOnly'] }],
    notes: [{ ...KEEP_MESSAGES_NOT_IMAGES, when: ['minor'] }, NO_CAPTURE, NOTE_WHAT_TO_WRITE],
    omitIdentity: { when: ['minor'] },
    sources: [S.theseeBlackmail, S.sextortion, S.eEnfance, S.cyber17, S.dsa16, S.theseeMinors, S.policeGrooming],
  },
  {
    category: 'cyber-harassment',
    pharosTopic: PHAROS_TOPIC.threats,
    steps: AGAINST_A_PERSON,
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.eEnfance, S.f31979],
  },
  {
    category: 'threats',
    pharosTopic: PHAROS_TOPIC.threats,
    steps: AGAINST_A_PERSON,
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.pharosNew, S.eEnfance],
  },
  {
    category: 'hate-incitement',
    steps: [
      // A minor targeted by hate speech: the 3018 serves young victims and their parents, not only witnesses.
      ...E3018_FIRST,
      PHAROS_PUBLIC,
      ...POLICE_INSTEAD,
      PDC,
      { channel: 'licra', as: 'also', why: 'licra' },
      { channel: 'crif', as: 'also', why: 'crif' },
      E3018_WITNESS,
      ...COMPLAINT_FOR_VICTIMS,
    ],
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.f31979, S.trustedFlaggers, S.e3018Audience],
  },
  {
    category: 'insult-defamation',
    steps: [
      ...E3018_FIRST,
      { channel: 'complaint', as: 'primary', why: 'complaintInsult', when: ['victimSide'] },
      { channel: 'point-de-contact', as: 'primary', why: 'pdcAlso', when: ['witness'] },
      PDC,
      E3018_WITNESS,
    ],
    outOfScope: [
      {
        why: {
          fr: 'PHAROS ne traite pas l’injure ou la diffamation visant une personne identifiée, que ce soit vous ou quelqu’un d’autre : seule la personne visée (ou ses parents, si elle est mineure) peut porter plainte.',
          en: 'PHAROS does not handle insult or defamation of an identified person, whether you or someone else: only the person targeted (or their parents, for a minor) can file a complaint.',
        },
        redirect: ['complaint', 'ma-securite-chat'],
      },
    ],
    sources: [S.f31979, S.pharos, S.eEnfance],
  },
  {
    category: 'crimes-against-humanity-apology-denial',
    steps: [
      PHAROS_PUBLIC,
      ...POLICE_INSTEAD,
      PDC,
      { channel: 'licra', as: 'also', why: 'licra' },
      { channel: 'crif', as: 'also', why: 'crif' },
    ],
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.trustedFlaggers],
  },
  { category: 'non-consensual-intimate-images', ...SEXUAL_IMAGES_RULES },
  { category: 'sexual-deepfake', ...SEXUAL_IMAGES_RULES },
  {
    category: 'doxxing',
    pharosTopic: PHAROS_TOPIC.threats,
    steps: [...E3018_FIRST, PHAROS_PUBLIC, ...POLICE_INSTEAD, E3018_WITNESS, PDC, ...COMPLAINT_FOR_VICTIMS],
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.eEnfance],
  },
  {
    category: 'identity-theft',
    steps: [
      ...E3018_FIRST,
      { channel: 'complaint', as: 'primary', why: 'complaintIdentity', when: ['victimSide'] },
      { channel: 'point-de-contact', as: 'primary', why: 'pdcIdentity', when: ['witness'] },
      { channel: 'cyber-17', as: 'also', why: 'cyber17' },
      { channel: 'point-de-contact', as: 'also', why: 'pdcIdentity' },
      E3018_WITNESS,
    ],
    sources: [S.complaint, S.eEnfance, S.pdc, S.cyber17],
  },
  {
    category: 'suicide-self-harm-incitement',
    steps: [
      { channel: 'suicide-prevention-3114', as: 'emergency', why: 's3114Danger', when: ['danger'] },
      PHAROS_NOT_PRIVATE,
      ...POLICE_INSTEAD_PRIVATE_ONLY,
      { channel: 'suicide-prevention-3114', as: 'also', why: 's3114' },
      PDC,
      { channel: 'child-in-danger-119', as: 'also', why: 'c119', when: ['minor'] },
    ],
    outOfScope: [PRIVATE_OUT],
    sources: [S.pharos, S.suicide, S.pdc],
  },
  {
    category: 'torture-barbarity-images',
    steps: [
      // The victim of a filmed assault (or their parent): the 3018 for a minor, and the complaint.
      ...E3018_FIRST,
      { channel: 'complaint', as: 'primary', why: 'complaintAssault', when: ['targeted'] },
      { channel: 'complaint', as: 'primary', why: 'complaintParent', when: ['parent'] },
      PHAROS_PUBLIC,
      ...POLICE_INSTEAD,
      // Violence against a child shown online: child protection too.
      { channel: 'child-in-danger-119', as: 'also', why: 'c119Violence', when: ['minor'] },
      { channel: 'e-enfance-3018', as: 'also', why: 'e3018Also', when: ['minor'] },
      PDC,
      {
        channel: 'victim-support-116006',
        as: 'also',
        why: 'victimSupport116006',
        when: ['targeted'],
        unless: ['minor'],
      },
    ],
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.c119, S.eEnfance, S.f31979, S.pharosVictim],
  },
  {
    category: 'animal-cruelty',
    steps: [PHAROS_PUBLIC, ...POLICE_INSTEAD, { channel: 'ifaw-france', as: 'also', why: 'ifaw' }],
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.f31979, S.trustedFlaggers],
  },
  {
    category: 'drug-trafficking',
    pharosTopic: PHAROS_TOPIC.trafficking,
    steps: [PHAROS_NOT_PRIVATE, ...POLICE_INSTEAD_PRIVATE_ONLY],
    outOfScope: [PRIVATE_OUT],
    sources: [S.pharos, S.pharosNew],
  },
  {
    category: 'weapons-trafficking',
    pharosTopic: PHAROS_TOPIC.trafficking,
    steps: [PHAROS_NOT_PRIVATE, ...POLICE_INSTEAD_PRIVATE_ONLY],
    outOfScope: [PRIVATE_OUT],
    sources: [S.pharos, S.pharosNew],
  },
  {
    // The victim goes to THESEE (PHAROS's own form sends a victim's fraud there); a witness of a
    // scam seen online (a fake shop, a fraudulent advert) reports it on PHAROS, which lists
    // « Escroquerie en ligne (hors spam) » among the content it takes.
    category: 'online-scam',
    pharosTopic: PHAROS_TOPIC.scam,
    steps: [
      { channel: 'thesee', as: 'primary', why: 'thesee', when: ['victimSide'] },
      { channel: 'cyber-17', as: 'primary', why: 'cyber17', when: ['victimSide'] },
      { channel: 'pharos', as: 'primary', why: 'pharos', unless: ['victimSide', 'private', 'notPublic'] },
      // Seen in a private or addressed exchange, not as its target: PHAROS takes public content only.
      { channel: 'cyber-17', as: 'primary', why: 'cyber17', when: ['private'] },
      { channel: 'cyber-17', as: 'primary', why: 'cyber17', when: ['notPublic'] },
      { channel: 'cyber-17', as: 'also', why: 'cyber17' },
      { channel: 'signalconso', as: 'also', why: 'signalConsoScam' },
      { channel: 'indecosa-cgt', as: 'also', why: 'indecosa' },
    ],
    notes: [
      {
        when: ['victimSide'],
        text: {
          fr: 'Victime : PHAROS renvoie les escroqueries vers THESEE, où votre signalement ou votre plainte sera traité.',
          en: 'As a victim: PHAROS sends fraud to THESEE, where your report or complaint is handled.',
        },
      },
      {
        when: ['witness'],
        text: {
          fr: 'Témoin : PHAROS transmet à THESEE les escroqueries qui relèvent de ce service. Si l’on vous a demandé de payer (une petite annonce, un faux site), vous êtes la personne visée : choisissez « Je suis la personne visée », les formulaires THESEE sont faits pour vous.',
          en: 'As a witness: PHAROS forwards to THESEE the scams within its remit. If you were asked to pay (a classified ad, a fake shop), you are the person targeted: choose “I am the person targeted”; THESEE’s forms are written for you.',
        },
      },
    ],
    sources: [S.thesee, S.pharosNew, S.pharos, S.cyber17, S.signalConso, S.pharosVictim],
  },
  {
    category: 'phishing',
    steps: [
      { channel: 'phishing-initiative', as: 'primary', why: 'phishingInitiative' },
      { channel: 'cyber-17', as: 'primary', why: 'cyber17Phishing', when: ['victimSide'] },
      { channel: 'cyber-17', as: 'also', why: 'cyber17Phishing' },
      { channel: 'signal-spam', as: 'also', why: 'signalSpam' },
      { channel: 'spam-sms-33700', as: 'also', why: 'sms33700' },
      ...COMPLAINT_FOR_VICTIMS,
    ],
    sources: [S.phishing, S.cyber17, S.spam, S.af2m],
  },
  {
    category: 'spam',
    steps: [
      { channel: 'signal-spam', as: 'primary', why: 'signalSpam' },
      { channel: 'spam-sms-33700', as: 'primary', why: 'sms33700' },
      { channel: 'cyber-17', as: 'also', why: 'cyber17Spam' },
    ],
    outOfScope: [
      {
        why: {
          fr: 'PHAROS ne traite pas le spam : il se signale à Signal Spam (courriels) ou au 33700 (SMS, appels).',
          en: 'PHAROS does not handle spam: report it to Signal Spam (email) or 33700 (texts, calls).',
        },
        redirect: ['signal-spam', 'spam-sms-33700'],
      },
    ],
    sources: [S.f31979, S.spam, S.af2m, S.cyber17],
  },
  {
    category: 'illegal-product-marketplace',
    steps: [
      // An object representing a child sexually (CP 227-23): the CSAM route, link only.
      { channel: 'pharos', as: 'primary', why: 'pharosMinors', when: ['linkOnly'] },
      { channel: 'point-de-contact', as: 'primary', why: 'pdcCsam', when: ['linkOnly'] },
      { channel: 'signalconso', as: 'primary', why: 'signalConsoProduct', unless: ['linkOnly'] },
      { channel: 'pharos', as: 'also', why: 'pharosProducts', unless: ['private'] },
      { channel: 'indecosa-cgt', as: 'also', why: 'indecosa', unless: ['linkOnly'] },
    ],
    notes: [NO_CAPTURE],
    omitIdentity: { when: ['linkOnly'] },
    sources: [S.signalConso, S.pharos, S.trustedFlaggers, S.dollsInquiry, S.pdc, S.dsa16],
  },
  {
    category: 'minors-exposed-harmful-content',
    steps: [
      { channel: 'point-de-contact', as: 'primary', why: 'pdcMinors' },
      { channel: 'e-enfance-3018', as: 'also', why: 'e3018Also', when: ['minor'] },
      { channel: 'child-in-danger-119', as: 'also', why: 'c119', when: ['minor'] },
    ],
    sources: [S.pdc, S.eEnfance],
  },
  {
    category: 'piracy',
    // ALPA is a designated trusted flagger, but no source shows that it takes reports from the
    // public: it is never the only door. PHAROS takes any content contrary to French law (F31979).
    pharosTopic: PHAROS_TOPIC.offences,
    steps: [
      { ...PHAROS_NOT_PRIVATE, why: 'pharosPiracy' },
      { channel: 'ma-securite-chat', as: 'primary', why: 'chat', when: ['private'] },
      { channel: 'alpa', as: 'also', why: 'alpa' },
    ],
    outOfScope: [PRIVATE_OUT],
    sources: [S.trustedFlaggers, S.f31979],
  },
  {
    category: 'illegal-advertising',
    // The DGCCRF is competent for loi Évin advertising too; Addictions France, a trusted flagger,
    // has no verified public reporting page: it comes second.
    steps: [
      { channel: 'signalconso', as: 'primary', why: 'signalConsoAds' },
      { channel: 'addictions-france', as: 'also', why: 'addictions' },
    ],
    sources: [S.trustedFlaggers, S.signalConso, S.dgccrfEvin],
  },
  {
    category: 'other',
    pharosTopic: PHAROS_TOPIC.offences,
    steps: [PHAROS_PUBLIC, ...POLICE_INSTEAD, PDC, ...COMPLAINT_POSSIBLE],
    outOfScope: [PRIVATE_OUT, NOT_PUBLIC_OUT],
    sources: [S.pharos, S.pharosNew, S.complaint],
  },
];
