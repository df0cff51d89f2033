/**
 * The platform notice (DSA, Regulation (EU) 2022/2065, Art. 16(2)), written in French and in
 * English: (a) a substantiated explanation — the facts and why they are illegal, with the
 * articles; (b) the exact address(es); (c) the notifier's name and email — left out, and the text
 * says why, when the content concerns an offence of Directive 2011/93/EU Arts 3–7 (child sexual
 * abuse material, solicitation of a child: `route.omitReporterIdentity`); (d) the good-faith
 * statement. Pure.
 */
import { inLang, type Lang, type Localized } from '@/utils/localized';
import { otherLanguage } from '@/utils/channels/language';
import { field, legalText, missingExtra, type PackContext } from './context';
import { FIELD, fill } from './labels.data';
import { colon, formatMoment } from './text';
import type { PackField } from './types';

export const NOTICE = {
  title: {
    fr: 'Signalement de contenu illicite — article 16 du règlement (UE) 2022/2065 (règlement sur les services numériques, DSA)',
    en: 'Notice of illegal content — Article 16 of Regulation (EU) 2022/2065 (Digital Services Act, DSA)',
  },
  urls: { fr: '1. Adresse(s) exacte(s) du contenu', en: '1. Exact address(es) of the content' },
  explanation: {
    fr: '2. Pourquoi ce contenu est illicite',
    en: '2. Why this content is illegal',
  },
  facts: { fr: 'Faits', en: 'Facts' },
  seen: { fr: 'Vu le {when}.', en: 'Seen on {when}.' },
  published: { fr: 'Publié le {when}.', en: 'Published on {when}.' },
  author: { fr: 'Compte auteur : {author}.', en: 'Posting account: {author}.' },
  law: { fr: 'Base légale (droit français)', en: 'Legal basis (French law)' },
  illegal: {
    fr: 'Ce contenu constitue une infraction pénale en droit français ; il est donc illicite au sens de l’article 3, point h), du DSA.',
    en: 'This content is a criminal offence under French law; it is therefore illegal content within the meaning of Article 3(h) of the DSA.',
  },
  identity: { fr: '3. Auteur du signalement', en: '3. Person submitting this notice' },
  omitted: {
    fr: 'Conformément à l’article 16, paragraphe 2, point c), du DSA, je ne communique ni mon nom ni mon adresse e-mail : ce signalement porte sur une infraction visée aux articles 3 à 7 de la directive 2011/93/UE (abus sexuels et exploitation sexuelle des enfants, pédopornographie, sollicitation d’enfants à des fins sexuelles).',
    en: 'Under Article 16(2)(c) of the DSA, I do not give my name or email address: this notice concerns an offence referred to in Articles 3 to 7 of Directive 2011/93/EU (sexual abuse and sexual exploitation of children, child sexual abuse material, solicitation of children for sexual purposes).',
  },
  omittedNote: {
    fr: 'Laissé vide exprès : pour ce contenu, le DSA (art. 16(2)(c)) n’exige ni nom ni e-mail.',
    en: 'Left empty on purpose: for this content the DSA (Art. 16(2)(c)) requires no name or email.',
  },
  missing: { fr: '(non renseigné)', en: '(not given)' },
  missingNote: {
    fr: 'Vous n’avez pas indiqué d’identité dans Vigie. Le signalement reste possible sans nom ni e-mail (DSA, considérant 50), mais sans e-mail la plateforme ne vous enverra ni accusé de réception (art. 16(4)) ni sa décision (art. 16(5)).',
    en: 'You have not set an identity in Vigie. The notice can still be sent without a name or email (DSA, recital 50), but without an email the platform will send you neither a confirmation of receipt (Art. 16(4)) nor its decision (Art. 16(5)).',
  },
  goodFaithTitle: { fr: '4. Déclaration de bonne foi', en: '4. Statement of good faith' },
  goodFaith: {
    fr: 'J’ai la conviction de bonne foi que les informations et allégations contenues dans ce signalement sont exactes et complètes.',
    en: 'I have a good-faith belief that the information and allegations in this notice are accurate and complete.',
  },
  explanationLabel: { fr: 'Explication (faits et base légale)', en: 'Explanation (facts and legal basis)' },
  urlsLabel: { fr: 'Adresse(s) exacte(s) du contenu', en: 'Exact address(es) of the content' },
} satisfies Record<string, Localized>;

export function urlsOf(c: PackContext): string[] {
  return c.pageUrl ? [c.url, c.pageUrl] : [c.url];
}

/** (a) The substantiated explanation: the facts in the user's words, then the law. */
export function explanationOf(c: PackContext, lang: Lang): string {
  const { capturedAt, timeZone } = c.draft.observed;
  // The user's own words, never a stand-in: without them the facts are the times and the account.
  const facts = c.description ? [c.description] : [];
  facts.push(fill(inLang(NOTICE.seen, lang), { when: formatMoment(capturedAt, timeZone, lang) }));
  if (c.published)
    facts.push(fill(inLang(NOTICE.published, lang), { when: formatMoment(c.published.value, timeZone, lang) }));
  if (c.author) facts.push(fill(inLang(NOTICE.author, lang), { author: c.author }));
  const law = [legalText(c, lang)];
  if (c.category && c.category.legalBasis.length > 0) law.push(inLang(NOTICE.illegal, lang));
  return [
    `${inLang(NOTICE.facts, lang)}${colon(lang)}`,
    facts.join('\n'),
    '',
    `${inLang(NOTICE.law, lang)}${colon(lang)}`,
    law.join('\n'),
  ].join('\n');
}

type IdentityPart = { name: string; email: string; note?: string; lines: string[] };

/** (c) The notifier's identity, or why it is absent. */
export function identityOf(c: PackContext, lang: Lang): IdentityPart {
  if (c.route.omitReporterIdentity)
    return { name: '', email: '', note: inLang(NOTICE.omittedNote, lang), lines: [inLang(NOTICE.omitted, lang)] };
  const missing = inLang(NOTICE.missing, lang);
  const name = c.identity?.name ?? '';
  const email = c.identity?.email ?? '';
  const lines = [
    `${inLang(FIELD.name, lang)}${colon(lang)} ${name || missing}`,
    `${inLang(FIELD.email, lang)}${colon(lang)} ${email || missing}`,
  ];
  if (!name || !email) {
    lines.push(inLang(NOTICE.missingNote, lang));
    return { name, email, note: inLang(NOTICE.missingNote, lang), lines };
  }
  return { name, email, lines };
}

/** The whole notice, ready to paste into a free-text box. */
export function noticeText(c: PackContext, lang: Lang): string {
  return [
    inLang(NOTICE.title, lang),
    '',
    inLang(NOTICE.urls, lang),
    ...urlsOf(c),
    '',
    inLang(NOTICE.explanation, lang),
    explanationOf(c, lang),
    '',
    inLang(NOTICE.identity, lang),
    ...identityOf(c, lang).lines,
    '',
    inLang(NOTICE.goodFaithTitle, lang),
    inLang(NOTICE.goodFaith, lang),
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/** The notice's separate fields, each with its other-language version, and the full text. */
export function noticeFields(c: PackContext): PackField[] {
  const lang = c.lang;
  const alt = (value: string) => ({ alt: { lang: otherLanguage(lang), value } });
  const id = identityOf(c, lang);
  const urls = urlsOf(c).join('\n');
  // Without the user's account of the facts, the explanation (Art. 16(2)(a)) is not substantiated:
  // the explanation and the full text stay empty, said missing, until the user writes it.
  const ready = c.description !== '';
  const whenReady = (value: () => string, altValue: () => string) =>
    ready ? { value: value(), extra: alt(altValue()) } : { value: '', extra: missingExtra(c) };
  const explanation = whenReady(
    () => explanationOf(c, lang),
    () => explanationOf(c, otherLanguage(lang)),
  );
  const full = whenReady(
    () => noticeText(c, lang),
    () => noticeText(c, otherLanguage(lang)),
  );
  return [
    field('url', inLang(NOTICE.urlsLabel, lang), urls, urls.includes('\n') ? 'longtext' : 'url'),
    field('description', inLang(NOTICE.explanationLabel, lang), explanation.value, 'longtext', explanation.extra),
    field('name', inLang(FIELD.name, lang), id.name, 'text', id.note ? { note: id.note } : {}),
    field('email', inLang(FIELD.email, lang), id.email, 'email', id.note ? { note: id.note } : {}),
    field('goodFaith', inLang(FIELD.goodFaith, lang), inLang(NOTICE.goodFaith, lang), 'longtext', {
      ...alt(inLang(NOTICE.goodFaith, otherLanguage(lang))),
    }),
    field('notice', inLang(FIELD.notice, lang), full.value, 'longtext', full.extra),
  ];
}
