/**
 * What every pack is written from, derived once from the draft, its route and the user's words:
 * addresses, place, author, times, legal qualification and evidence, each already neutralised.
 * Pure; the per-channel builders (`pack.ts`, `notice.ts`, `phone.ts`) only arrange these values.
 */
import type { RouteResult } from '@/utils/channels/route';
import { categoryById, isCategoryId, type Category, type CategoryId } from '@/utils/qualify/taxonomy';
import { draftIsLinkOnly, toLinkOnly } from '@/utils/qualify/link-only';
import { detectPlatform } from '@/utils/platforms/registry';
import { inLang, type Lang, type Localized } from '@/utils/localized';
import type { artefactKinds, Draft } from '@/utils/report/draft';

type ArtefactKind = (typeof artefactKinds)[number];
import { FIELD, LEGAL, TEXT, fill } from './labels.data';
import { publicationOf, type Publication } from '@/utils/report/publication';
import { formatMoment, hostOf, isoOf, neutralise, oneLine, spokenUrl } from './text';
import type { PackField, PackFieldKey, PackFieldKind, ReporterIdentity } from './types';

export interface EvidenceItem {
  /** Words in both languages (the pack picks its own), or a name as is (a file path). */
  name: string | Localized;
  sha256: string;
}

/** What each kind of file is called in a pack, in words of the pack's language (never the code name). */
export const ARTEFACT_NAMES: Record<ArtefactKind, Localized> = {
  screenshot: { fr: 'capture d’écran', en: 'screenshot' },
  'full-page': { fr: 'capture de la page entière', en: 'full-page capture' },
  mhtml: { fr: 'archive de la page (MHTML)', en: 'page archive (MHTML)' },
  'dom-snapshot': { fr: 'copie du code de la page', en: 'copy of the page’s code' },
  facts: { fr: 'relevé des informations de la page', en: 'record of the page’s information' },
};
const PART: Localized = { fr: 'partie {n}', en: 'part {n}' };

/** One file's name in both languages: its kind in words, and its part number for a tall page. */
export function artefactName(a: { kind: ArtefactKind; part?: { index: number } }): Localized {
  const name = (lang: Lang) => {
    const base = inLang(ARTEFACT_NAMES[a.kind], lang);
    return a.part ? `${base}, ${fill(inLang(PART, lang), { n: String(a.part.index + 1) })}` : base;
  };
  return { fr: name('fr'), en: name('en') };
}

/** How the draft's files are named in every pack (composer, side panel, PDF): kind, and part number. */
export function evidenceItems(
  artefacts: readonly { kind: ArtefactKind; sha256: string; part?: { index: number } }[],
): EvidenceItem[] {
  return artefacts.map((a) => ({ name: artefactName(a), sha256: a.sha256 }));
}

export interface PackContext {
  draft: Draft;
  route: RouteResult;
  lang: Lang;
  categoryId: CategoryId | null;
  category: Category | null;
  /** A minor is involved (answer, parent role, or a category that always involves one). */
  minor: boolean;
  /** Addresses, times and usernames only: no image, no screenshot, no hash of either. */
  linkOnly: boolean;
  /** The reported address. */
  url: string;
  /** The page's address, when it differs from the reported one. */
  pageUrl: string | null;
  /** Platform name, else the site's host. */
  place: string;
  /** "Name (@handle) — https://profile", or '' when unknown. */
  author: string;
  /** The author as said on the phone: name and handle, else the profile as site + path. */
  authorSpoken: string;
  published: Publication | null;
  /** The user's words, neutralised (may be empty). */
  description: string;
  /** Evidence fingerprints, named in the pack's language; always empty for link-only drafts. */
  evidence: { name: string; sha256: string }[];
  identity: ReporterIdentity | null;
}

const SHA256 = /^[0-9a-f]{64}$/;

export function contextOf(input: {
  draft: Draft;
  route: RouteResult;
  lang: Lang;
  identity: ReporterIdentity | null;
  evidence: readonly EvidenceItem[];
}): PackContext {
  const { route } = input;
  const linkOnly = route.urlOnly || draftIsLinkOnly(input.draft);
  // A link-only report is handed over as the rule says it may be held, whatever the caller passed.
  const draft = linkOnly ? toLinkOnly(input.draft, (u, p) => detectPlatform(u, p, null)) : input.draft;
  const q = draft.qualification;
  const categoryId = q.categoryId !== null && isCategoryId(q.categoryId) ? q.categoryId : null;
  const category = categoryId ? categoryById[categoryId] : null;
  const url = oneLine(draft.target.url);
  const pageUrl = oneLine(draft.target.pageUrl);
  const platform = draft.platform;
  const handle = platform?.authorHandle ? oneLine(platform.authorHandle) : '';
  const name = platform?.authorName ? oneLine(platform.authorName) : '';
  const who = name && handle && name !== handle ? `${name} (${handle})` : name || handle;
  const profile = platform?.authorUrl ? oneLine(platform.authorUrl) : '';
  // What the page said about the author; else what the user typed when Vigie asked.
  const given = oneLine(neutralise(draft.narrative.author ?? '')).trim();
  const author = (who && profile ? `${who} — ${profile}` : who || profile) || given;
  const identity =
    input.identity && (input.identity.name.trim() || input.identity.email.trim())
      ? { name: oneLine(input.identity.name), email: oneLine(input.identity.email) }
      : null;
  return {
    draft,
    route,
    lang: input.lang,
    categoryId,
    category,
    minor:
      q.minor === true ||
      q.role === 'parent' ||
      q.minorSexualImage === true ||
      categoryId === 'child-sexual-abuse-material' ||
      categoryId === 'grooming',
    linkOnly,
    url,
    pageUrl: pageUrl && pageUrl !== url ? pageUrl : null,
    place: platform?.platformName
      ? oneLine(platform.platformName)
      : (hostOf(draft.target.pageUrl) ?? hostOf(url) ?? ''),
    author,
    authorSpoken: who || (profile ? spokenUrl(profile) : '') || given,
    published: publicationOf(draft),
    description: neutralise(draft.narrative.description).trim(),
    evidence: linkOnly
      ? []
      : input.evidence
          .filter((e) => SHA256.test(e.sha256))
          .map((e) => ({
            name: oneLine(typeof e.name === 'string' ? e.name : inLang(e.name, input.lang)),
            sha256: e.sha256,
          })),
    identity,
  };
}

/** One field, its value neutralised (one line unless long text). */
export function field(
  key: PackFieldKey,
  label: string,
  value: string,
  kind: PackFieldKind,
  extra: Partial<Pick<PackField, 'choice' | 'iso' | 'note' | 'alt' | 'missing'>> = {},
): PackField {
  const clean = kind === 'longtext' ? neutralise(value).trim() : oneLine(value);
  return { key, label, value: clean, kind, ...extra };
}

// ── The fields most channels share ──────────────────────────────────────────

export const urlField = (c: PackContext, label = inLang(FIELD.url, c.lang)) => field('url', label, c.url, 'url');

export const pageUrlField = (c: PackContext): PackField[] =>
  c.pageUrl ? [field('pageUrl', inLang(FIELD.pageUrl, c.lang), c.pageUrl, 'url')] : [];

export const placeField = (c: PackContext, label = inLang(FIELD.place, c.lang)) =>
  field('place', label, c.place, 'text');

export function seenAtField(c: PackContext): PackField {
  const { capturedAt, timeZone } = c.draft.observed;
  return field('seenAt', inLang(FIELD.seenAt, c.lang), formatMoment(capturedAt, timeZone, c.lang), 'datetime', {
    iso: isoOf(capturedAt),
  });
}

export function publishedAtField(c: PackContext): PackField[] {
  const p = c.published;
  if (!p) return [];
  const shown = `${formatMoment(p.value, c.draft.observed.timeZone, c.lang)} (${inLang(TEXT.source[p.source], c.lang)})`;
  return [
    field('publishedAt', inLang(FIELD.publishedAt, c.lang), shown, 'datetime', {
      iso: p.value,
      ...(p.source === 'page' ? { note: inLang(TEXT.pageClaim, c.lang) } : {}),
    }),
  ];
}

export const authorField = (c: PackContext, label = inLang(FIELD.author, c.lang)): PackField[] =>
  c.author ? [field('author', label, c.author, 'text')] : [];

/** Marks a field the user still has to fill in Vigie: empty, with what to do. */
export const missingExtra = (c: PackContext) => ({ missing: true as const, note: inLang(TEXT.noDescription, c.lang) });

export const descriptionField = (c: PackContext, label = inLang(FIELD.description, c.lang)): PackField =>
  field('description', label, c.description, 'longtext', c.description ? {} : missingExtra(c));

export function categoryLabel(c: PackContext, lang: Lang = c.lang): string {
  return c.category ? inLang(c.category.label, lang) : '';
}

export const categoryField = (c: PackContext): PackField[] =>
  c.category ? [field('category', inLang(FIELD.category, c.lang), categoryLabel(c), 'text')] : [];

/** The legal qualification in plain words: the category, then each article with its maximum penalty. */
export function legalText(c: PackContext, lang: Lang = c.lang): string {
  if (!c.category) return inLang(LEGAL.none, lang);
  const lines = [fill(inLang(LEGAL.intro, lang), { label: inLang(c.category.label, lang) })];
  for (const b of c.category.legalBasis)
    lines.push(
      fill(inLang(LEGAL.article, lang), {
        code: b.code,
        article: b.article,
        label: inLang(b.label, lang),
        penalty: inLang(b.maxPenalty, lang),
      }),
    );
  return lines.join('\n');
}

export const legalField = (c: PackContext): PackField =>
  field('legalBasis', inLang(FIELD.legalBasis, c.lang), legalText(c), 'longtext');

export const evidenceText = (c: PackContext) => c.evidence.map((e) => `${e.name} — SHA-256 ${e.sha256}`).join('\n');

export const evidenceField = (c: PackContext): PackField[] =>
  c.evidence.length > 0 ? [field('evidence', inLang(FIELD.evidence, c.lang), evidenceText(c), 'longtext')] : [];
