/**
 * Phone and SMS lines: what to say, in a few short lines (who you are — optional —, what you
 * saw, where, when, who is in danger), and for the 33700 the two texts to send. Pure.
 */
import { inLang, type Lang, type Localized } from '@/utils/localized';
import { categoryLabel, type PackContext } from './context';
import { fill } from './labels.data';
import { formatMoment, spokenUrl } from './text';

/** The first sentence, per line: each line has its own purpose. */
const OPENING: Record<string, Localized> = {
  'police-17': {
    fr: 'Bonjour, j’appelle pour signaler un danger lié à un contenu vu sur internet.',
    en: 'Hello, I am calling to report a danger linked to something I saw online.',
  },
  'emergency-112': {
    fr: 'Bonjour, j’appelle pour signaler un danger lié à un contenu vu sur internet.',
    en: 'Hello, I am calling to report a danger linked to something I saw online.',
  },
  'suicide-prevention-3114': {
    fr: 'Bonjour, j’ai vu en ligne un message qui m’inquiète pour une personne qui pourrait penser au suicide.',
    en: 'Hello, I saw a message online that worries me about someone who may be thinking about suicide.',
  },
  'child-in-danger-119': {
    fr: 'Bonjour, j’appelle au sujet d’un enfant qui me semble en danger, à cause de ce que j’ai vu en ligne.',
    en: 'Hello, I am calling about a child who seems to be in danger, because of something I saw online.',
  },
  'women-violence-3919': {
    fr: 'Bonjour, j’appelle au sujet de violences en ligne.',
    en: 'Hello, I am calling about violence online.',
  },
  'e-enfance-3018': {
    fr: 'Bonjour, j’appelle au sujet de violences numériques.',
    en: 'Hello, I am calling about online violence.',
  },
};
const DEFAULT_OPENING: Localized = {
  fr: 'Bonjour, j’appelle au sujet d’un contenu vu sur internet.',
  en: 'Hello, I am calling about something I saw online.',
};

const S = {
  who: {
    fr: 'Qui je suis (facultatif) : [votre prénom et un numéro pour vous rappeler, si vous le souhaitez].',
    en: 'Who I am (optional): [your first name and a number to call you back, if you wish].',
  },
  what: { fr: 'Ce que j’ai vu : {what}', en: 'What I saw: {what}' },
  where: { fr: 'Où : sur {place}, à l’adresse {url}.', en: 'Where: on {place}, at the address {url}.' },
  account: { fr: 'Le compte qui l’a publié : {author}.', en: 'The account that posted it: {author}.' },
  when: { fr: 'Quand : je l’ai vu le {seen}.', en: 'When: I saw it on {seen}.' },
  published: { fr: 'Il a été publié le {published}.', en: 'It was published on {published}.' },
  danger: { fr: 'Qui est en danger : {who}.', en: 'Who is in danger: {who}.' },
  me: { fr: 'moi', en: 'me' },
  child: { fr: 'mon enfant', en: 'my child' },
  minor: { fr: 'un mineur', en: 'a minor' },
  unknown: {
    fr: '[dites qui est menacé, et où la personne se trouve si vous le savez]',
    en: '[say who is threatened, and where they are if you know]',
  },
  call: { fr: 'Appelez le {number}.', en: 'Call {number}.' },
  readScript: {
    fr: 'Gardez ce texte sous les yeux pendant l’appel ; répondez aux questions de votre interlocuteur.',
    en: 'Keep this text in front of you during the call; answer the questions you are asked.',
  },
} satisfies Record<string, Localized>;

function whoIsInDanger(c: PackContext, lang: Lang): string {
  const role = c.draft.qualification.role;
  if (role === 'targeted') return inLang(S.me, lang);
  if (role === 'parent') return inLang(S.child, lang);
  if (c.minor) return inLang(S.minor, lang);
  return inLang(S.unknown, lang);
}

/** The short script to read on the phone, in the given language. */
export function phoneScript(c: PackContext, channelId: string, lang: Lang): string {
  const { capturedAt, timeZone } = c.draft.observed;
  // The category and the user's own words; never a stand-in for words not written yet.
  const what = [categoryLabel(c, lang), c.description].filter(Boolean).join(' — ');
  const lines = [inLang(OPENING[channelId] ?? DEFAULT_OPENING, lang), inLang(S.who, lang)];
  if (what) lines.push(fill(inLang(S.what, lang), { what }));
  lines.push(fill(inLang(S.where, lang), { place: c.place || spokenUrl(c.url), url: spokenUrl(c.url) }));
  if (c.authorSpoken) lines.push(fill(inLang(S.account, lang), { author: c.authorSpoken }));
  lines.push(fill(inLang(S.when, lang), { seen: formatMoment(capturedAt, timeZone, lang, false) }));
  if (c.published)
    lines.push(fill(inLang(S.published, lang), { published: formatMoment(c.published.value, timeZone, lang, false) }));
  lines.push(fill(inLang(S.danger, lang), { who: whoIsInDanger(c, lang) }));
  return lines.join('\n');
}

export function phoneSteps(number: string): Localized[] {
  return [{ fr: fill(S.call.fr, { number }), en: fill(S.call.en, { number }) }, S.readScript];
}

/** The 3018 is also reachable by chat and app: how to pass the evidence there. */
export const E3018 = {
  app: {
    fr: 'Par l’application 3018 : déposez vos captures d’écran dans son coffre-fort de preuves, puis écrivez au tchat de l’application.',
    en: 'With the 3018 app: put your screenshots in its evidence vault, then write in the app’s chat.',
  },
  appLinkOnly: {
    fr: 'Par l’application 3018 : écrivez au tchat et collez-y les liens et pseudonymes ; ne déposez aucune image.',
    en: 'With the 3018 app: write in the chat and paste the links and usernames; upload no image.',
  },
  chat: {
    fr: 'Par tchat sur 3018.fr : collez les liens et la description préparés par Vigie dans la conversation.',
    en: 'By chat on 3018.fr: paste the links and the description prepared by Vigie into the conversation.',
  },
  phone: {
    fr: 'Par téléphone au 3018 (7 j/7, 9 h – 23 h, gratuit) : appuyez-vous sur le texte « Ce que vous pouvez dire ».',
    en: 'By phone on 3018 (every day, 9am – 11pm, free): use the “What you can say” text.',
  },
} satisfies Record<string, Localized>;

export const SMS_33700 = {
  forward: {
    fr: 'Transférez le SMS indésirable tel quel au 33700.',
    en: 'Forward the unwanted text, unchanged, to 33700.',
  },
  sender: {
    fr: 'Le 33700 vous répond : envoyez-lui alors, dans un second SMS, le numéro de l’expéditeur.',
    en: '33700 replies: then send it, in a second text, the sender’s number.',
  },
  call: {
    fr: 'Pour un appel indésirable : envoyez au 33700 un SMS avec le numéro qui vous a appelé.',
    en: 'For an unwanted call: text 33700 the number that called you.',
  },
} satisfies Record<string, Localized>;
