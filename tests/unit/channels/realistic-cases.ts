/**
 * Realistic reporting situations written from official guidance, with the channels that guidance
 * points to. Each case cites where the expectation comes from; `route()` must agree with all of them.
 * Inputs left out take the composer's defaults (a witness of public content, nobody in danger).
 */
import type { ChannelId } from '@/utils/channels/registry';
import type { RouteInput } from '@/utils/channels/route';

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
}

const CHECKED = '2026-11-28';
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
];
