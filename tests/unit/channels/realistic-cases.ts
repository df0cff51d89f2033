/**
 * Realistic reporting situations written from official guidance, with the channels that guidance
 * points to. Each case cites where the expectation comes from; `route()` must agree with all of them.
 * Inputs left out take the composer's defaults (a witness of public content, nobody in danger).
 */
import type { ChannelId } from '@/utils/channels/registry';
import type { RouteInput, StepKind } from '@/utils/channels/route';

export interface RealisticCase {
  name: string;
  source: { url: string; title: string; checked: string };
  input: Partial<RouteInput> & Pick<RouteInput, 'categoryId'>;
  /** The first channels, in this order. */
  first?: ChannelId[];
  includes?: ChannelId[];
  excludes?: ChannelId[];
  complaintAdvised?: boolean;
  urlOnly?: boolean;
  omitReporterIdentity?: boolean;
  /** The place of some channels in the route. */
  kinds?: Partial<Record<ChannelId, StepKind>>;
  /** Whether the route says why PHAROS is closed. */
  outOfScope?: boolean;
  /** A note the user must see (a piece of its English text). */
  noteIncludes?: string;
}

const CHECKED = '2026-11-28';
/** Cases added for issue 19 (law and channels verified). */
const FIXED = '2026-12-05';
const F31979 = {
  url: 'https://www.service-public.fr/particuliers/vosdroits/F31979',
  title: 'Service-public.fr — Comment signaler le contenu illégal d’un site internet ?',
  checked: CHECKED,
};
const PHAROS = {
  url: 'https://www.masecurite.interieur.gouv.fr/fr/demarches-en-ligne/portail-officiel-signalement-contenus-illicites-internet-pharos',
  title: 'Ma Sécurité — Portail officiel de signalement des contenus illicites (PHAROS)',
  checked: CHECKED,
};
const R45983 = {
  url: 'https://www.service-public.fr/particuliers/vosdroits/R45983',
  title: 'Service-public.fr — Signaler une escroquerie aux sentiments avec chantage en ligne (THESEE)',
  checked: CHECKED,
};
const F34124 = {
  url: 'https://www.service-public.fr/particuliers/vosdroits/F34124',
  title: 'Service-public.fr — Arnaque aux sentiments : escroquerie, chantage, sextorsion',
  checked: CHECKED,
};
const N31138 = {
  url: 'https://www.service-public.fr/particuliers/vosdroits/N31138',
  title: 'Service-public.fr — Arnaque sur internet (THESEE, PHAROS…)',
  checked: CHECKED,
};
const E_ENFANCE = {
  url: 'https://e-enfance.org',
  title: 'e-Enfance — le 3018, pour les jeunes victimes de violences numériques et leurs parents',
  checked: CHECKED,
};
const PDC = {
  url: 'https://www.pointdecontact.net/champ_competences/',
  title: 'Point de Contact — Champ de compétences (ligne INHOPE)',
  checked: CHECKED,
};
const DISRUPT = {
  url: 'https://www.pointdecontact.net/disrupt/',
  title: 'Point de Contact — Disrupt',
  checked: CHECKED,
};
const CYBER17 = { url: 'https://17cyber.gouv.fr', title: '17Cyber — guichet unique', checked: CHECKED };
const AF2M = { url: 'https://af2m.org/33700-2/', title: 'AF2M — 33700, spam SMS et spam vocal', checked: CHECKED };
const C119 = { url: 'https://allo119.gouv.fr', title: '119 Allô Enfance en Danger', checked: CHECKED };
const SIGNALCONSO = { url: 'https://signal.conso.gouv.fr', title: 'SignalConso (DGCCRF)', checked: CHECKED };
const F1435 = {
  url: 'https://www.service-public.fr/particuliers/vosdroits/F1435',
  title: 'Service-public.fr — Porter plainte',
  checked: CHECKED,
};

const PHAROS_VICTIM = {
  url: 'https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise',
  title:
    'Ma Sécurité — PHAROS se modernise : victime, « un dépôt de plainte est nécessaire » ; escroqueries vers THESEE',
  checked: FIXED,
};
const PHAROS_PRIVATE = {
  url: 'https://moncommissariat.interieur.gouv.fr/fr/demarches/le-portail-officiel-de-signalement-des-contenus-illicites-de-l-internet-pharos',
  title:
    'Mon commissariat — PHAROS : « Il ne doit pas s’agir d’une affaire privée avec une personne que vous connaissez »',
  checked: FIXED,
};
const E3018_AUDIENCE = {
  url: 'https://solidarites.gouv.fr/node/2219',
  title: 'Ministère des Solidarités — le 3018 : « Tu es victime ou témoin d’une violence numérique »',
  checked: FIXED,
};
const R45983_MINORS = {
  url: 'https://www.service-public.fr/particuliers/vosdroits/R45983',
  title: 'Service-public.fr — THESEE, chantage en ligne : « tout particulier (majeur ou mineur) »',
  checked: FIXED,
};
const POLICE_GROOMING = {
  url: 'https://police.public.lu/fr/prevention/dangers-sur-internet/grooming-et-sextorsion.html',
  title: 'Police grand-ducale — Grooming et sextorsion : « sauvez les messages et les captures d’écran »',
  checked: FIXED,
};
const DOLLS = {
  url: 'https://www.generation-nt.com/actualites/poupees-sexuelles-enfants-enquete-site-britannique-2068341',
  title:
    'Génération NT — poupées sexuelles d’apparence enfantine : enquêtes du parquet de Paris (CP 227-23), PHAROS saisie',
  checked: FIXED,
};

export const realisticCases: RealisticCase[] = [
  {
    name: 'someone insults me by name in a public post',
    source: F31979,
    input: { categoryId: 'insult-defamation', role: 'targeted', platformId: 'facebook' },
    first: ['complaint'],
    includes: ['facebook-notice'],
    excludes: ['pharos'],
    complaintAdvised: true,
  },
  {
    name: 'a spam email',
    source: F31979,
    input: { categoryId: 'spam' },
    first: ['signal-spam', 'spam-sms-33700'],
    excludes: ['pharos'],
  },
  {
    name: 'a public video glorifying a terrorist attack',
    source: PHAROS,
    input: { categoryId: 'terrorism', platformId: 'youtube' },
    first: ['pharos', 'youtube-notice'],
  },
  {
    name: 'death threats from my ex in private messages',
    source: F31979,
    input: { categoryId: 'threats', role: 'targeted', privateExchange: true, publicContent: false },
    first: ['complaint', 'ma-securite-chat'],
    excludes: ['pharos'],
    complaintAdvised: true,
  },
  {
    name: 'a romance contact met online threatens to publish my photos unless I pay',
    source: R45983,
    input: { categoryId: 'sextortion', role: 'targeted', moneyDemanded: true, metInPerson: false },
    first: ['thesee'],
    includes: ['complaint'],
    excludes: ['pharos'],
    complaintAdvised: true,
  },
  {
    name: 'blackmail by someone I have met in person: not THESEE’s procedure',
    source: R45983,
    input: { categoryId: 'sextortion', role: 'targeted', moneyDemanded: true, metInPerson: true },
    first: ['complaint'],
    excludes: ['thesee'],
    complaintAdvised: true,
  },
  {
    name: 'sextortion of an adult without a money demand still gets the complaint',
    source: F34124,
    input: { categoryId: 'sextortion', role: 'targeted', moneyDemanded: false },
    first: ['complaint'],
    excludes: ['thesee'],
    complaintAdvised: true,
  },
  {
    name: 'a parent whose child is harassed by classmates on Instagram',
    source: E_ENFANCE,
    input: { categoryId: 'cyber-harassment', role: 'parent', platformId: 'instagram' },
    first: ['e-enfance-3018'],
    includes: ['instagram-notice', 'complaint'],
    complaintAdvised: true,
  },
  {
    name: 'a teenager whose intimate photo is shared on Snapchat',
    source: E_ENFANCE,
    input: { categoryId: 'non-consensual-intimate-images', role: 'targeted', minor: true, platformId: 'snapchat' },
    first: ['e-enfance-3018', 'pharos', 'point-de-contact'],
    excludes: ['point-de-contact-disrupt'],
    urlOnly: true,
    omitReporterIdentity: true,
  },
  {
    name: 'an adult whose intimate images were posted without consent',
    source: DISRUPT,
    input: { categoryId: 'non-consensual-intimate-images', role: 'targeted' },
    first: ['point-de-contact-disrupt'],
    includes: ['complaint'],
    urlOnly: false,
  },
  {
    name: 'a witness who comes across a link to child sexual abuse material',
    source: PDC,
    input: { categoryId: 'child-sexual-abuse-material', platformId: 'telegram' },
    first: ['pharos', 'point-de-contact', 'telegram-notice'],
    urlOnly: true,
    omitReporterIdentity: true,
  },
  {
    name: 'I typed my bank details into a fake bank site',
    source: CYBER17,
    input: { categoryId: 'phishing', role: 'targeted' },
    first: ['phishing-initiative', 'cyber-17'],
    complaintAdvised: true,
  },
  {
    name: 'an unwanted text message to forward',
    source: AF2M,
    input: { categoryId: 'spam' },
    includes: ['spam-sms-33700'],
  },
  {
    name: 'drugs offered for sale on a social network',
    source: PHAROS,
    input: { categoryId: 'drug-trafficking', platformId: 'snapchat' },
    first: ['pharos', 'snapchat-notice'],
  },
  {
    name: 'someone announces their suicide in a live post',
    source: PHAROS,
    input: { categoryId: 'suicide-self-harm-incitement', danger: true },
    first: ['police-17', 'emergency-112', 'suicide-prevention-3114'],
  },
  {
    name: 'a video of a child being beaten',
    source: C119,
    input: { categoryId: 'torture-barbarity-images', minor: true },
    first: ['pharos'],
    includes: ['child-in-danger-119', 'e-enfance-3018'],
  },
  {
    name: 'a dangerous toy sold on a marketplace',
    source: SIGNALCONSO,
    input: { categoryId: 'illegal-product-marketplace', platformId: 'temu' },
    first: ['signalconso', 'temu-notice'],
  },
  {
    name: 'a fake profile in my name asks my friends for money',
    source: F1435,
    input: { categoryId: 'identity-theft', role: 'targeted', platformId: 'facebook' },
    first: ['complaint', 'facebook-notice'],
    complaintAdvised: true,
  },
  {
    name: 'a public post calling for violence against a religious group',
    source: PHAROS,
    input: { categoryId: 'hate-incitement', platformId: 'x' },
    first: ['pharos', 'x-notice'],
    includes: ['licra', 'point-de-contact'],
  },
  {
    name: 'an adult asks my 13-year-old for photos in a game chat',
    source: E_ENFANCE,
    input: { categoryId: 'grooming', role: 'parent', platformId: 'discord' },
    first: ['e-enfance-3018', 'pharos', 'discord-notice'],
    includes: ['child-in-danger-119', 'complaint'],
    omitReporterIdentity: true,
  },
  {
    name: 'I paid for an item on a fake online shop',
    source: N31138,
    input: { categoryId: 'online-scam', role: 'targeted' },
    first: ['thesee', 'cyber-17'],
    excludes: ['pharos'],
  },
  {
    name: 'I saw a fake investment advert on Facebook, and I am not its victim',
    source: PHAROS,
    input: { categoryId: 'online-scam', role: 'witness', platformId: 'facebook' },
    first: ['pharos', 'facebook-notice'],
    excludes: ['thesee'],
  },
  {
    name: 'a video of an animal being tortured',
    source: F31979,
    input: { categoryId: 'animal-cruelty', platformId: 'tiktok' },
    first: ['pharos', 'tiktok-notice'],
  },

  // ── Issue 19 ──────────────────────────────────────────────────────────────
  {
    name: 'a 14-year-old targeted by racist posts on TikTok gets the 3018 first, and the complaint',
    source: E3018_AUDIENCE,
    input: { categoryId: 'hate-incitement', role: 'targeted', minor: true, platformId: 'tiktok' },
    first: ['e-enfance-3018', 'pharos', 'tiktok-notice'],
    includes: ['complaint'],
    excludes: ['victim-support-116006'],
    complaintAdvised: true,
  },
  {
    name: 'a parent whose child is targeted by homophobic hate posts',
    source: E3018_AUDIENCE,
    input: { categoryId: 'hate-incitement', role: 'parent' },
    first: ['e-enfance-3018', 'pharos'],
    includes: ['complaint'],
    kinds: { 'e-enfance-3018': 'primary' },
    complaintAdvised: true,
  },
  {
    name: 'a witness of hate posts aimed at a pupil: the 3018 too, never a complaint',
    source: E3018_AUDIENCE,
    input: { categoryId: 'hate-incitement', role: 'witness', minor: true },
    first: ['pharos'],
    excludes: ['complaint'],
    kinds: { 'e-enfance-3018': 'also' },
    complaintAdvised: false,
  },
  {
    name: 'my assault was filmed and shared on Snapchat to humiliate me: the complaint, and PHAROS for the video',
    source: PHAROS_VICTIM,
    input: { categoryId: 'torture-barbarity-images', role: 'targeted', platformId: 'snapchat' },
    first: ['complaint', 'pharos', 'snapchat-notice'],
    includes: ['victim-support-116006'],
    complaintAdvised: true,
  },
  {
    name: 'a parent whose teenager’s beating was filmed and shared',
    source: PHAROS_VICTIM,
    input: { categoryId: 'torture-barbarity-images', role: 'parent' },
    first: ['e-enfance-3018', 'complaint', 'pharos'],
    includes: ['child-in-danger-119'],
    complaintAdvised: true,
  },
  {
    name: 'a witness of a filmed assault: PHAROS, no complaint',
    source: PHAROS,
    input: { categoryId: 'torture-barbarity-images', role: 'witness' },
    first: ['pharos'],
    excludes: ['complaint'],
    complaintAdvised: false,
  },
  {
    name: 'a child-like sex doll sold on a marketplace: link only, PHAROS and Point de Contact first',
    source: DOLLS,
    input: { categoryId: 'illegal-product-marketplace', minorSexualImage: true, platformId: 'shein' },
    first: ['pharos', 'point-de-contact', 'shein-notice'],
    excludes: ['signalconso', 'indecosa-cgt'],
    urlOnly: true,
    omitReporterIdentity: true,
  },
  {
    name: 'a parent keeps the screenshots of a grooming conversation that shows no sexual image',
    source: POLICE_GROOMING,
    input: { categoryId: 'grooming', role: 'parent', platformId: 'discord' },
    first: ['e-enfance-3018', 'pharos', 'discord-notice'],
    includes: ['complaint'],
    urlOnly: false,
    complaintAdvised: true,
    noteIncludes: 'Never keep a sexual image of the child',
  },
  {
    name: 'a parent finds a sexual photo of their child in the grooming conversation: link only, the CSAM route',
    source: PDC,
    input: { categoryId: 'grooming', role: 'parent', minorSexualImage: true },
    first: ['e-enfance-3018', 'pharos', 'point-de-contact'],
    includes: ['complaint'],
    urlOnly: true,
    omitReporterIdentity: true,
    noteIncludes: 'Write down the author’s username',
  },
  {
    name: 'a witness of an adult’s sexual advances to a child in a public game chat',
    source: PHAROS,
    input: { categoryId: 'grooming', role: 'witness' },
    first: ['pharos'],
    urlOnly: false,
  },
  {
    name: 'a teenager blackmailed with their intimate photo keeps the blackmail messages, not the photo',
    source: POLICE_GROOMING,
    input: { categoryId: 'sextortion', role: 'targeted', minor: true, moneyDemanded: false },
    first: ['e-enfance-3018', 'pharos', 'point-de-contact'],
    excludes: ['thesee'],
    urlOnly: false,
    noteIncludes: 'Never keep a sexual image of the child',
  },
  {
    name: 'the blackmail messages of a teenager show the intimate photo: link only',
    source: PDC,
    input: { categoryId: 'sextortion', role: 'parent', minorSexualImage: true },
    first: ['e-enfance-3018', 'pharos', 'point-de-contact'],
    urlOnly: true,
    omitReporterIdentity: true,
  },
  {
    name: 'my ex shares my intimate photos in a private group of friends: the police, and why not PHAROS',
    source: PHAROS_PRIVATE,
    input: {
      categoryId: 'non-consensual-intimate-images',
      role: 'targeted',
      privateExchange: true,
      publicContent: false,
    },
    first: ['complaint', 'ma-securite-chat', 'point-de-contact-disrupt'],
    excludes: ['pharos'],
    kinds: { complaint: 'primary' },
    outOfScope: true,
    complaintAdvised: true,
    urlOnly: false,
  },
  {
    name: 'a witness sees a friend’s intimate photos shared in a private group: the police chat and Disrupt, not PHAROS, no complaint',
    source: PHAROS_PRIVATE,
    input: {
      categoryId: 'non-consensual-intimate-images',
      role: 'witness',
      privateExchange: true,
      publicContent: false,
    },
    first: ['ma-securite-chat', 'point-de-contact-disrupt'],
    excludes: ['pharos', 'complaint'],
    outOfScope: true,
    complaintAdvised: false,
  },
  {
    name: 'a sexual deepfake of me sent only to me by someone I know',
    source: PHAROS_PRIVATE,
    input: { categoryId: 'sexual-deepfake', role: 'targeted', privateExchange: false, publicContent: false },
    first: ['complaint', 'ma-securite-chat'],
    excludes: ['pharos'],
    outOfScope: true,
  },
  {
    name: 'a 16-year-old blackmailed for money by a contact met only online: THESEE too, after child protection',
    source: R45983_MINORS,
    input: { categoryId: 'sextortion', role: 'targeted', minor: true, moneyDemanded: true, metInPerson: false },
    first: ['e-enfance-3018', 'pharos', 'point-de-contact'],
    includes: ['thesee', 'child-in-danger-119'],
    kinds: { thesee: 'also' },
    complaintAdvised: true,
  },
  {
    name: 'a child blackmailed by someone they met in person: not THESEE',
    source: R45983_MINORS,
    input: { categoryId: 'sextortion', role: 'parent', moneyDemanded: true, metInPerson: true },
    first: ['e-enfance-3018'],
    excludes: ['thesee'],
    includes: ['complaint'],
  },
  {
    name: 'I was asked to pay for an item on a classified ad that never existed: THESEE is for me',
    source: N31138,
    input: { categoryId: 'online-scam', role: 'targeted', platformId: 'leboncoin' },
    first: ['thesee', 'cyber-17', 'leboncoin-notice'],
    excludes: ['pharos'],
    complaintAdvised: true,
  },
  {
    name: 'a fake classified ad I only saw: PHAROS, which forwards scams to THESEE',
    source: PHAROS_VICTIM,
    input: { categoryId: 'online-scam', role: 'witness', platformId: 'leboncoin' },
    first: ['pharos', 'leboncoin-notice'],
    excludes: ['thesee', 'complaint'],
    noteIncludes: 'PHAROS forwards to THESEE',
  },
  {
    name: 'content of no listed kind that targets me: I am told a complaint is possible',
    source: F1435,
    input: { categoryId: 'other', role: 'targeted' },
    first: ['pharos'],
    includes: ['complaint', 'victim-support-116006'],
    kinds: { complaint: 'also' },
  },
  {
    name: 'a parent whose child is targeted by content of no listed kind',
    source: F1435,
    input: { categoryId: 'other', role: 'parent' },
    includes: ['complaint'],
  },
  {
    name: 'a witness of content of no listed kind is not sent to a complaint',
    source: PHAROS,
    input: { categoryId: 'other', role: 'witness' },
    first: ['pharos'],
    excludes: ['complaint'],
  },
];
