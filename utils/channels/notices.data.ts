/**
 * The platforms' own illegal-content notice mechanisms (DSA Art. 16), one table row each. What
 * every notice asks is the same (Art. 16(2)); a row only says where it is, how to reach it and
 * how sure we are. `platform` is the id of the platform in `utils/platforms/registry.ts`.
 */
import { categoryIds } from '@/utils/qualify/taxonomy';
import type { Localized } from '@/utils/localized';
import { channel, F31979 } from './channel.schema';

const NOTICE_ASKS = {
  fr: [
    'L’adresse exacte (URL) du contenu',
    'Pourquoi il est illégal, en quelques phrases, avec l’article de loi si possible',
    'Vos nom et adresse e-mail (sauf pour les contenus pédocriminels)',
    'Une déclaration de bonne foi',
  ],
  en: [
    'The exact address (URL) of the content',
    'Why it is illegal, in a few sentences, with the legal article if possible',
    'Your name and email address (not required for child sexual abuse material)',
    'A statement of good faith',
  ],
};
const IN_APP = {
  fr: 'Passez par le bouton « Signaler » du contenu et choisissez l’option « contenu illégal ».',
  en: 'Use the content’s “Report” button and choose the “illegal content” option.',
};
const IN_APP_STEPS = {
  fr: [
    'Ouvrez le contenu dans l’application ou sur le site',
    'Touchez « Signaler » (souvent dans le menu « … » du contenu)',
    'Choisissez l’option « contenu illégal » (ou « illégal dans l’UE »)',
    'Collez l’explication et l’adresse préparées par Vigie',
  ],
  en: [
    'Open the content in the app or on the website',
    'Tap “Report” (often in the content’s “…” menu)',
    'Choose the “illegal content” (or “illegal in the EU”) option',
    'Paste the explanation and the address Vigie prepared',
  ],
};
const ON_LISTING = {
  fr: 'Passez par le lien de signalement présent sur l’annonce ou la fiche produit.',
  en: 'Use the report link on the listing or product page.',
};
const ON_LISTING_STEPS = {
  fr: [
    'Ouvrez l’annonce ou la fiche produit',
    'Cliquez sur « Signaler » (souvent en bas de la page)',
    'Choisissez le motif « contenu illégal » s’il existe',
    'Collez l’explication et l’adresse préparées par Vigie',
  ],
  en: [
    'Open the listing or product page',
    'Click “Report” (often at the bottom of the page)',
    'Choose the “illegal content” reason if there is one',
    'Paste the explanation and the address Vigie prepared',
  ],
};
const REPORT = { fr: 'signalement', en: 'report' };
const ILLEGAL = { fr: 'signalement de contenu illégal', en: 'illegal-content notice' };

interface NoticeRow<Id extends string> {
  id: Id;
  platform: string;
  /** Shown as "<platform> — <what>". */
  label: string;
  what: Localized;
  /** The notice form itself, when there is one; `verified`: checked as the form at `sourceUrl`. */
  form?: { url: string; verified: boolean };
  /** The platform's help page about reporting, if useful. */
  infoUrl?: string;
  how: Localized;
  /** Steps on the platform itself (in-app reporting). */
  steps?: { fr: string[]; en: string[] };
  sourceUrl: string;
  confidence: 'verified' | 'to-check';
  toCheck?: string[];
}

const notice = <const Id extends string>(n: NoticeRow<Id>) =>
  channel({
    id: n.id,
    name: { fr: `${n.label} — ${n.what.fr}`, en: `${n.label} — ${n.what.en}` },
    kind: 'platform-notice',
    ...(n.form
      ? {
          url: n.form.url,
          entry: {
            label: { fr: `${n.label} — ${n.what.fr}`, en: `${n.label} — ${n.what.en}` },
            verified: n.form.verified,
            source: n.sourceUrl,
            checked: '2026-11-28',
          },
        }
      : {}),
    ...(n.infoUrl ? { infoUrl: n.infoUrl } : {}),
    ...(n.steps ? { inApp: n.steps } : {}),
    scope: {
      fr: `Signalement de contenu illicite à ${n.label} au titre du DSA (art. 16). ${n.how.fr}`,
      en: `Illegal-content notice to ${n.label} under the DSA (Art. 16). ${n.how.en}`,
    },
    categories: [...categoryIds],
    anonymousAllowed: false,
    asks: NOTICE_ASKS,
    sourceUrl: n.sourceUrl,
    confidence: n.confidence,
    official: false,
    operator: 'platform',
    trustedFlagger: false,
    platformId: n.platform,
    ...(n.toCheck ? { toCheck: n.toCheck } : {}),
  });

const UNVERIFIED_FORM = ['URL of the EU DSA notice form'];

export const noticeChannels = [
  notice({
    id: 'youtube-notice',
    platform: 'youtube',
    label: 'YouTube / Google',
    what: { fr: 'signalement pour raisons juridiques', en: 'report for legal reasons' },
    form: { url: 'https://support.google.com/legal/answer/3110420', verified: true },
    how: {
      fr: 'Le formulaire « Signaler un contenu pour des raisons juridiques » oriente vers le bon formulaire par produit.',
      en: 'The “Report content for legal reasons” troubleshooter leads to the right form for each product.',
    },
    sourceUrl: 'https://support.google.com/legal/answer/3110420',
    confidence: 'verified',
  }),
  notice({
    id: 'facebook-notice',
    platform: 'facebook',
    label: 'Facebook',
    what: ILLEGAL,
    infoUrl: 'https://www.facebook.com/help/263149623790594/',
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: F31979,
    confidence: 'to-check',
    toCheck: ['URL of the EU DSA illegal-content form (only an older help page is sourced)'],
  }),
  notice({
    id: 'instagram-notice',
    platform: 'instagram',
    label: 'Instagram',
    what: ILLEGAL,
    infoUrl: 'https://www.facebook.com/help/instagram/165828726894770',
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: F31979,
    confidence: 'to-check',
    toCheck: ['URL of the EU DSA illegal-content form (only an older help page is sourced)'],
  }),
  notice({
    id: 'x-notice',
    platform: 'x',
    label: 'X (Twitter)',
    what: { fr: 'signalement de contenu illégal dans l’UE', en: 'EU illegal-content report' },
    infoUrl: 'https://help.twitter.com/fr/safety-and-security/report-abusive-behavior',
    steps: IN_APP_STEPS,
    how: {
      fr: 'Dans l’application, « Signaler » propose « contenu illégal dans l’UE ».',
      en: 'In the app, “Report” offers “EU illegal content”.',
    },
    sourceUrl: F31979,
    confidence: 'to-check',
    toCheck: ['URL of the DSA web form (help.x.com/…/forms); the sourced page covers abusive behaviour'],
  }),
  notice({
    id: 'tiktok-notice',
    platform: 'tiktok',
    label: 'TikTok',
    what: ILLEGAL,
    form: { url: 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en', verified: true },
    steps: IN_APP_STEPS,
    how: {
      fr: 'Dans l’application, « Signaler » propose des catégories de contenu illégal ; un formulaire web existe aussi.',
      en: 'In the app, “Report” offers illegal-content categories; a web form also exists.',
    },
    sourceUrl: 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en',
    confidence: 'verified',
  }),
  notice({
    id: 'snapchat-notice',
    platform: 'snapchat',
    label: 'Snapchat',
    what: REPORT,
    infoUrl: 'https://support.snapchat.com/fr-FR/a/report-abuse-in-app',
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://values.snap.com/privacy/transparency/european-union',
    confidence: 'to-check',
    toCheck: ['a dedicated DSA illegal-content form, if any'],
  }),
  notice({
    id: 'twitch-notice',
    platform: 'twitch',
    label: 'Twitch',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://www.twitch.tv',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'kick-notice',
    platform: 'kick',
    label: 'Kick',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://kick.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'reddit-notice',
    platform: 'reddit',
    label: 'Reddit',
    what: REPORT,
    form: { url: 'https://www.reddit.com/report', verified: false },
    steps: IN_APP_STEPS,
    how: {
      fr: 'Le formulaire général de signalement comprend des options juridiques.',
      en: 'The general report form includes legal options.',
    },
    sourceUrl: 'https://www.reddit.com/report',
    confidence: 'to-check',
    toCheck: ['that the form offers a DSA illegal-content option'],
  }),
  notice({
    id: 'discord-notice',
    platform: 'discord',
    label: 'Discord',
    what: { fr: 'signalement de contenu illégal (DSA)', en: 'illegal-content notice (DSA)' },
    infoUrl: 'https://support.discord.com/hc/en-us/articles/17861767909527-EU-DSA-Dispute-Resolution-Options',
    steps: IN_APP_STEPS,
    how: {
      fr: 'Discord indique proposer un formulaire web de signalement de contenu illégal au titre du DSA.',
      en: 'Discord says it offers a web form to report illegal content under the DSA.',
    },
    sourceUrl: 'https://support.discord.com/hc/en-us/articles/17861767909527-EU-DSA-Dispute-Resolution-Options',
    confidence: 'to-check',
    toCheck: ['URL of the DSA web form itself'],
  }),
  notice({
    id: 'telegram-notice',
    platform: 'telegram',
    label: 'Telegram',
    what: { fr: 'signalement de contenu illégal (DSA)', en: 'illegal-content notice (DSA)' },
    infoUrl: 'https://telegram.org/tos/eu',
    steps: IN_APP_STEPS,
    how: {
      fr: 'Le signalement dans l’application demande votre nom, un contact et une explication claire de l’illégalité.',
      en: 'In-app reporting asks for your name, a contact and a clear explanation of why the content is illegal.',
    },
    sourceUrl: 'https://telegram.org/tos/eu',
    confidence: 'verified',
  }),
  notice({
    id: 'linkedin-notice',
    platform: 'linkedin',
    label: 'LinkedIn',
    what: REPORT,
    infoUrl: 'https://www.linkedin.com/help/linkedin',
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://www.linkedin.com/help/linkedin/answer/a6296744',
    confidence: 'to-check',
    toCheck: ['URL of the DSA illegal-content form for the public'],
  }),
  notice({
    id: 'pinterest-notice',
    platform: 'pinterest',
    label: 'Pinterest',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://www.pinterest.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'vinted-notice',
    platform: 'vinted',
    label: 'Vinted',
    what: { fr: 'signaler un contenu illégal', en: 'report illegal content' },
    form: { url: 'https://www.vinted.com/help/288-report-illegal-content-or-inappropriate-behavior', verified: true },
    how: {
      fr: 'Un formulaire permet de signaler une annonce illégale, même sans être membre.',
      en: 'A form lets anyone report an illegal listing, even non-members.',
    },
    sourceUrl: 'https://www.vinted.com/help/288-report-illegal-content-or-inappropriate-behavior',
    confidence: 'verified',
  }),
  notice({
    id: 'leboncoin-notice',
    platform: 'leboncoin',
    label: 'Leboncoin',
    what: { fr: 'signaler l’annonce', en: 'report the listing' },
    steps: ON_LISTING_STEPS,
    how: ON_LISTING,
    sourceUrl: 'https://www.leboncoin.fr',
    confidence: 'to-check',
    toCheck: ['that “Signaler l’annonce” is the DSA notice mechanism; any dedicated form'],
  }),
  notice({
    id: 'amazon-notice',
    platform: 'amazon',
    label: 'Amazon',
    what: { fr: 'signaler un contenu illégal', en: 'report illegal content' },
    steps: ON_LISTING_STEPS,
    how: ON_LISTING,
    sourceUrl:
      'https://trustworthyshopping.aboutamazon.com/dsa-digital-services-act-amazon-eu-store-transparency-report',
    confidence: 'to-check',
    toCheck: ['the “Report illegal content” link on listings and any standalone form'],
  }),
  notice({
    id: 'aliexpress-notice',
    platform: 'aliexpress',
    label: 'AliExpress',
    what: REPORT,
    steps: ON_LISTING_STEPS,
    how: ON_LISTING,
    sourceUrl: 'https://www.aliexpress.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'temu-notice',
    platform: 'temu',
    label: 'Temu',
    what: REPORT,
    steps: ON_LISTING_STEPS,
    how: ON_LISTING,
    sourceUrl: 'https://www.temu.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'shein-notice',
    platform: 'shein',
    label: 'Shein',
    what: REPORT,
    steps: ON_LISTING_STEPS,
    how: ON_LISTING,
    sourceUrl: 'https://www.shein.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'threads-notice',
    platform: 'threads',
    label: 'Threads',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://www.threads.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'mastodon-notice',
    platform: 'mastodon',
    label: 'Mastodon',
    what: { fr: 'signalement aux modérateurs de l’instance', en: 'report to the instance’s moderators' },
    steps: IN_APP_STEPS,
    how: {
      fr: 'Chaque instance Mastodon a ses propres modérateurs : passez par le bouton « Signaler » du message, sur l’instance où vous le voyez.',
      en: 'Each Mastodon instance has its own moderators: use the post’s “Report” button, on the instance where you see it.',
    },
    sourceUrl: 'https://docs.joinmastodon.org/user/moderating/',
    confidence: 'to-check',
    toCheck: ['the DSA contact point of the instance hosting the content'],
  }),
  notice({
    id: 'bluesky-notice',
    platform: 'bluesky',
    label: 'Bluesky',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://bsky.social',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'dailymotion-notice',
    platform: 'dailymotion',
    label: 'Dailymotion',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://www.dailymotion.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'vimeo-notice',
    platform: 'vimeo',
    label: 'Vimeo',
    what: REPORT,
    steps: IN_APP_STEPS,
    how: IN_APP,
    sourceUrl: 'https://vimeo.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
  notice({
    id: 'wish-notice',
    platform: 'wish',
    label: 'Wish',
    what: REPORT,
    steps: ON_LISTING_STEPS,
    how: ON_LISTING,
    sourceUrl: 'https://www.wish.com',
    confidence: 'to-check',
    toCheck: UNVERIFIED_FORM,
  }),
];
