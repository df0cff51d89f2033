/**
 * Vigie's own categories of illegal online content, as plain data: what each one covers in plain
 * words, the French offences behind it (maximum penalty, short prescription where one applies,
 * and where we read it), its DSA v2 statement-of-reasons codes, how urgent it is, and its sources.
 * The shape and its rules are in `taxonomy.schema.ts`; `taxonomy.ts` parses these rows at load.
 *
 * `checked` dates are desk checks against stored copies of the sources, not live visits. A
 * Légifrance `article_lc` link is used only where the article's LEGIARTI id appeared in a copy we
 * read; otherwise the source is the copy itself, or the code's Légifrance page for to-check facts.
 *
 * This is legal information to orient a citizen, never legal advice; Vigie is not an official service.
 */
import type { Localized } from '@/utils/localized';
import type { CategoryInput, Source } from './taxonomy.schema';

const CHECKED = '2026-11-22';
/** Facts added or corrected on this date (grooming, blackmail, animals, weapons, press deadlines, identity theft). */
const RECHECKED = '2026-11-28';
/** Facts added or corrected on this date (issue 19: evidence of grooming and sextortion, child-like objects, filmed assaults). */
const FIXED = '2026-12-05';
const src = (url: string, title: string, checked: string = CHECKED): Source => ({ url, title, checked });
const legifranceArticle = (id: string, title: string) =>
  src(`https://www.legifrance.gouv.fr/codes/article_lc/${id}`, `Légifrance — ${title}`, RECHECKED);

export const S = {
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
  cpce: src(
    'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070987',
    'Légifrance — Code des postes et des communications électroniques',
  ),
  codeConso: src(
    'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565',
    'Légifrance — Code de la consommation',
  ),
  cpi: src(
    'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069414',
    'Légifrance — Code de la propriété intellectuelle',
  ),
  csp: src(
    'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665',
    'Légifrance — Code de la santé publique',
  ),
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
  cp227_23: legifranceArticle('LEGIARTI000006418095', 'Code pénal, art. 227-23'),
  cp227_22_1: legifranceArticle('LEGIARTI000006418086', 'Code pénal, art. 227-22-1'),
  /** Created by loi n° 2021-478 du 21 avril 2021, art. 3; text read in a copy of the article and of the law. */
  cp227_23_1: src(
    'https://code-penal.fr/article-227-23-1-a43405758.html',
    'code-penal.fr — Code pénal, art. 227-23-1 (texte Légifrance, créé par la loi n° 2021-478, art. 3)',
    RECHECKED,
  ),
  /** Current version: 7 years and €100,000 online with sexual images (loi SREN). */
  cp312_10: legifranceArticle('LEGIARTI000006418179', 'Code pénal, art. 312-10 (chantage)'),
  /** Section « Du chantage » (art. 312-10 to 312-12): 312-11 punishes the attempt with the same penalties. */
  cpChantageSection: src(
    'https://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006165328&cidTexte=LEGITEXT000006070719',
    'Légifrance — Code pénal, section « Du chantage » (art. 312-10 à 312-12)',
    RECHECKED,
  ),
  /** Version in force since 2 December 2021 (loi n° 2021-1539). */
  cp521_1: legifranceArticle('LEGIARTI000006418948', 'Code pénal, art. 521-1'),
  /** The aggravated penalty (4 years, €60,000) is stated in this analysis of loi n° 2021-1539. */
  loi2021_1539: src(
    'https://dode-avocat.fr/loi-du-30-novembre-2021-un-pas-supplementaire-vers-une-meilleure-protection-penale-de-lanimal/',
    'Dode avocat — Loi du 30 novembre 2021 : protection pénale de l’animal',
    RECHECKED,
  ),
  cp521_1_2: src(
    'https://code-penal.fr/article-521-1-2-a44389810.html',
    'code-penal.fr — Code pénal, art. 521-1-2 (texte Légifrance, créé par la loi n° 2021-1539, art. 39)',
    RECHECKED,
  ),
  cp222_52: legifranceArticle('LEGIARTI000032632509', 'Code pénal, art. 222-52 (trafic d’armes)'),
  cp226_4_1: legifranceArticle('LEGIARTI000023709201', 'Code pénal, art. 226-4-1 (usurpation d’identité)'),
  loi1881: src(
    'https://www.legifrance.gouv.fr/loda/id/LEGITEXT000006070722',
    'Légifrance — Loi du 29 juillet 1881 sur la liberté de la presse',
  ),
  loi1881_24bis: src(
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006419717',
    'Légifrance — Loi du 29 juillet 1881, art. 24 bis',
  ),
  loi1881_65: src(
    'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006419865',
    'Légifrance — Loi du 29 juillet 1881, art. 65 (prescription de trois mois)',
    RECHECKED,
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
  /** « un dépôt de plainte est nécessaire » when the person reporting is the victim (12/05/2025). */
  pharosVictim: src(
    'https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise',
    'Ma Sécurité — PHAROS se modernise : « la personne qui signale peut indiquer si elle est victime, dans ce cas un dépôt de plainte est nécessaire » (12/05/2025)',
    FIXED,
  ),
  /** Grooming and sextortion: keep the messages and screenshots (never pay), block, contact the police. */
  policeGrooming: src(
    'https://police.public.lu/fr/prevention/dangers-sur-internet/grooming-et-sextorsion.html',
    'Police grand-ducale — Grooming et sextorsion : « sauvez les messages et les captures d’écran »',
    FIXED,
  ),
  /**
   * Art. 65-3 lists: provocation (art. 24 al. 7 and 8), contestation (24 bis), discriminatory
   * defamation (32 al. 2 and 3) and insult (33 al. 3 and 4) — on origin, ethnicity, nation, race or
   * religion since 2004 (QPC 2013-302), on sex, sexual orientation or identity and disability since
   * loi n° 2014-56. Read in these two summaries, not in the article itself.
   */
  loi1881_65_3_qpc: src(
    'https://jdbavocats.com/droit-penal/qpc-prescription-allongee-certains-delits-de-presse',
    'JDB avocats — QPC 2013-302 : l’article 65-3 de la loi de 1881 (prescription d’un an) et les délits qu’il vise',
    FIXED,
  ),
  loi2014_56: src(
    'https://www.affaires-publiques.org/textof/TO/14/7861-0114.htm',
    'Affaires publiques — Loi n° 2014-56 du 27 janvier 2014 : un an aussi pour les délits de presse commis en raison du sexe, de l’orientation ou de l’identité sexuelle ou du handicap',
    FIXED,
  ),
  /** Press law, art. 30 to 33 as amended (association's copy of the text). */
  loi1881_29_33: src(
    'https://www.gisti.org/spip.php?article1655',
    'Gisti — L’injure et la diffamation dans les textes (loi du 29 juillet 1881 modifiée, art. 29 à 33)',
    FIXED,
  ),
  injureDiffamationPenalties: src(
    'https://justice.pagesjaunes.fr/ebibliotheque/voir/184621/plainte-pour-injure-ou-pour-diffamation-publique',
    'PagesJaunes Justice — Plainte pour injure ou diffamation publique : 12 000 € ; 1 an et 45 000 € si discriminatoire',
    FIXED,
  ),
  /** The text of art. 222-33-3 quoted in the Minister of Justice's answer (JO 05/01/2010). */
  cp222_33_3: src(
    'https://questions.assemblee-nationale.fr/q13/13-59335QE.htm',
    'Assemblée nationale — Question n° 59335, réponse du garde des Sceaux citant l’article 222-33-3 (JO 05/01/2010)',
    FIXED,
  ),
  /** Version in force since 2 December 2021 (loi n° 2021-1539, art. 40). */
  cp227_24: src(
    'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070719/articles/LEGIARTI000006418096',
    'Doctrine — Code pénal, art. 227-24 (version en vigueur depuis le 2 décembre 2021)',
    FIXED,
  ),
  drugPenalties: src(
    'https://crpc-avocats-adsc.fr/trafic-de-stupefiants',
    'CRPC avocats — Trafic de stupéfiants : art. 222-37 (10 ans, 7 500 000 €) et 222-39 (5 ans, 75 000 €)',
    FIXED,
  ),
  /** 2025 French cases: child-like sex dolls sold online, inquiries under CP 227-23 (Paris prosecutor, Ofmin). */
  dollsInquiry: src(
    'https://www.generation-nt.com/actualites/poupees-sexuelles-enfants-enquete-site-britannique-2068341',
    'Génération NT — Poupées sexuelles d’apparence enfantine : enquêtes du parquet de Paris, dont « la diffusion de l’image ou la représentation d’un mineur présentant un caractère pornographique » (30/12/2025)',
    FIXED,
  ),
  dsaDb: src(
    'https://github.com/digital-services-act/transparency-database/blob/main/resources/markdown/api-documentation.md',
    'DSA Transparency Database — API documentation (v2)',
  ),
} as const;

const UNKNOWN_PENALTY: Localized = {
  fr: 'Peine maximale non vérifiée dans nos sources — à vérifier sur Légifrance.',
  en: 'Maximum penalty not verified in our sources — to check on Légifrance.',
};

/** Press law, art. 65: the general three-month delay, verified. */
const PRESS_3_MONTHS = {
  months: 3,
  basis: 'Loi du 29 juillet 1881, art. 65',
  confidence: 'verified',
  source: S.loi1881_65,
} as const;
/**
 * Press law, art. 65-3: one year, only for the offences it lists — provocation to discrimination,
 * hatred or violence (art. 24 al. 7 and 8), denial of crimes against humanity (24 bis),
 * discriminatory defamation (32 al. 2 and 3) and insult (33 al. 3 and 4), on every protected
 * ground since loi n° 2014-56. Not art. 24 al. 5 (glorification): three months. Verified in
 * summaries of the Conseil constitutionnel's decision 2013-302 and of loi n° 2014-56.
 */
const PRESS_1_YEAR = {
  months: 12,
  basis: 'Loi du 29 juillet 1881, art. 65-3',
  confidence: 'verified',
  source: S.loi1881_65_3_qpc,
} as const;

/** Keeps each id as a literal type, so `CategoryId` is the exact union of the ids below. */
const category = <const Id extends string>(c: Omit<CategoryInput, 'id'> & { id: Id }) => c;

export const categoryRows = [
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
        source: S.cp421_2_5,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', keyword: 'KEYWORD_TERRORIST_CONTENT' },
    urgency: 'high',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
        source: S.cp227_23,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: true,
    evidence: 'url-only',
    linkOnlyWhenMinor: false,
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
      fr: 'Un adulte qui, en ligne, fait des propositions sexuelles à un mineur ou cherche à le rencontrer dans ce but. Gardez les messages (captures de la conversation), le pseudonyme, la plateforme et l’heure ; ne gardez jamais une image sexuelle de l’enfant.',
      en: 'An adult who, online, makes sexual advances to a minor or tries to meet them for that purpose. Keep the messages (screenshots of the conversation), the username, the platform and the time; never keep a sexual image of the child.',
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
        source: S.cp227_22_1,
      },
      {
        code: 'Code pénal',
        article: '227-23-1',
        label: {
          fr: 'Demande par un majeur d’images, vidéos ou représentations pornographiques d’un mineur',
          en: 'An adult asking a minor for pornographic images, videos or depictions of themselves',
        },
        maxPenalty: {
          fr: '7 ans et 100 000 € ; 10 ans et 150 000 € si le mineur a moins de 15 ans ; 10 ans et 1 000 000 € en bande organisée',
          en: '7 years and €100,000; 10 years and €150,000 if the minor is under 15; 10 years and €1,000,000 as an organised gang',
        },
        confidence: 'verified',
        source: S.cp227_23_1,
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    // The conversation is the evidence the complaint needs; a sexual image of the child in it is CSAM.
    evidence: 'full',
    linkOnlyWhenMinor: false,
    linkOnlyWhenMinorSexualImage: true,
    confidence: 'verified',
    sources: [S.pharosPage, S.f31979, S.codePenal, S.pharosVictim, S.policeGrooming, S.pdcCompetences],
  }),
  category({
    id: 'sextortion',
    label: { fr: 'Sextorsion : chantage à la vidéo ou photo intime', en: 'Sextortion: blackmail with intimate images' },
    description: {
      fr: 'Quelqu’un menace de diffuser des images intimes pour obtenir de l’argent, d’autres images ou des actes sexuels. Ne payez pas et ne répondez plus. Gardez les messages de chantage ; si la victime est mineure, ne gardez jamais les images intimes elles-mêmes.',
      en: 'Someone threatens to publish intimate images to obtain money, more images or sexual acts. Do not pay and stop replying. Keep the blackmail messages; if the victim is a minor, never keep the intimate images themselves.',
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
        source: S.codePenal,
      },
      {
        code: 'Code pénal',
        article: '312-10',
        label: { fr: 'Chantage', en: 'Blackmail' },
        maxPenalty: {
          fr: '5 ans et 75 000 € ; 7 ans et 100 000 € en ligne au moyen d’images sexuelles ou pour en obtenir. La tentative est punie des mêmes peines (art. 312-11)',
          en: '5 years and €75,000; 7 years and €100,000 online using sexual images or to obtain them. Attempt carries the same penalties (art. 312-11)',
        },
        confidence: 'verified',
        source: S.cp312_10,
      },
      {
        code: 'Code pénal',
        article: '227-23-1',
        label: {
          fr: 'Demande par un majeur d’images pornographiques d’un mineur (victime mineure)',
          en: 'An adult asking a minor for pornographic images of themselves (minor victim)',
        },
        maxPenalty: {
          fr: '7 ans et 100 000 € ; 10 ans et 150 000 € si le mineur a moins de 15 ans',
          en: '7 years and €100,000; 10 years and €150,000 if the minor is under 15',
        },
        confidence: 'verified',
        source: S.cp227_23_1,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING' },
    /** Soliciting sexual images from a minor: grooming / sexual enticement of minors. */
    dsaWithMinor: {
      category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
      keyword: 'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS',
    },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    // The blackmail messages are kept; an intimate image of a minor in them is CSAM.
    linkOnlyWhenMinor: false,
    linkOnlyWhenMinorSexualImage: true,
    confidence: 'verified',
    sources: [S.thesee, S.cp312_10, S.cp227_23_1, S.dsaDb, S.policeGrooming],
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
        source: S.cp222_33_2_2,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_CYBER_HARASSMENT' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
        source: S.codePenal,
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_VIOLENCE', keyword: 'KEYWORD_INCITEMENT_VIOLENCE_HATRED' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
        source: S.loi1881,
        prescription: PRESS_1_YEAR,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_HATE_SPEECH' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.loi1881, S.pharosPage, S.loi1881_65_3_qpc, S.loi2014_56],
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
        article: '29 al. 1 et 32 al. 1',
        label: { fr: 'Diffamation publique envers un particulier', en: 'Public defamation of a private person' },
        maxPenalty: { fr: '12 000 € d’amende', en: '€12,000 fine' },
        confidence: 'verified',
        source: S.loi1881_29_33,
        prescription: PRESS_3_MONTHS,
      },
      {
        code: 'Loi du 29 juillet 1881',
        article: '32 al. 2 et 3',
        label: {
          fr: 'Diffamation publique à caractère discriminatoire (origine, religion, sexe, orientation sexuelle, identité de genre, handicap)',
          en: 'Discriminatory public defamation (origin, religion, sex, sexual orientation, gender identity, disability)',
        },
        maxPenalty: { fr: '1 an et 45 000 €', en: '1 year and €45,000' },
        confidence: 'verified',
        source: S.injureDiffamationPenalties,
        prescription: PRESS_1_YEAR,
      },
      {
        code: 'Loi du 29 juillet 1881',
        article: '29 al. 2 et 33 al. 2',
        label: { fr: 'Injure publique envers un particulier', en: 'Public insult of a private person' },
        maxPenalty: { fr: '12 000 € d’amende', en: '€12,000 fine' },
        confidence: 'verified',
        source: S.injureDiffamationPenalties,
        prescription: PRESS_3_MONTHS,
      },
      {
        code: 'Loi du 29 juillet 1881',
        article: '33 al. 3 et 4',
        label: {
          fr: 'Injure publique à caractère raciste ou discriminatoire',
          en: 'Racist or discriminatory public insult',
        },
        maxPenalty: { fr: '1 an et 45 000 €', en: '1 year and €45,000' },
        confidence: 'verified',
        source: S.loi1881,
        prescription: PRESS_1_YEAR,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_DEFAMATION' },
    urgency: 'low',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.f31979, S.loi1881, S.loi1881_65, S.loi1881_29_33, S.injureDiffamationPenalties, S.loi1881_65_3_qpc],
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
        source: S.loi1881,
        /** Art. 65-3 does not list art. 24 al. 5 (QPC 2013-302, loi n° 2014-56): the general three months apply. */
        prescription: PRESS_3_MONTHS,
      },
      {
        code: 'Loi du 29 juillet 1881',
        article: '24 bis',
        label: { fr: 'Contestation de crimes contre l’humanité', en: 'Denial of crimes against humanity' },
        maxPenalty: { fr: '1 an et 45 000 €', en: '1 year and €45,000' },
        confidence: 'verified',
        source: S.loi1881_24bis,
        prescription: PRESS_1_YEAR,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH', keyword: 'KEYWORD_HATE_SPEECH' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.loi1881_24bis, S.loi1881, S.loi1881_65_3_qpc, S.loi2014_56],
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING' },
    /** Sexual images of a minor are child sexual abuse material. */
    dsaWithMinor: {
      category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
      keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL',
    },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: true,
    confidence: 'verified',
    sources: [S.disrupt, S.codePenal, S.dsaDb],
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
        source: S.cp226_8_1,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE' },
    /** A sexual deepfake of a minor is child sexual abuse material made with deepfake technology. */
    dsaWithMinor: {
      category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
      keyword: 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE',
    },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: true,
    confidence: 'verified',
    sources: [S.cp226_8_1, S.disrupt, S.dsaDb],
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS', keyword: 'KEYWORD_OTHER' },
    urgency: 'high',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'to-check',
    sources: [S.codePenal],
  }),
  category({
    id: 'identity-theft',
    label: { fr: 'Usurpation d’identité', en: 'Identity theft and impersonation' },
    description: {
      fr: 'Quelqu’un se fait passer pour une personne réelle, ou utilise son nom, ses photos ou ses identifiants, pour lui nuire, la harceler ou porter atteinte à sa réputation : faux profil, compte piraté, messages envoyés en son nom.',
      en: 'Someone poses as a real person, or uses their name, photos or logins, to harm or harass them or damage their reputation: a fake profile, a hijacked account, messages sent in their name.',
    },
    examples: {
      fr: [
        'Un faux compte avec le nom et les photos d’une collègue qui publie des propos dégradants',
        'Un compte piraté qui envoie des messages humiliants aux contacts de son titulaire',
      ],
      en: [
        'A fake account using a colleague’s name and photos to post degrading content',
        'A hijacked account sending humiliating messages to its owner’s contacts',
      ],
    },
    legalBasis: [
      {
        code: 'Code pénal',
        article: '226-4-1',
        label: {
          fr: 'Usurpation de l’identité d’un tiers ou usage de données permettant de l’identifier, pour troubler sa tranquillité ou porter atteinte à son honneur',
          en: 'Using another person’s identity, or data identifying them, to disturb their peace or harm their honour',
        },
        maxPenalty: {
          fr: '1 an et 15 000 €, y compris en ligne ; 2 ans et 30 000 € par le conjoint, le concubin ou le partenaire de PACS',
          en: '1 year and €15,000, online too; 2 years and €30,000 by a spouse, cohabiting or civil partner',
        },
        confidence: 'verified',
        source: S.cp226_4_1,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.cp226_4_1, S.f31979, S.dsaDb],
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
        source: S.cp223_13,
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SELF_HARM', keyword: 'KEYWORD_SUICIDE' },
    urgency: 'emergency',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
          fr: 'Enregistrement : complicité, mêmes peines que l’agression ; diffusion : 5 ans et 75 000 €',
          en: 'Recording: complicity, the same penalties as the assault; sharing: 5 years and €75,000',
        },
        confidence: 'verified',
        source: S.cp222_33_3,
      },
      {
        code: 'Code pénal',
        article: '227-24',
        label: {
          fr: 'Message violent susceptible d’être vu par un mineur',
          en: 'Violent message likely to be seen by a minor',
        },
        maxPenalty: { fr: '3 ans et 75 000 €', en: '3 years and €75,000' },
        confidence: 'verified',
        source: S.cp227_24,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_VIOLENCE', keyword: 'KEYWORD_OTHER' },
    urgency: 'high',
    // The victim of a filmed assault: a report is not enough, a complaint is needed (F31979, PHAROS).
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.pharosPage, S.codePenal, S.f31979, S.pharosVictim, S.cp222_33_3, S.cp227_24],
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
        maxPenalty: {
          fr: '3 ans et 45 000 € ; 4 ans et 60 000 € par le propriétaire ou le gardien de l’animal, sur un animal d’un service public ou en présence d’un mineur ; 5 ans et 75 000 € si l’animal en meurt',
          en: '3 years and €45,000; 4 years and €60,000 by the animal’s owner or keeper, against an animal of a public service or in front of a minor; 5 years and €75,000 if the animal dies',
        },
        confidence: 'verified',
        source: S.cp521_1,
      },
      {
        code: 'Code pénal',
        article: '521-1-2',
        label: {
          fr: 'Enregistrement d’images de sévices sur un animal (complicité) et diffusion sur internet',
          en: 'Recording images of cruelty to an animal (complicity) and posting them online',
        },
        maxPenalty: {
          fr: 'Enregistrement : mêmes peines que les sévices ; diffusion sur internet : 2 ans et 30 000 €',
          en: 'Recording: the same penalties as the cruelty itself; posting online: 2 years and €30,000',
        },
        confidence: 'verified',
        source: S.cp521_1_2,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_ANIMAL_WELFARE', keyword: 'KEYWORD_ANIMAL_HARM' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.pharosPage, S.cp521_1, S.loi2021_1539, S.cp521_1_2],
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
        maxPenalty: { fr: '10 ans et 7 500 000 €', en: '10 years and €7,500,000' },
        confidence: 'verified',
        source: S.drugPenalties,
      },
      {
        code: 'Code pénal',
        article: '222-39',
        label: {
          fr: 'Cession ou offre de stupéfiants pour la consommation personnelle',
          en: 'Supplying or offering drugs for personal use',
        },
        maxPenalty: { fr: '5 ans et 75 000 €', en: '5 years and €75,000' },
        confidence: 'verified',
        source: S.drugPenalties,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.pharosPage, S.f31979, S.drugPenalties],
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
        article: '222-52',
        label: {
          fr: 'Acquisition, détention ou cession sans autorisation d’armes, éléments d’armes ou munitions des catégories A ou B',
          en: 'Acquiring, holding or transferring category A or B weapons, weapon parts or ammunition without authorisation',
        },
        maxPenalty: {
          fr: '5 ans et 75 000 € ; 7 ans et 100 000 € après certaines condamnations antérieures ; 10 ans et 500 000 € à deux ou plus',
          en: '5 years and €75,000; 7 years and €100,000 after certain previous convictions; 10 years and €500,000 when two or more people act together',
        },
        confidence: 'verified',
        source: S.cp222_52,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_PROHIBITED_PRODUCTS' },
    urgency: 'high',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.pharosPage, S.f31979, S.cp222_52],
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_INAUTHENTIC_LISTINGS' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
        source: S.codePenal,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keyword: 'KEYWORD_PHISHING' },
    urgency: 'normal',
    victimComplaintNeeded: true,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
        source: S.cpce,
      },
    ],
    /** Unsolicited marketing has no v2 category of its own: the notifier leaves the type unspecified. */
    dsa: { category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE', keyword: 'KEYWORD_OTHER' },
    urgency: 'low',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'to-check',
    sources: [S.f31979, S.signalSpam, S.dsaDb],
  }),
  category({
    id: 'illegal-product-marketplace',
    label: {
      fr: 'Produit illégal ou dangereux sur une place de marché',
      en: 'Illegal or dangerous product on a marketplace',
    },
    description: {
      fr: 'Un produit interdit, dangereux, non conforme ou contrefait vendu en ligne, ou un vendeur professionnel qui trompe les acheteurs. Un objet sexuel qui représente un enfant relève de la pédocriminalité : ne gardez que l’adresse.',
      en: 'A banned, dangerous, non-compliant or counterfeit product sold online, or a professional seller misleading buyers. A sexual object representing a child is child sexual abuse material: keep only the address.',
    },
    examples: {
      fr: [
        'Un jouet sans marquage CE avec de petites pièces',
        'Un chargeur qui imite une grande marque et chauffe',
        'Une poupée sexuelle d’apparence enfantine',
      ],
      en: [
        'A toy with small parts and no CE marking',
        'A charger imitating a big brand that overheats',
        'A sex doll with a child’s appearance',
      ],
    },
    legalBasis: [
      {
        code: 'Code de la consommation',
        article: 'L. 421-3',
        label: { fr: 'Obligation générale de sécurité des produits', en: 'General product safety obligation' },
        maxPenalty: UNKNOWN_PENALTY,
        confidence: 'to-check',
        source: S.codeConso,
      },
      {
        code: 'Code pénal',
        article: '227-23',
        label: {
          fr: 'Diffusion de l’image ou de la représentation d’un mineur présentant un caractère pornographique (objet sexuel d’apparence enfantine)',
          en: 'Distributing an image or representation of a minor of a pornographic nature (a sexual object with a child’s appearance)',
        },
        maxPenalty: {
          fr: 'Diffusion : 5 ans et 75 000 € (7 ans et 100 000 € par un réseau électronique vers un public non déterminé). Acquisition, détention : 2 ans et 30 000 €',
          en: 'Distribution: 5 years and €75,000 (7 years and €100,000 via an electronic network to an undetermined public). Acquiring, possessing: 2 years and €30,000',
        },
        confidence: 'verified',
        source: S.cp227_23,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', keyword: 'KEYWORD_UNSAFE_PRODUCTS' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    // An object representing a child sexually (2025 cases): the CSAM rule, asked with one question.
    linkOnlyWhenMinorSexualImage: true,
    confidence: 'to-check',
    sources: [S.signalConso, S.trustedFlaggers, S.cp227_23, S.dollsInquiry],
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
        maxPenalty: { fr: '3 ans et 75 000 €', en: '3 years and €75,000' },
        confidence: 'verified',
        source: S.cp227_24,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS', keyword: 'KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS' },
    urgency: 'normal',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.pdcCompetences, S.codePenal, S.cp227_24],
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
        source: S.cpi,
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
    linkOnlyWhenMinor: false,
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
        source: S.csp,
      },
    ],
    dsa: { category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', keyword: 'KEYWORD_RISK_PUBLIC_HEALTH' },
    urgency: 'low',
    victimComplaintNeeded: false,
    csam: false,
    evidence: 'full',
    linkOnlyWhenMinor: false,
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
    linkOnlyWhenMinor: false,
    confidence: 'verified',
    sources: [S.pharosNew, S.f31979],
  }),
];
