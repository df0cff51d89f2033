/**
 * Builds the report pack of one channel from the draft, its route and the user's words: exactly
 * the fields that channel asks (its `asks` in the registry), pre-written, plus what only the user
 * can do on the channel's side (`steps`) and, for phone lines, what to say. Pure.
 *
 * Rules kept here whatever the channel: link-only drafts never list an image, a screenshot or a
 * fingerprint of one; PHAROS never gets the user's identity (it is not under the DSA, and accepts
 * anonymous reports); DSA notices leave the identity out when the route says so (Art. 16(2)(c)).
 */
import { channelById, type ChannelEntry, type ChannelId } from '@/utils/channels/registry';
import { outputLanguage } from '@/utils/channels/language';
import type { RouteResult } from '@/utils/channels/route';
import { inLang, type Lang, type Localized } from '@/utils/localized';
import type { Draft } from '@/utils/report/draft';
import { reportsFromAbroad } from '@/utils/report/qualification';
import {
  authorField,
  categoryField,
  contextOf,
  descriptionField,
  evidenceField,
  evidenceText,
  field,
  legalField,
  legalText,
  missingExtra,
  pageUrlField,
  placeField,
  publishedAtField,
  seenAtField,
  urlField,
  type EvidenceItem,
  type PackContext,
} from './context';
import { FIELD, TEXT } from './labels.data';
import { gate } from './gate';
import { noticeFields } from './notice';
import { pharosBoxFor } from './pharos-categories.data';
import { E3018, phoneScript, phoneSteps, SMS_33700 } from './phone';
import { colon } from './text';
import type { Pack, PackField, PackMode, ReporterIdentity } from './types';

export interface PackInput {
  draft: Draft;
  route: RouteResult;
  channelId: ChannelId;
  lang: Lang;
  /** From settings; `null` when the user gave none. */
  identity: ReporterIdentity | null;
  /** Evidence files with their SHA-256, as listed in the draft (ignored for link-only drafts). */
  evidence: readonly EvidenceItem[];
}

const MODE_TITLE: Record<PackMode, Localized> = {
  form: { fr: 'formulaire de signalement', en: 'report form' },
  'in-app': { fr: 'dans l’application', en: 'in the app' },
  phone: { fr: 'appeler', en: 'call' },
  sms: { fr: 'envoyer un SMS', en: 'send a text' },
  chat: { fr: 'tchat', en: 'chat' },
};

const STEP = {
  franceConnect: {
    fr: 'Pour porter plainte en ligne : connectez-vous avec FranceConnect (sinon, un simple signalement reste possible).',
    en: 'To file a complaint online: log in with FranceConnect (otherwise, a simple report is still possible).',
  },
  amounts: {
    fr: 'Ajoutez les montants, les dates de paiement et les références (IBAN, numéros, reçus) : Vigie ne les connaît pas.',
    en: 'Add the amounts, payment dates and references (IBAN, numbers, receipts): Vigie does not know them.',
  },
  idDocument: { fr: 'Apportez une pièce d’identité.', en: 'Bring an identity document.' },
  printed: {
    fr: 'Imprimez les preuves (le dossier de preuves de Vigie : captures et leurs empreintes SHA-256) et apportez-les, ou une clé USB.',
    en: 'Print the evidence (Vigie’s evidence package: screenshots and their SHA-256 fingerprints) and bring it, or a USB stick.',
  },
  printedLinkOnly: {
    fr: 'Imprimez et apportez ce texte : les adresses, pseudonymes et heures, sans aucune image.',
    en: 'Print and bring this text: the addresses, usernames and times, without any image.',
  },
  witnesses: {
    fr: 'Notez les noms des éventuels témoins.',
    en: 'Write down the names of any witnesses.',
  },
  where: {
    fr: 'Déposez plainte au commissariat, à la gendarmerie, ou par courrier au procureur de la République.',
    en: 'File it at a police or gendarmerie station, or by letter to the public prosecutor.',
  },
  whereAbroad: {
    fr: 'Déposez plainte auprès de la police du pays où vous vivez (ou selon la procédure de ce pays) : elle qualifie les faits selon sa loi.',
    en: 'File it with the police of the country where you live (or as that country provides): they qualify the facts under its law.',
  },
  questionnaire: {
    fr: 'Répondez au questionnaire de diagnostic ; les champs ci-dessous vous aident à décrire la situation.',
    en: 'Answer the diagnostic questionnaire; the fields below help you describe the situation.',
  },
  cyberChat: {
    fr: 'Pour un cas grave, 17Cyber propose un tchat avec un policier ou un gendarme : collez-y le texte.',
    en: 'For a serious case, 17Cyber offers a chat with a police officer or gendarme: paste the text there.',
  },
  openChat: {
    fr: 'Ouvrez le tchat sur masecurite.interieur.gouv.fr, puis collez-y la description et l’adresse.',
    en: 'Open the chat on masecurite.interieur.gouv.fr, then paste the description and the address.',
  },
  attachments: {
    fr: 'Joignez vos captures d’écran en pièces jointes si le formulaire le propose.',
    en: 'Attach your screenshots if the form offers it.',
  },
  notComplaint: {
    fr: 'SignalConso n’est pas une plainte : l’entreprise et la répression des fraudes sont informées.',
    en: 'SignalConso is not a complaint: the company and the consumer-protection authority are informed.',
  },
  spamAccount: {
    fr: 'Connectez-vous à votre compte Signal Spam (création gratuite), puis signalez l’adresse.',
    en: 'Log in to your Signal Spam account (free to create), then report the address.',
  },
  age: { fr: 'Le formulaire demande votre âge.', en: 'The form asks for your age.' },
  toCheck: {
    fr: 'Cherchez la page de signalement sur le site de l’association : Vigie n’a pas pu en vérifier l’adresse exacte.',
    en: 'Look for the reporting page on the association’s website: Vigie could not verify its exact address.',
  },
  noticeHow: {
    fr: 'Collez le texte complet dans le champ d’explication du formulaire, ou chaque champ à sa place.',
    en: 'Paste the full text into the form’s explanation box, or each field in its place.',
  },
  noticeCopy: {
    fr: 'Le texte existe aussi en anglais, si la plateforme ne lit pas le français.',
    en: 'The text also exists in French, for the platform’s French-language team.',
  },
} satisfies Record<string, Localized>;

function modeOf(channel: ChannelEntry): PackMode {
  if (channel.kind === 'phone') return 'phone';
  if (channel.kind === 'sms') return 'sms';
  if (channel.kind === 'chat') return 'chat';
  if (channel.kind === 'app') return 'in-app';
  return 'form';
}

interface Parts {
  fields: PackField[];
  steps: Localized[];
  script?: string;
}

const t = (c: PackContext, text: Localized) => inLang(text, c.lang);

// ── Per channel ─────────────────────────────────────────────────────────────

function pharos(c: PackContext): Parts {
  const fields: PackField[] = [];
  if (c.categoryId) {
    const m = pharosBoxFor(c.categoryId, c.minor);
    const value = c.lang === 'fr' ? m.label.fr : `${m.label.en} (« ${m.label.fr} »)`;
    fields.push(
      field('category', t(c, FIELD.category), value, 'choice', {
        choice: m.label.fr,
        ...(m.note ? { note: t(c, m.note) } : {}),
      }),
    );
  }
  fields.push(
    seenAtField(c),
    ...publishedAtField(c),
    placeField(c),
    urlField(c),
    ...pageUrlField(c),
    ...authorField(c),
  );
  // The comment starts with the user's own words: without them, it is left empty and said missing.
  const comment = [c.description, legalText(c)];
  if (c.evidence.length > 0) comment.push(`${t(c, FIELD.evidence)}${colon(c.lang)}\n${evidenceText(c)}`);
  fields.push(
    field('description', t(c, FIELD.comment), c.description ? comment.join('\n\n') : '', 'longtext', {
      ...(c.description ? {} : missingExtra(c)),
    }),
  );
  const steps: Localized[] = [TEXT.paste, TEXT.pharosIdentity];
  if (c.route.complaintAdvised) steps.push(TEXT.pharosVictim);
  steps.push(c.linkOnly ? TEXT.linkOnly : TEXT.pharosAttach);
  return { fields, steps };
}

function pointDeContact(c: PackContext): Parts {
  return {
    fields: [...categoryField(c), urlField(c), ...pageUrlField(c), descriptionField(c), optionalEmail(c)],
    steps: c.linkOnly ? [TEXT.paste, TEXT.linkOnly] : [TEXT.paste],
  };
}

/** An email the user may give to hear back; never for content whose notices go without identity. */
function optionalEmail(c: PackContext): PackField {
  const give = !c.route.omitReporterIdentity && c.identity?.email;
  return field('email', t(c, FIELD.email), give ? c.identity!.email : '', 'email', {
    note: t(c, give ? TEXT.pdcEmail : TEXT.pdcNoEmail),
  });
}

function disrupt(c: PackContext): Parts {
  return {
    fields: [urlField(c), ...pageUrlField(c), descriptionField(c), optionalEmail(c)],
    steps: [STEP.age, TEXT.paste],
  };
}

function phoneLine(c: PackContext, channel: ChannelEntry): Parts {
  return {
    fields: [urlField(c), placeField(c), seenAtField(c), ...authorField(c), descriptionField(c)],
    steps: channel.phone ? phoneSteps(channel.phone) : [],
    script: phoneScript(c, channel.id, c.lang),
  };
}

function e3018(c: PackContext, channel: ChannelEntry): Parts {
  return {
    fields: [
      urlField(c),
      ...pageUrlField(c),
      ...authorField(c),
      seenAtField(c),
      ...publishedAtField(c),
      descriptionField(c),
      ...evidenceField(c),
    ],
    steps: [E3018.phone, E3018.chat, c.linkOnly ? E3018.appLinkOnly : E3018.app],
    script: phoneScript(c, channel.id, c.lang),
  };
}

function sms33700(): Parts {
  return { fields: [], steps: [SMS_33700.forward, SMS_33700.sender, SMS_33700.call] };
}

function notice(c: PackContext, channel: ChannelEntry): Parts {
  return { fields: noticeFields(c), steps: [channel.scope, STEP.noticeHow, STEP.noticeCopy] };
}

function thesee(c: PackContext): Parts {
  return {
    fields: [
      descriptionField(c),
      urlField(c),
      ...pageUrlField(c),
      ...authorField(c, t(c, FIELD.scammer)),
      seenAtField(c),
      ...publishedAtField(c),
      ...evidenceField(c),
    ],
    steps: [STEP.franceConnect, STEP.amounts, ...(c.evidence.length > 0 ? [STEP.attachments] : [])],
  };
}

function cyber17(c: PackContext): Parts {
  return {
    fields: [...categoryField(c), descriptionField(c), urlField(c), seenAtField(c)],
    steps: [STEP.questionnaire, STEP.cyberChat],
  };
}

function signalConso(c: PackContext): Parts {
  return {
    fields: [placeField(c, t(c, FIELD.company)), urlField(c), descriptionField(c), ...evidenceField(c)],
    steps: [TEXT.paste, ...(c.evidence.length > 0 ? [STEP.attachments] : []), STEP.notComplaint],
  };
}

function complaint(c: PackContext): Parts {
  // French law and the French procedure are for a reporter in France; elsewhere, that country's police qualify the facts.
  const abroad = reportsFromAbroad(c.draft.qualification);
  return {
    fields: [
      ...categoryField(c),
      ...(abroad ? [] : [legalField(c)]),
      descriptionField(c),
      urlField(c),
      ...pageUrlField(c),
      placeField(c),
      seenAtField(c),
      ...publishedAtField(c),
      ...authorField(c),
      ...evidenceField(c),
    ],
    steps: [
      abroad ? STEP.whereAbroad : STEP.where,
      STEP.idDocument,
      c.linkOnly ? STEP.printedLinkOnly : STEP.printed,
      STEP.witnesses,
    ],
  };
}

function chat(c: PackContext): Parts {
  return {
    fields: [descriptionField(c), urlField(c), ...pageUrlField(c), seenAtField(c), ...authorField(c)],
    steps: c.linkOnly ? [STEP.openChat, TEXT.linkOnly] : [STEP.openChat],
  };
}

/** The associations whose public form is not verified yet: the address and a description. */
function urlAndDescription(c: PackContext, channel: ChannelEntry): Parts {
  const steps: Localized[] = channel.confidence === 'to-check' ? [STEP.toCheck, TEXT.paste] : [TEXT.paste];
  if (c.linkOnly) steps.push(TEXT.linkOnly);
  // What most reporting forms ask: the type of content, when it was seen, where, and the facts.
  return {
    fields: [...categoryField(c), seenAtField(c), urlField(c), ...pageUrlField(c), descriptionField(c)],
    steps,
  };
}

const BY_ID: Partial<Record<ChannelId, (c: PackContext, channel: ChannelEntry) => Parts>> = {
  pharos,
  'point-de-contact': pointDeContact,
  'point-de-contact-disrupt': disrupt,
  'e-enfance-3018': e3018,
  'spam-sms-33700': sms33700,
  thesee,
  'cyber-17': cyber17,
  signalconso: signalConso,
  'signal-spam': (c) => ({ fields: [urlField(c)], steps: [STEP.spamAccount] }),
  'phishing-initiative': (c) => ({ fields: [urlField(c, t(c, FIELD.suspectUrl))], steps: [TEXT.paste] }),
  complaint,
  'ma-securite-chat': chat,
};

function partsOf(c: PackContext, channel: ChannelEntry): Parts {
  const own = BY_ID[channel.id];
  if (own) return own(c, channel);
  if (channel.kind === 'platform-notice') return notice(c, channel);
  if (channel.kind === 'phone') return phoneLine(c, channel);
  return urlAndDescription(c, channel);
}

// ── Copy all ────────────────────────────────────────────────────────────────

/**
 * The pack as clean plain text: the title, one `Label: value` line per short field, then each long
 * text after a blank line, then the script and the steps. Empty fields are left out. A notice is
 * copied as its full text (it already holds every field).
 */
export function plainTextOf(pack: Omit<Pack, 'plainText' | 'verdict'>): string {
  const sep = colon(pack.lang);
  const blocks: string[] = [pack.title];
  const notice = pack.fields.find((f) => f.key === 'notice' && f.value);
  if (notice) blocks.push(notice.value);
  else {
    const short = pack.fields.filter((f) => f.value && f.kind !== 'longtext');
    if (short.length > 0) blocks.push(short.map((f) => `${f.label}${sep} ${f.value}`).join('\n'));
    for (const f of pack.fields.filter((f) => f.value && f.kind === 'longtext'))
      blocks.push(`${f.label}${sep}\n${f.value}`);
  }
  if (pack.script) blocks.push(`${inLang(TEXT.script, pack.lang)}${sep}\n${pack.script}`);
  if (pack.steps.length > 0)
    blocks.push(`${inLang(TEXT.steps, pack.lang)}${sep}\n${pack.steps.map((s, i) => `${i + 1}) ${s}`).join('\n')}`);
  return blocks.join('\n\n');
}

/**
 * The pack of one channel, in the channel's language (`outputLanguage`: French for every French
 * service, line and association; the user's text language for a platform's notice), whatever
 * language `input.lang` — the interface's or the settings' — asks for.
 */
export function buildPack(input: PackInput): Pack {
  return buildPackExact({ ...input, lang: outputLanguage(channelById[input.channelId], input.lang) });
}

/**
 * The pack in exactly `input.lang`: only for a document the user chose to read in their own
 * language as a whole (the complaint PDF in English), never for what is pasted into a channel.
 */
export function buildPackExact(input: PackInput): Pack {
  const { lang } = input;
  const channel = channelById[input.channelId];
  const c = contextOf(input);
  const parts = partsOf(c, channel);
  const mode = modeOf(channel);
  const built: Omit<Pack, 'plainText' | 'verdict'> = {
    channelId: channel.id,
    lang,
    mode,
    // A notice's name already says what it is ("TikTok — signalement de contenu illégal").
    title:
      channel.kind === 'platform-notice'
        ? inLang(channel.name, lang)
        : `${inLang(channel.name, lang)} — ${inLang(MODE_TITLE[mode], lang)}`,
    fields: parts.fields,
    steps: parts.steps.map((s) => inLang(s, lang)),
    ...(channel.phone ? { phone: channel.phone } : {}),
    ...(parts.script ? { script: parts.script } : {}),
  };
  // Every field is checked before anything can copy, fill, export or print it.
  const { fields, verdict } = gate(built, c);
  const pack = { ...built, fields };
  return { ...pack, plainText: plainTextOf(pack), verdict };
}
