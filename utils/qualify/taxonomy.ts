/**
 * Vigie's own categories of illegal online content, as data: what each one covers in plain words,
 * the French offences behind it (with maximum penalties), its DSA v2 statement-of-reasons code,
 * how urgent it is, and where the facts come from.
 *
 * Confidence: `verified` means every legal basis and limit in the entry was read in a source
 * (primary, or a reliable third-party copy); `to-check` means at least one fact (an article, a
 * penalty, a prescription delay) still needs a check on Légifrance before it is shown as certain.
 * `checked` dates are desk checks against stored copies of the sources, not live visits.
 *
 * This is legal information to orient a citizen, never legal advice; Vigie is not an official service.
 */
import { z } from '@/utils/zod';
import { dsaCategorySchema, dsaKeywordSchema } from './dsa';

const text = z.string().trim().min(1);
export const localizedSchema = z.object({ fr: text, en: text });
export const localizedListSchema = z.object({ fr: z.array(text).min(1), en: z.array(text).min(1) });
const isoDate = z.iso.date();
export const confidenceSchema = z.enum(['verified', 'to-check']);
export type Confidence = z.output<typeof confidenceSchema>;

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https$/ }),
  title: text,
  checked: isoDate,
});
export type Source = z.output<typeof sourceSchema>;

export const legalBasisSchema = z.object({
  /** The text: 'Code pénal', 'Loi du 29 juillet 1881', … */
  code: text,
  article: text,
  label: localizedSchema,
  maxPenalty: localizedSchema,
  confidence: confidenceSchema,
});
export type LegalBasis = z.output<typeof legalBasisSchema>;

export const urgencies = ['emergency', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof urgencies)[number];

export const categorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
    label: localizedSchema,
    description: localizedSchema,
    examples: localizedListSchema,
    legalBasis: z.array(legalBasisSchema),
    dsa: z.object({ category: dsaCategorySchema, keyword: dsaKeywordSchema }),
    urgency: z.enum(urgencies),
    /** A person targeted by this content must file a complaint (plainte) themselves: a report is not enough for them. */
    victimComplaintNeeded: z.boolean(),
    /** Short prescription (press-law offences): after this delay from publication, no prosecution is possible. */
    prescription: z
      .object({ months: z.number().int().positive(), basis: text, note: localizedSchema, confidence: confidenceSchema })
      .optional(),
    /** Child sexual abuse material: no capture at all, identity omitted from notices (DSA Art. 16(2)(c)). */
    csam: z.boolean(),
    /** `url-only`: Vigie stores no screenshot, archive or thumbnail for this category, only the address and text notes. */
    evidence: z.enum(['full', 'url-only']),
    confidence: confidenceSchema,
    sources: z.array(sourceSchema).min(1),
  })
  .refine((c) => !c.csam || c.evidence === 'url-only', 'CSAM is URL-only')
  .refine(
    (c) => c.confidence === 'to-check' || c.legalBasis.every((b) => b.confidence === 'verified'),
    'an entry with an unverified legal basis is to-check',
  )
  .refine(
    (c) => c.confidence === 'to-check' || !c.prescription || c.prescription.confidence === 'verified',
    'an entry with an unverified prescription is to-check',
  );
export type Category = z.output<typeof categorySchema>;

const CHECKED = '2026-11-22';
const src = (url: string, title: string): Source => ({ url, title, checked: CHECKED });

const S = {
  f31979: src(
    'https://www.service-public.fr/particuliers/vosdroits/F31979',
    'Service-public.fr — Comment signaler le contenu illégal d’un site internet ?',
  ),
  pharosPage: src(
    'https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-officiel-signalement-contenus-illicites-internet-pharos',
    'Ma Sécurité — Portail officiel de signalement des contenus illicites (PHAROS)',
  ),
  pharosNew: src(
    'https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise',
    'Ma Sécurité — PHAROS se modernise (2025)',
  ),
  codePenal: src('https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719', 'Légifrance — Code pénal'),
  cp421_2_5: src(
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029755573',
    'Légifrance — Code pénal, art. 421-2-5',
  ),
  cp223_13: src(
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000021342968',
    'Légifrance — Code pénal, art. 223-13',
  ),
  cp226_8_1: src(
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049567458',
    'Légifrance — Code pénal, art. 226-8-1',
  ),
  cp222_33_2_2: src(
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029334247',
    'Légifrance — Code pénal, art. 222-33-2-2',
  ),
  loi1881: src(
    'https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006070722',
    'Légifrance — Loi du 29 juillet 1881 sur la liberté de la presse',
  ),
  loi1881_24bis: src(
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006419717',
    'Légifrance — Loi du 29 juillet 1881, art. 24 bis',
  ),
  pdcCompetences: src('https://www.pointdecontact.net/champ_competences/', 'Point de Contact — Champ de compétences'),
  disrupt: src('https://www.pointdecontact.net/disrupt/', 'Point de Contact — Disrupt'),
  thesee: src(
    'https://www.service-public.fr/particuliers/vosdroits/N31138',
    'Service-public.fr — Arnaque sur internet (THESEE)',
  ),
  signalSpam: src('https://www.signal-spam.fr', 'Signal Spam'),
  phishingInitiative: src('https://phishing-initiative.fr', 'Phishing Initiative'),
  signalConso: src('https://signal.conso.gouv.fr', 'SignalConso (DGCCRF)'),
  trustedFlaggers: src(
    'https://digital-strategy.ec.europa.eu/en/policies/trusted-flaggers-under-dsa',
    'European Commission — Trusted flaggers under the DSA',
  ),
  iwfFaq: src('https://www.iwf.org.uk/faqs', 'Internet Watch Foundation — FAQs'),
  dsaDb: src(
    'https://github.com/digital-services-act/transparency-database/blob/main/resources/markdown/api-documentation.md',
    'DSA Transparency Database — API documentation (v2)',
  ),
} as const;

const UNKNOWN_PENALTY = {
  fr: 'Peine maximale non vérifiée dans nos sources — à vérifier sur Légifrance.',
  en: 'Maximum penalty not verified in our sources — to check on Légifrance.',
};

type CategoryInput = z.input<typeof categorySchema>;
/** Keeps each id as a literal type, so `CategoryId` is the exact union of the ids below. */
const category = <const Id extends string>(c: Omit<CategoryInput, 'id'> & { id: Id }) => c;

const rawCategories = [
  category({
    id: 'terrorism',
    label: { fr: 'Terrorisme : provocation ou apologie', en: 'Terrorism: incitement or glorification' },
    description: {
      fr: 'Un contenu qui pousse à commettre un attentat, ou qui présente un attentat ou ses auteurs de façon favorable.',
      en: 'Content that urges people to commit a terrorist attack, or that presents an attack or its perpetrators favourably.',
    },
    examples: {
      fr: ['Une vidéo de propagande d’un groupe terroriste', 'Un message qui félicite l’auteur d’un attentat'],
      en: ['A propaganda video from a terrorist group', 'A post praising the perpetrator of an attack'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '421-2-5',
        label: {
          fr: 'Provocation directe à des actes de terrorisme, apologie publique du terrorisme',
          en: 'Direct incitement to terrorism, public glorification of terrorism',
        },
        maxPenalty: {
          fr: '5 ans et 75 000 € ; 7 ans et 100 000 € en ligne',
          en: '5 years and €75,000; 7 years and €100,000 online',
        },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', keyword: 'KEYWORD_TERRORIST_CONTENT' },
    urgency: 'high',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.cp421_2_5, S.pharosPage],
  }),
  category({
    id: 'child-sexual-abuse-material',
    label: { fr: 'Pédocriminalité : images d’abus sexuels sur mineurs', en: 'Child sexual abuse material' },
    description: {
      fr: 'Images, vidéos, dessins ou images générées par IA à caractère sexuel qui représentent un mineur ou une personne qui paraît mineure. Ne faites aucune capture, ne téléchargez rien, ne partagez rien : notez seulement l’adresse et fermez la page.',
      en: 'Sexual images, videos, drawings or AI-generated images depicting a minor or someone who looks like one. Take no screenshot, download nothing, share nothing: note the address only and close the page.',
    },
    examples: {
      fr: [
        'Un lien vers des images sexuelles d’enfants',
        'Un compte qui propose d’échanger ou de vendre de tels contenus',
      ],
      en: ['A link to sexual images of children', 'An account offering to swap or sell such material'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '227-23',
        label: {
          fr: 'Fixation, diffusion, consultation habituelle ou détention d’images pédopornographiques',
          en: 'Making, distributing, habitually viewing or possessing child sexual abuse images',
        },
        maxPenalty: {
          fr: 'Diffusion : 5 ans et 75 000 € (7 ans et 100 000 € par un réseau électronique vers un public non déterminé ; 10 ans et 500 000 € en bande organisée). Consultation habituelle, détention : 2 ans et 30 000 €',
          en: 'Distribution: 5 years and €75,000 (7 years and €100,000 via an electronic network to an undetermined public; 10 years and €500,000 as an organised gang). Habitual viewing, possession: 2 years and €30,000',
        },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: true,
    evidence: 'url-only',
    confidence: 'verified',
    sources: [S.pdcCompetences, S.pharosPage, S.iwfFaq],
  }),
  category({
    id: 'grooming',
    label: {
      fr: 'Pédopiégeage : propositions sexuelles à un mineur',
      en: 'Grooming: sexual advances to a minor',
    },
    description: {
      fr: 'Un adulte qui, en ligne, fait des propositions sexuelles à un mineur ou cherche à le rencontrer dans ce but. Gardez le pseudonyme, la plateforme et l’heure des messages ; ne conservez aucune image.',
      en: 'An adult who, online, makes sexual advances to a minor or tries to meet them for that purpose. Keep the username, the platform and the time of the messages; keep no images.',
    },
    examples: {
      fr: [
        'Un adulte qui demande des photos à un enfant de 12 ans',
        'Un message qui propose un rendez-vous à un collégien',
      ],
      en: ['An adult asking a 12-year-old for photos', 'A message proposing a meeting to a schoolchild'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '227-22-1',
        label: {
          fr: 'Propositions sexuelles à un mineur de 15 ans par voie électronique',
          en: 'Sexual advances to a child under 15 by electronic means',
        },
        maxPenalty: {
          fr: '2 ans et 30 000 € ; 5 ans et 75 000 € si une rencontre a suivi',
          en: '2 years and €30,000; 5 years and €75,000 if a meeting followed',
        },
        confidence: 'verified',
      },
      {
        code: 'Code pénal',
        article: '227-22',
        label: { fr: 'Corruption de mineur', en: 'Corruption of a minor' },
        maxPenalty: {
          fr: '5 ans et 75 000 € ; 7 ans et 100 000 € si le contact a eu lieu par un réseau électronique ; 10 ans et 150 000 € si le mineur a moins de 15 ans',
          en: '5 years and €75,000; 7 years and €100,000 if contact was made over an electronic network; 10 years and €150,000 if the minor is under 15',
        },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'url-only',
    confidence: 'verified',
    sources: [S.pharosPage, S.f31979, S.codePenal],
  }),
  category({
    id: 'sextortion',
    label: { fr: 'Sextorsion : chantage à la vidéo ou photo intime', en: 'Sextortion: blackmail with intimate images' },
    description: {
      fr: 'Quelqu’un menace de diffuser des images intimes pour obtenir de l’argent, d’autres images ou des actes sexuels. Ne payez pas et ne répondez plus. Si la victime est mineure, ne conservez pas les images elles-mêmes.',
      en: 'Someone threatens to publish intimate images to obtain money, more images or sexual acts. Do not pay and stop replying. If the victim is a minor, do not keep the images themselves.',
    },
    examples: {
      fr: [
        'Un faux profil qui réclame de l’argent après un échange par webcam',
        'Un inconnu qui exige d’autres photos d’un adolescent',
      ],
      en: ['A fake profile demanding money after a webcam chat', 'A stranger demanding more photos from a teenager'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '227-22-2',
        label: {
          fr: 'Incitation d’un mineur à commettre des actes sexuels par voie électronique',
          en: 'Inciting a minor to perform sexual acts by electronic means',
        },
        maxPenalty: {
          fr: '7 ans et 100 000 € ; 10 ans et 150 000 € si le mineur a moins de 15 ans',
          en: '7 years and €100,000; 10 years and €150,000 if the minor is under 15',
        },
        confidence: 'verified',
      },
      {
        code: 'Code pénal',
        article: '312-10',
        label: { fr: 'Chantage (victime majeure)', en: 'Blackmail (adult victim)' },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.thesee, S.codePenal],
  }),
  category({
    id: 'cyber-harassment',
    label: { fr: 'Cyberharcèlement, y compris les raids', en: 'Cyber-harassment, including raids' },
    description: {
      fr: 'Des messages répétés qui dégradent la vie de la personne visée, qu’ils viennent d’une seule personne ou de plusieurs qui s’organisent ou s’enchaînent (raid).',
      en: 'Repeated messages that degrade the life of the person targeted, whether from one person or from several who coordinate or pile on (a raid).',
    },
    examples: {
      fr: [
        'Des dizaines de comptes qui insultent la même personne après un appel à “la descendre”',
        'Des messages humiliants envoyés chaque jour à un élève',
      ],
      en: [
        'Dozens of accounts insulting the same person after a call to “go after” them',
        'Humiliating messages sent to a pupil every day',
      ],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '222-33-2-2',
        label: { fr: 'Harcèlement moral, y compris en meute', en: 'Moral harassment, including pile-ons' },
        maxPenalty: {
          fr: '1 an et 15 000 € ; 2 ans et 30 000 € en ligne ou sur un mineur ; 3 ans et 45 000 € avec deux circonstances aggravantes',
          en: '1 year and €15,000; 2 years and €30,000 online or against a minor; 3 years and €45,000 with two aggravating circumstances',
        },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_CYBER_HARASSMENT' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.cp222_33_2_2, S.pharosPage],
  }),
  category({
    id: 'threats',
    label: { fr: 'Menaces, dont menaces de mort', en: 'Threats, including death threats' },
    description: {
      fr: 'Un message qui annonce une violence contre une personne ou un groupe : menace de mort, de viol, d’agression, parfois assortie d’une condition.',
      en: 'A message announcing violence against a person or a group: threats to kill, rape or assault, sometimes with a condition attached.',
    },
    examples: {
      fr: ['« Je sais où tu habites, tu vas mourir »', 'Une menace d’attaque contre un établissement scolaire'],
      en: ['“I know where you live, you are going to die”', 'A threat to attack a school'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '222-17',
        label: {
          fr: 'Menace de crime ou de délit contre les personnes',
          en: 'Threat of a crime or offence against persons',
        },
        maxPenalty: {
          fr: '6 mois et 7 500 € ; menace de mort : 3 ans et 45 000 €',
          en: '6 months and €7,500; death threat: 3 years and €45,000',
        },
        confidence: 'verified',
      },
      {
        code: 'Code pénal',
        article: '222-18',
        label: { fr: 'Menace sous condition', en: 'Conditional threat' },
        maxPenalty: {
          fr: '3 ans et 45 000 € ; menace de mort : 5 ans et 75 000 €',
          en: '3 years and €45,000; death threat: 5 years and €75,000',
        },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_VIOLENCE', keyword: 'KEYWORD_INCITEMENT_VIOLENCE_HATRED' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.pharosPage, S.codePenal],
  }),
  category({
    id: 'hate-incitement',
    label: {
      fr: 'Provocation à la haine, à la violence ou à la discrimination',
      en: 'Incitement to hatred, violence or discrimination',
    },
    description: {
      fr: 'Un contenu public qui appelle à haïr, rejeter ou violenter des personnes en raison de leur origine, religion, sexe, orientation sexuelle, identité de genre ou handicap.',
      en: 'Public content calling for hatred, exclusion or violence against people because of their origin, religion, sex, sexual orientation, gender identity or disability.',
    },
    examples: {
      fr: [
        'Une publication qui appelle à chasser les membres d’une religion',
        'Un message qui incite à frapper des personnes homosexuelles',
      ],
      en: [
        'A post calling for the members of a religion to be driven out',
        'A message urging people to beat up gay people',
      ],
    },
    legalBasis: [
      {
        code: 'Loi du 29 juillet 1881',
        article: '24 (al. 7 et 8)',
        label: {
          fr: 'Provocation publique à la haine, à la violence ou à la discrimination',
          en: 'Public incitement to hatred, violence or discrimination',
        },
        maxPenalty: { fr: '1 an et 45 000 €', en: '1 year and €45,000' },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_HATE_SPEECH' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    prescription: {
      months: 12,
      basis: 'Loi du 29 juillet 1881, art. 65-3',
      note: {
        fr: 'Délai d’un an à partir de la publication pour les délits de presse à caractère discriminatoire.',
        en: 'One year from publication for discriminatory press offences.',
      },
      confidence: 'to-check',
    },
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.loi1881, S.pharosPage],
  }),
  category({
    id: 'insult-defamation',
    label: { fr: 'Injure ou diffamation publique', en: 'Public insult or defamation' },
    description: {
      fr: 'Une insulte, ou l’affirmation d’un fait précis qui porte atteinte à l’honneur d’une personne. Quand la personne visée est identifiable (vous ou un autre), PHAROS ne traite pas ce signalement : c’est à la personne visée de porter plainte, et vite, car le délai est court.',
      en: 'An insult, or a specific factual allegation that harms a person’s honour. When the person targeted is identifiable (you or someone else), PHAROS does not handle it: the person targeted must file a complaint, and quickly, as the time limit is short.',
    },
    examples: {
      fr: [
        'Une publication qui accuse nommément un voisin d’être un voleur',
        'Des insultes publiques visant une personne nommée',
      ],
      en: ['A post naming a neighbour and accusing them of theft', 'Public insults aimed at a named person'],
    },
    legalBasis: [
      {
        code: 'Loi du 29 juillet 1881',
        article: '29 al. 1 et 32',
        label: { fr: 'Diffamation publique', en: 'Public defamation' },
        maxPenalty: {
          fr: 'Envers un particulier : 12 000 € d’amende (à vérifier) ; à caractère discriminatoire : 1 an et 45 000 € (à vérifier)',
          en: 'Against a private person: €12,000 fine (to check); discriminatory: 1 year and €45,000 (to check)',
        },
        confidence: 'to-check',
      },
      {
        code: 'Loi du 29 juillet 1881',
        article: '29 al. 2 et 33',
        label: { fr: 'Injure publique', en: 'Public insult' },
        maxPenalty: {
          fr: 'Envers un particulier : 12 000 € d’amende (à vérifier) ; à caractère raciste ou discriminatoire : 1 an et 45 000 €',
          en: 'Against a private person: €12,000 fine (to check); racist or discriminatory: 1 year and €45,000',
        },
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_DEFAMATION' },
    urgency: 'low',
    victimComplaintNeeded: true,
    prescription: {
      months: 3,
      basis: 'Loi du 29 juillet 1881, art. 65 (et 65-3)',
      note: {
        fr: '3 mois à partir de la publication ; 1 an si les propos sont discriminatoires.',
        en: '3 months from publication; 1 year if the statements are discriminatory.',
      },
      confidence: 'to-check',
    },
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.f31979, S.loi1881],
  }),
  category({
    id: 'crimes-against-humanity-apology-denial',
    label: {
      fr: 'Apologie ou négation de crimes contre l’humanité',
      en: 'Glorifying or denying crimes against humanity',
    },
    description: {
      fr: 'Un contenu public qui présente favorablement des crimes de guerre ou contre l’humanité, ou qui conteste leur existence, comme la Shoah.',
      en: 'Public content presenting war crimes or crimes against humanity favourably, or disputing that they happened, such as the Holocaust.',
    },
    examples: {
      fr: ['Une vidéo qui nie l’existence des chambres à gaz', 'Un message qui fait l’éloge d’un génocide'],
      en: ['A video denying the existence of the gas chambers', 'A post praising a genocide'],
    },
    legalBasis: [
      {
        code: 'Loi du 29 juillet 1881',
        article: '24 al. 5',
        label: {
          fr: 'Apologie de crimes de guerre ou contre l’humanité',
          en: 'Glorification of war crimes or crimes against humanity',
        },
        maxPenalty: { fr: '5 ans et 45 000 €', en: '5 years and €45,000' },
        confidence: 'verified',
      },
      {
        code: 'Loi du 29 juillet 1881',
        article: '24 bis',
        label: { fr: 'Contestation de crimes contre l’humanité', en: 'Denial of crimes against humanity' },
        maxPenalty: { fr: '1 an et 45 000 €', en: '1 year and €45,000' },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_HATE_SPEECH' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    prescription: {
      months: 12,
      basis: 'Loi du 29 juillet 1881, art. 65-3',
      note: {
        fr: '1 an pour la contestation (art. 24 bis) ; délai applicable à l’apologie à vérifier.',
        en: '1 year for denial (art. 24 bis); the delay for glorification is to check.',
      },
      confidence: 'to-check',
    },
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.loi1881_24bis, S.loi1881],
  }),
  category({
    id: 'non-consensual-intimate-images',
    label: {
      fr: 'Diffusion d’images intimes sans consentement',
      en: 'Non-consensual sharing of intimate images',
    },
    description: {
      fr: 'Des photos, vidéos ou paroles à caractère sexuel diffusées sans l’accord de la personne, même si elle avait accepté au départ qu’elles soient prises ou envoyées.',
      en: 'Sexual photos, videos or recordings shared without the person’s agreement, even if they had originally agreed to them being taken or sent.',
    },
    examples: {
      fr: [
        'Des photos intimes publiées par un ex-partenaire',
        'Une vidéo filmée à l’insu d’une personne et mise en ligne',
      ],
      en: ['Intimate photos posted by an ex-partner', 'A video filmed without someone’s knowledge and put online'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '226-2-1',
        label: {
          fr: 'Atteinte à l’intimité de la vie privée à caractère sexuel',
          en: 'Invasion of sexual privacy',
        },
        maxPenalty: { fr: '2 ans et 60 000 €', en: '2 years and €60,000' },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.disrupt, S.codePenal],
  }),
  category({
    id: 'sexual-deepfake',
    label: { fr: 'Hypertrucage (deepfake) sexuel', en: 'Sexual deepfake' },
    description: {
      fr: 'Une image, une vidéo ou un son à caractère sexuel fabriqué ou retouché, souvent par IA, qui reproduit une personne réelle sans son accord. Si la personne est mineure, c’est de la pédocriminalité.',
      en: 'A sexual image, video or audio made or altered, often with AI, that reproduces a real person without their consent. If the person is a minor, it is child sexual abuse material.',
    },
    examples: {
      fr: [
        'Une fausse vidéo pornographique avec le visage d’une collègue',
        'Une application qui « déshabille » la photo d’une personne',
      ],
      en: ['A fake porn video with a colleague’s face', 'An app that “undresses” a photo of someone'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '226-8-1',
        label: {
          fr: 'Montage ou contenu généré à caractère sexuel sans consentement',
          en: 'Sexual montage or generated content without consent',
        },
        maxPenalty: {
          fr: '2 ans et 60 000 € ; 3 ans et 75 000 € en ligne',
          en: '2 years and €60,000; 3 years and €75,000 online',
        },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.cp226_8_1, S.disrupt],
  }),
  category({
    id: 'doxxing',
    label: { fr: 'Divulgation d’informations personnelles (doxxing)', en: 'Doxxing: exposing personal information' },
    description: {
      fr: 'La publication d’informations qui permettent d’identifier ou de retrouver une personne (adresse, téléphone, lieu de travail, école) pour l’exposer à un danger.',
      en: 'Publishing information that identifies or locates a person (address, phone, workplace, school) so as to expose them to danger.',
    },
    examples: {
      fr: [
        'L’adresse d’un journaliste publiée avec un appel à « aller le voir »',
        'Le nom et l’école d’un adolescent diffusés dans un groupe hostile',
      ],
      en: [
        'A journalist’s address posted with a call to “pay them a visit”',
        'A teenager’s name and school shared in a hostile group',
      ],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '223-1-1',
        label: {
          fr: 'Mise en danger par diffusion d’informations personnelles',
          en: 'Endangering a person by disclosing their personal information',
        },
        maxPenalty: {
          fr: '3 ans et 45 000 € ; 5 ans et 75 000 € dans certains cas aggravés (liste à vérifier)',
          en: '3 years and €45,000; 5 years and €75,000 in some aggravated cases (list to check)',
        },
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', keyword: 'KEYWORD_OTHER' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.codePenal],
  }),
  category({
    id: 'suicide-self-harm-incitement',
    label: {
      fr: 'Annonce de suicide, incitation au suicide ou à l’automutilation',
      en: 'Suicide announcement, incitement to suicide or self-harm',
    },
    description: {
      fr: 'Une personne qui annonce vouloir mettre fin à ses jours, ou un contenu qui pousse quelqu’un au suicide, à se blesser, ou qui fait la promotion de moyens de se tuer. Si la vie de quelqu’un est en jeu maintenant, appelez d’abord les secours.',
      en: 'Someone announcing they want to end their life, or content pushing someone towards suicide or self-harm, or promoting means of suicide. If a life is at risk now, call emergency services first.',
    },
    examples: {
      fr: ['Un message « ce soir j’en finis »', 'Un compte qui encourage des adolescents à se scarifier'],
      en: ['A post saying “tonight I end it”', 'An account encouraging teenagers to cut themselves'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '223-13',
        label: { fr: 'Provocation au suicide', en: 'Incitement to suicide' },
        maxPenalty: {
          fr: '3 ans et 45 000 € si suivie d’un suicide ou d’une tentative ; 5 ans et 75 000 € si la victime a moins de 15 ans',
          en: '3 years and €45,000 if followed by a suicide or attempt; 5 years and €75,000 if the victim is under 15',
        },
        confidence: 'verified',
      },
      {
        code: 'Code pénal',
        article: '223-14',
        label: {
          fr: 'Propagande ou publicité pour des moyens de se donner la mort',
          en: 'Propaganda or advertising for means of suicide',
        },
        maxPenalty: { fr: '3 ans et 45 000 €', en: '3 years and €45,000' },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SELF_HARM', keyword: 'KEYWORD_SUICIDE' },
    urgency: 'emergency',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.cp223_13, S.pharosPage, S.f31979],
  }),
  category({
    id: 'torture-barbarity-images',
    label: { fr: 'Images de torture ou d’actes de barbarie', en: 'Images of torture or acts of barbarity' },
    description: {
      fr: 'Des images ou vidéos de violences extrêmes sur des personnes, ou l’enregistrement et la diffusion d’une agression filmée.',
      en: 'Images or videos of extreme violence against people, or the filming and sharing of an assault.',
    },
    examples: {
      fr: ['Une vidéo d’exécution', 'Une agression filmée puis partagée pour humilier la victime'],
      en: ['An execution video', 'An assault filmed and shared to humiliate the victim'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '222-33-3',
        label: {
          fr: 'Enregistrement ou diffusion d’images de violences',
          en: 'Recording or sharing images of violence',
        },
        maxPenalty: {
          fr: 'Diffusion : 5 ans et 75 000 € (à vérifier)',
          en: 'Sharing: 5 years and €75,000 (to check)',
        },
        confidence: 'to-check',
      },
      {
        code: 'Code pénal',
        article: '227-24',
        label: {
          fr: 'Message violent susceptible d’être vu par un mineur',
          en: 'Violent message likely to be seen by a minor',
        },
        maxPenalty: { fr: '3 ans et 75 000 € (à vérifier)', en: '3 years and €75,000 (to check)' },
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_VIOLENCE', keyword: 'KEYWORD_OTHER' },
    urgency: 'high',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.pharosPage, S.codePenal],
  }),
  category({
    id: 'animal-cruelty',
    label: { fr: 'Cruauté envers les animaux', en: 'Animal cruelty' },
    description: {
      fr: 'Des images ou vidéos de sévices graves ou d’actes de cruauté sur des animaux, ou la vente illégale d’animaux (espèces protégées notamment).',
      en: 'Images or videos of serious abuse or acts of cruelty to animals, or the illegal sale of animals (protected species in particular).',
    },
    examples: {
      fr: ['Une vidéo où un chat est torturé', 'Une annonce qui vend de l’ivoire ou un animal sauvage protégé'],
      en: ['A video of a cat being tortured', 'A listing selling ivory or a protected wild animal'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '521-1',
        label: {
          fr: 'Sévices graves ou actes de cruauté envers un animal',
          en: 'Serious abuse or acts of cruelty to an animal',
        },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ANIMAL_WELFARE', keyword: 'KEYWORD_ANIMAL_HARM' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.pharosPage, S.f31979],
  }),
  category({
    id: 'drug-trafficking',
    label: { fr: 'Trafic de stupéfiants', en: 'Drug trafficking' },
    description: {
      fr: 'Un compte, un groupe ou une annonce qui propose de vendre ou de livrer des drogues.',
      en: 'An account, group or listing offering to sell or deliver drugs.',
    },
    examples: {
      fr: ['Un canal Telegram avec un « menu » de drogues et des livraisons', 'Une story qui propose de la cocaïne'],
      en: ['A Telegram channel with a drugs “menu” and deliveries', 'A story offering cocaine'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '222-37',
        label: {
          fr: 'Transport, détention, offre ou cession de stupéfiants',
          en: 'Transporting, holding, offering or supplying drugs',
        },
        maxPenalty: { fr: '10 ans et 7 500 000 € (à vérifier)', en: '10 years and €7,500,000 (to check)' },
        confidence: 'to-check',
      },
      {
        code: 'Code pénal',
        article: '222-39',
        label: {
          fr: 'Cession ou offre de stupéfiants pour la consommation personnelle',
          en: 'Supplying or offering drugs for personal use',
        },
        maxPenalty: { fr: '5 ans et 75 000 € (à vérifier)', en: '5 years and €75,000 (to check)' },
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.pharosPage, S.f31979],
  }),
  category({
    id: 'weapons-trafficking',
    label: { fr: 'Trafic d’armes', en: 'Weapons trafficking' },
    description: {
      fr: 'Une offre de vente ou d’échange d’armes, de munitions ou d’explosifs hors du cadre légal.',
      en: 'An offer to sell or swap weapons, ammunition or explosives outside the legal framework.',
    },
    examples: {
      fr: [
        'Une annonce qui vend une arme de poing sans autorisation',
        'Un tutoriel qui propose des pièces d’armes imprimées en 3D',
      ],
      en: ['A listing selling a handgun without authorisation', 'A post offering 3D-printed gun parts'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '222-52 et suivants',
        label: { fr: 'Trafic d’armes', en: 'Arms trafficking' },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
    urgency: 'high',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.pharosPage, S.f31979],
  }),
  category({
    id: 'online-scam',
    label: { fr: 'Arnaque en ligne', en: 'Online scam' },
    description: {
      fr: 'Une tromperie pour obtenir de l’argent ou un bien : fausse annonce, faux site de vente, fausse location, arnaque aux sentiments, faux investissement.',
      en: 'A deception to obtain money or goods: fake listing, fake shop, fake rental, romance scam, fake investment.',
    },
    examples: {
      fr: [
        'Une annonce de console à moitié prix qui exige un paiement hors plateforme',
        'Un faux conseiller qui propose un placement en cryptomonnaie',
      ],
      en: [
        'A half-price console listing that demands payment off the platform',
        'A fake adviser offering a crypto investment',
      ],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '313-1',
        label: { fr: 'Escroquerie', en: 'Fraud' },
        maxPenalty: { fr: '5 ans et 375 000 €', en: '5 years and €375,000' },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_LISTINGS' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.thesee, S.pharosNew],
  }),
  category({
    id: 'phishing',
    label: { fr: 'Hameçonnage (phishing)', en: 'Phishing' },
    description: {
      fr: 'Un faux site ou un faux message qui imite une banque, une administration ou une marque pour voler des identifiants ou des coordonnées bancaires.',
      en: 'A fake site or message imitating a bank, a public body or a brand to steal logins or card details.',
    },
    examples: {
      fr: [
        'Un faux site des impôts qui demande votre carte bancaire',
        'Un SMS de faux colis qui renvoie vers une page de paiement',
      ],
      en: ['A fake tax-office site asking for your card', 'A fake parcel text linking to a payment page'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '313-1',
        label: { fr: 'Escroquerie (ou sa tentative)', en: 'Fraud (or attempted fraud)' },
        maxPenalty: { fr: '5 ans et 375 000 €', en: '5 years and €375,000' },
        confidence: 'verified',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_PHISHING' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.phishingInitiative, S.signalSpam],
  }),
  category({
    id: 'spam',
    label: { fr: 'Spam (courriel, SMS, appels)', en: 'Spam (email, text, calls)' },
    description: {
      fr: 'Des messages commerciaux non sollicités envoyés en masse. PHAROS ne les traite pas : ils se signalent à Signal Spam ou au 33700.',
      en: 'Unsolicited bulk commercial messages. PHAROS does not handle them: report them to Signal Spam or to 33700.',
    },
    examples: {
      fr: ['Des courriels publicitaires répétés sans inscription', 'Des SMS de démarchage non sollicités'],
      en: ['Repeated advertising emails you never signed up for', 'Unsolicited sales texts'],
    },
    legalBasis: [
      {
        code: 'Code des postes et des communications électroniques',
        article: 'L. 34-5',
        label: { fr: 'Prospection directe sans consentement', en: 'Direct marketing without consent' },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC', keyword: 'KEYWORD_OTHER' },
    urgency: 'low',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.f31979, S.signalSpam],
  }),
  category({
    id: 'illegal-product-marketplace',
    label: {
      fr: 'Produit illégal ou dangereux sur une place de marché',
      en: 'Illegal or dangerous product on a marketplace',
    },
    description: {
      fr: 'Un produit interdit, dangereux, non conforme ou contrefait vendu en ligne, ou un vendeur professionnel qui trompe les acheteurs.',
      en: 'A banned, dangerous, non-compliant or counterfeit product sold online, or a professional seller misleading buyers.',
    },
    examples: {
      fr: ['Un jouet sans marquage CE avec de petites pièces', 'Un chargeur qui imite une grande marque et chauffe'],
      en: ['A toy with small parts and no CE marking', 'A charger imitating a big brand that overheats'],
    },
    legalBasis: [
      {
        code: 'Code de la consommation',
        article: 'L. 421-3',
        label: { fr: 'Obligation générale de sécurité des produits', en: 'General product safety obligation' },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_UNSAFE_PRODUCTS' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.signalConso, S.trustedFlaggers],
  }),
  category({
    id: 'minors-exposed-harmful-content',
    label: {
      fr: 'Mineurs exposés à des contenus pornographiques ou violents',
      en: 'Minors exposed to pornographic or violent content',
    },
    description: {
      fr: 'Un contenu pornographique ou très violent accessible à des mineurs sans vraie vérification d’âge, ou qui leur est adressé.',
      en: 'Pornographic or very violent content that minors can reach without real age checks, or that is aimed at them.',
    },
    examples: {
      fr: [
        'Un site pornographique qui se contente d’un bouton « j’ai 18 ans »',
        'Des vidéos choquantes envoyées dans un groupe de collégiens',
      ],
      en: ['A porn site with only an “I am 18” button', 'Shocking videos sent to a group of schoolchildren'],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '227-24',
        label: {
          fr: 'Message pornographique ou violent susceptible d’être vu par un mineur',
          en: 'Pornographic or violent message likely to be seen by a minor',
        },
        maxPenalty: { fr: '3 ans et 75 000 € (à vérifier)', en: '3 years and €75,000 (to check)' },
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.pdcCompetences, S.codePenal],
  }),
  category({
    id: 'piracy',
    label: { fr: 'Piratage audiovisuel', en: 'Audiovisual piracy' },
    description: {
      fr: 'La diffusion sans droits de films, séries, matchs ou chaînes de télévision.',
      en: 'Sharing films, series, sports matches or TV channels without the rights.',
    },
    examples: {
      fr: ['Un site de streaming qui diffuse des films récents', 'Un lien vers la retransmission pirate d’un match'],
      en: ['A streaming site showing recent films', 'A link to a pirated live match'],
    },
    legalBasis: [
      {
        code: 'Code de la propriété intellectuelle',
        article: 'L. 335-2 et L. 335-4',
        label: {
          fr: 'Contrefaçon de droits d’auteur et droits voisins',
          en: 'Copyright and related-rights infringement',
        },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: {
      category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
      keyword: 'KEYWORD_COPYRIGHT_INFRINGEMENT',
    },
    urgency: 'low',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.trustedFlaggers],
  }),
  category({
    id: 'illegal-advertising',
    label: {
      fr: 'Publicité illégale : alcool, tabac, jeux d’argent, drogues',
      en: 'Illegal advertising: alcohol, tobacco, gambling, drugs',
    },
    description: {
      fr: 'Une publicité ou un placement d’influenceur qui vante l’alcool, le tabac ou les paris hors des règles, ou qui pousse à consommer des drogues.',
      en: 'An advert or influencer placement promoting alcohol, tobacco or betting outside the rules, or urging people to take drugs.',
    },
    examples: {
      fr: [
        'Un influenceur qui associe une marque d’alcool à la fête et à la réussite',
        'Un code promo pour un site de paris non autorisé',
      ],
      en: [
        'An influencer linking an alcohol brand with partying and success',
        'A promo code for an unlicensed betting site',
      ],
    },
    legalBasis: [
      {
        code: 'Code de la santé publique',
        article: 'L. 3323-2 et L. 3351-7 (loi Évin)',
        label: { fr: 'Publicité illicite pour l’alcool', en: 'Unlawful alcohol advertising' },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', keyword: 'KEYWORD_RISK_PUBLIC_HEALTH' },
    urgency: 'low',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'to-check',
    sources: [S.trustedFlaggers, S.signalConso],
  }),
  category({
    id: 'other',
    label: { fr: 'Autre contenu illicite', en: 'Other illegal content' },
    description: {
      fr: 'Un contenu qui vous semble illégal mais n’entre dans aucune autre catégorie, par exemple une incitation à commettre une infraction. Un contenu seulement choquant ou de mauvais goût n’a pas à être signalé.',
      en: 'Content you believe is illegal but that fits no other category, for example incitement to commit an offence. Content that is merely shocking or in poor taste need not be reported.',
    },
    examples: {
      fr: ['Un tutoriel qui explique comment fabriquer une bombe', 'Un appel à dégrader des biens publics'],
      en: ['A tutorial explaining how to build a bomb', 'A call to vandalise public property'],
    },
    legalBasis: [],
    dsa: { category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE', keyword: 'KEYWORD_OTHER' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    confidence: 'verified',
    sources: [S.pharosNew, S.f31979],
  }),
];

export type CategoryId = (typeof rawCategories)[number]['id'];
export const categoryIds = rawCategories.map((c) => c.id) as readonly CategoryId[];
export const categoryIdSchema = z.enum(categoryIds as [CategoryId, ...CategoryId[]]);

/** Every category, parsed by the schema at load: malformed data fails loudly, not in the UI. */
export const categories: readonly (Category & { id: CategoryId })[] = z
  .array(categorySchema)
  .parse(rawCategories) as (Category & { id: CategoryId })[];

export const categoryById: Readonly<Record<CategoryId, Category & { id: CategoryId }>> = Object.fromEntries(
  categories.map((c) => [c.id, c]),
) as Record<CategoryId, Category & { id: CategoryId }>;

export function isCategoryId(value: string): value is CategoryId {
  return (categoryIds as readonly string[]).includes(value);
}
