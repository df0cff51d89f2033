/**
 * The complaint PDF: one printable A4 summary of a report, to bring to a police or gendarmerie
 * station or to attach to a complaint. Who reports, what, when, where, the qualification and its
 * legal basis, the route and the hand-offs made, the evidence with its SHA-256 fingerprints and how
 * to check them, then the screenshots.
 *
 * Rules kept here whatever the caller passes:
 * - a link-only report (CSAM rule) gets no image, no page title, no selected text and no evidence
 *   fingerprint: addresses, usernames and times only;
 * - every page-derived text is hostile: neutralised (bidi overrides and controls removed), cut,
 *   and each character the embedded font cannot draw becomes U+FFFD;
 * - everything is bounded: texts are cut, images take at most `MAX_IMAGE_PAGES` pages.
 *
 * The facts are written with the report pack's labels and values (`buildPack(…, 'complaint')`),
 * so the PDF and the pack say the same thing the same way. Text is real text in embedded subset
 * fonts (Noto Sans): selectable and searchable. Loaded lazily by the composer (the library is large).
 * This module is the document (what is said, in which order, within which bounds); how text and
 * images are laid out on A4 pages is `pdf-layout.ts`.
 */
import { loadCountry } from '@/utils/channels/eu/load';
import { PDFDocument } from '@cantoo/pdf-lib';
import { channelById, isChannelId } from '@/utils/channels/registry';
import type { RouteResult } from '@/utils/channels/route';
import { routeOfDraft } from '@/utils/channels/route-of';
import { reportsFromAbroad } from '@/utils/report/qualification';
import { artefactName, contextOf, evidenceItems, legalText } from '@/utils/handoff/context';
import { FIELD, fill } from '@/utils/handoff/labels.data';
import { buildPackExact } from '@/utils/handoff/pack';
import { colon, formatMoment, oneLine } from '@/utils/handoff/text';
import type { PackField, ReporterIdentity } from '@/utils/handoff/types';
import { inLang, type Lang } from '@/utils/localized';
import { dsaFor } from '@/utils/qualify/dsa-for';
import { DSA_CATEGORY_LABELS, DSA_KEYWORD_LABELS } from '@/utils/qualify/dsa';
import { DSA_CATEGORY_LABELS_FR, DSA_KEYWORD_LABELS_FR } from '@/utils/qualify/dsa-fr.data';
import type { DsaCode } from '@/utils/qualify/dsa-for';
import type { Artefact, Draft } from '@/utils/report/draft';
import { PDF } from './pdf-labels.data';
import { buildAuthorities } from './timestamp-authority-list';
import { selectPdfImages, type PdfImageChoice } from './pdf-images';
import { BODY, embedFonts, embedImage, GREY, LEADING, SMALL, Writer, type Wrap } from './pdf-layout';

export interface ComplaintPdfInput {
  draft: Draft;
  /** The draft's artefacts with their blobs (ignored entirely for a link-only report). */
  artefacts: readonly Artefact[];
  lang: Lang;
  /** Which images to show; default `original`. */
  image?: PdfImageChoice;
  /** Noto Sans WOFF files (regular, bold): embedded as subsets. */
  fonts: { regular: Uint8Array; bold: Uint8Array };
  /** From the settings, only if the user gave one; otherwise the PDF says "anonymous". */
  identity?: ReporterIdentity | null;
  /** When the document is made (ISO); default now. */
  now?: string;
}

// ── Bounds ───────────────────────────────────────────────────────────────────

/** Pages of images at most (a very tall page is cut; the full image is in the evidence package). */
export const MAX_IMAGE_PAGES = 10;
/** Longest page title shown. */
const TITLE_MAX = 300;
const MAX_EVIDENCE = 200;
const MAX_HANDOFFS = 100;

// ── Content ──────────────────────────────────────────────────────────────────

const WRAP_BY_KIND: Partial<Record<PackField['kind'], Wrap>> = { url: 'anywhere', email: 'anywhere' };

function groupDigits(n: number): string {
  return String(Math.max(0, Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

const EMPTY_ROUTE: RouteResult = {
  steps: [],
  complaintAdvised: false,
  omitReporterIdentity: false,
  urlOnly: false,
  dsa: dsaFor('other', { minor: false }),
  notes: [],
};

/** The DSA code in the document's language: its name, then the code itself (a keyword without French name: the code alone). */
export function dsaLines(dsa: DsaCode, lang: Lang): string {
  const category = lang === 'fr' ? DSA_CATEGORY_LABELS_FR[dsa.category] : DSA_CATEGORY_LABELS[dsa.category];
  const keyword = lang === 'fr' ? DSA_KEYWORD_LABELS_FR[dsa.keyword] : DSA_KEYWORD_LABELS[dsa.keyword];
  return `${category} (${dsa.category})\n${keyword ? `${keyword} (${dsa.keyword})` : dsa.keyword}`;
}

export async function buildComplaintPdf(input: ComplaintPdfInput): Promise<Uint8Array> {
  const { draft, lang } = input;
  await loadCountry(draft.qualification.country);
  const L = <T>(text: { fr: T; en: T }) => inLang(text, lang);
  const sep = colon(lang);
  const tz = draft.observed.timeZone;
  const moment = (iso: string) => formatMoment(iso, tz, lang);

  const routed = routeOfDraft(draft);
  const routeResult = routed ?? EMPTY_ROUTE;
  const ctx = contextOf({
    draft,
    route: routeResult,
    lang,
    identity: input.identity ?? null,
    evidence: evidenceItems(input.artefacts),
  });
  // The CSAM rule: from here on, nothing but addresses, usernames and times.
  const linkOnly = ctx.linkOnly;
  const artefacts = linkOnly ? [] : input.artefacts.slice(0, MAX_EVIDENCE);
  // The PDF is one document in one language: its complaint pack is written in that language.
  const pack = buildPackExact({
    draft,
    route: routeResult,
    channelId: 'complaint',
    lang,
    identity: input.identity ?? null,
    evidence: linkOnly ? [] : evidenceItems(artefacts),
  });
  const packField = (key: PackField['key']) => pack.fields.find((f) => f.key === key && f.value);

  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc, input.fonts);
  const now = input.now ?? new Date().toISOString();

  doc.setTitle(L(PDF.title));
  doc.setLanguage(lang === 'fr' ? 'fr-FR' : 'en-GB');
  doc.setCreator('Vigie');
  doc.setProducer('Vigie');
  doc.setSubject(L(PDF.notOfficial));
  const created = new Date(now);
  if (!Number.isNaN(created.getTime())) {
    doc.setCreationDate(created);
    doc.setModificationDate(created);
  }

  const w = new Writer(doc, fonts);
  const showField = (f: PackField | undefined) => {
    if (f) w.field(f.label, f.note ? `${f.value}\n${f.note}` : f.value, WRAP_BY_KIND[f.kind] ?? 'words');
  };

  // Header.
  w.text(L(PDF.title), { size: 16, bold: true });
  w.moveDown(4);
  w.text(L(PDF.notOfficial), { size: BODY, bold: true });
  w.moveDown(2);
  w.text(`${L(PDF.preparedAt)}${sep} ${moment(now)}`, { size: SMALL, color: GREY });
  w.text(`${L(PDF.reportId)}${sep} ${draft.id}`, { size: SMALL, color: GREY, wrap: 'anywhere' });

  // 1. Who.
  w.heading(L(PDF.who));
  if (ctx.identity) {
    w.field(L(FIELD.name), ctx.identity.name);
    w.field(L(FIELD.email), ctx.identity.email, 'anywhere');
  } else w.text(L(PDF.anonymous));
  const role = draft.qualification.role;
  if (role) w.field(L(PDF.role), L(PDF.roles[role]));

  // 2. What.
  w.heading(L(PDF.what));
  showField(packField('url'));
  showField(packField('pageUrl'));
  if (draft.platform?.platformName) w.field(L(PDF.platform), oneLine(draft.platform.platformName));
  showField(packField('author'));
  if (draft.platform?.contentId) w.field(L(PDF.contentId), oneLine(draft.platform.contentId), 'anywhere');
  // The user's own words, or a plain statement that there are none (never a stand-in text).
  const description = pack.fields.find((f) => f.key === 'description');
  if (description) w.field(description.label, description.value || L(PDF.noDescription));
  for (const c of draft.target.cut.slice(0, 6))
    w.text(fill(L(PDF.urlCut), { field: c.field, length: groupDigits(c.length), sha256: c.sha256 }), {
      size: SMALL,
      color: GREY,
      wrap: 'anywhere',
    });

  // 3. When.
  w.heading(L(PDF.when));
  showField(packField('seenAt'));
  w.text(L(PDF.whenNote), { size: SMALL, color: GREY });
  showField(packField('publishedAt'));

  // 4. Where: the page's own title is page text, never shown for a link-only report.
  w.heading(L(PDF.where));
  if (!draft.platform?.platformName) showField(packField('place'));
  if (!linkOnly) {
    const title = draft.page?.title ?? draft.observed.tabTitle;
    if (title) {
      const t = oneLine(title.slice(0, TITLE_MAX * 2));
      w.field(L(PDF.pageTitle), t.length > TITLE_MAX ? `${t.slice(0, TITLE_MAX)}…` : t);
    }
  }
  const tabUrl = oneLine(draft.observed.tabUrl);
  if (tabUrl && tabUrl !== ctx.url && tabUrl !== ctx.pageUrl) w.field(L(PDF.tabUrl), tabUrl, 'anywhere');

  // 5. Qualification.
  w.heading(L(PDF.qualification));
  const category = ctx.category;
  if (!category || !routed) w.text(L(PDF.notQualified));
  else {
    showField(packField('category'));
    // French law for a reporter in France only; elsewhere, that country's police qualify the facts.
    if (reportsFromAbroad(draft.qualification)) w.text(L(PDF.lawAbroad), { size: SMALL, color: GREY });
    else {
      const legal = packField('legalBasis');
      w.field(legal?.label ?? '', legalText(ctx));
      w.text(L(PDF.legalNote), { size: SMALL, color: GREY });
    }
    const dsa = routed.dsa;
    w.field(L(PDF.dsa), dsaLines(dsa, lang), 'words');
    w.field(L(PDF.urgency), L(PDF.urgencies[category.urgency]));
    if (draft.qualification.danger === true) w.text(L(PDF.danger), { bold: true });
  }

  // 6. Route.
  if (routed) {
    w.heading(L(PDF.route));
    if (routed.complaintAdvised) w.text(L(PDF.complaintAdvised), { bold: true });
    if (routed.outOfScope) w.text(L(routed.outOfScope.reason));
    routed.steps.forEach((s, i) => {
      const channel = channelById[s.channelId];
      w.field(`${i + 1}. ${L(PDF.stepKinds[s.kind])}`, `${L(channel.name)}\n${L(s.reason)}`);
      if (channel.url) w.text(channel.url, { size: SMALL, indent: 8, wrap: 'anywhere', color: GREY });
    });
    for (const n of routed.notes) w.text(L(n), { size: SMALL, color: GREY });
    if (pack.steps.length > 0) w.field(L(PDF.complaintSteps), pack.steps.map((s, i) => `${i + 1}) ${s}`).join('\n'));
  }

  // 7. Hand-offs.
  w.heading(L(PDF.handoffs));
  const handoffs = draft.handoffs.slice(0, MAX_HANDOFFS);
  if (handoffs.length === 0) w.text(L(PDF.noHandoff));
  for (const h of handoffs) {
    const name = isChannelId(h.channelId) ? L(channelById[h.channelId].name) : oneLine(h.channelId);
    const lines = [fill(L(PDF.handoffAt), { at: moment(h.at) })];
    if (h.actions.length > 0) lines.push(h.actions.map((a) => L(PDF.actions[a])).join(', '));
    if (h.reference) lines.push(`${L(PDF.reference)}${sep} ${oneLine(h.reference)}`);
    if (h.acknowledgedAt) lines.push(fill(L(PDF.acknowledged), { at: moment(h.acknowledgedAt) }));
    w.field(name, lines.join('\n'));
  }

  // 8. Evidence.
  w.heading(L(PDF.evidence));
  if (linkOnly) w.text(L(PDF.linkOnly), { bold: true });
  else if (artefacts.length === 0) w.text(L(PDF.evidenceNone));
  const names = artefacts.map((a) => L(artefactName(a)));
  const nameById = new Map(artefacts.map((a, i) => [a.id, names[i]!]));
  artefacts.forEach((a, i) => {
    const original = a.derivedFrom ? nameById.get(a.derivedFrom) : undefined;
    const name = names[i]! + (a.derivedFrom ? ` (${fill(L(PDF.redactedCopy), { original: original ?? '?' })})` : '');
    w.field(
      `${L(PDF.file)} ${i + 1}${sep} ${name}`,
      `${oneLine(a.mime)} — ${L(PDF.size)}${sep} ${fill(L(PDF.bytes), { n: groupDigits(a.size) })}`,
    );
    w.text(`SHA-256${sep} ${a.sha256}`, { indent: 8, wrap: 'anywhere' });
  });

  // 9. How to verify.
  if (!linkOnly) {
    w.heading(L(PDF.verify));
    w.text(L(PDF.verifyText));
    w.moveDown(3);
    w.text(L(PDF.verifyHow));
  }
  // The package's RFC 3161 seal (a link-only report may be sealed too): authority, time, serial.
  if (draft.seal) {
    const { seal } = draft;
    const authority = buildAuthorities.find((a) => a.id === seal.authorityId)?.name ?? seal.authorityId;
    w.moveDown(3);
    w.text(
      fill(L(PDF.sealed), { sha256: seal.manifestSha256, authority, time: moment(seal.genTime), serial: seal.serial }),
      { wrap: 'anywhere' },
    );
  }

  // 10. Images, each from a new page, cut across pages, `MAX_IMAGE_PAGES` at most.
  const { images, leftOut } = linkOnly
    ? { images: [], leftOut: 0 }
    : selectPdfImages(artefacts, input.image ?? 'original');
  if (images.length > 0 || leftOut > 0) {
    // The images start below the heading when most of a page is left, else on a page of their own.
    if (w.room < w.pageHeight / 2) w.newPage();
    w.heading(L(PDF.images));
    if (input.image === 'redacted') w.text(L(PDF.imagesRedacted), { size: SMALL, color: GREY });
    if (leftOut > 0) w.text(fill(L(PDF.imagesLeftOut), { n: String(leftOut) }), { size: SMALL, color: GREY });
    let imagePages = 0;
    for (const [index, artefact] of images.entries()) {
      if (imagePages >= MAX_IMAGE_PAGES) {
        w.text(L(PDF.imagesOmitted), { size: SMALL, color: GREY });
        break;
      }
      if (index > 0) w.newPage();
      const label = `${nameById.get(artefact.id) ?? L(artefactName(artefact))} — SHA-256${sep} ${artefact.sha256}`;
      w.text(label, { size: SMALL, color: GREY, wrap: 'anywhere' });
      w.moveDown(4);
      const image = await embedImage(doc, artefact);
      if (!image) {
        w.text(L(PDF.imageUnreadable));
        continue;
      }
      const { height } = w.fit(image);
      let shown = 0;
      for (;;) {
        const remaining = height - shown;
        let area = Math.min(w.room, remaining);
        // On the last page allowed, keep room for the note that says the image was cut.
        if (remaining > area && imagePages + 1 >= MAX_IMAGE_PAGES) area = w.room - SMALL * LEADING - 8;
        w.imageSlice(image, shown, area);
        shown += area;
        imagePages += 1;
        if (shown >= height - 0.5) break;
        if (imagePages >= MAX_IMAGE_PAGES) {
          w.moveDown(4);
          w.text(fill(L(PDF.imageCut), { n: String(MAX_IMAGE_PAGES) }), { size: SMALL, color: GREY });
          break;
        }
        w.newPage();
      }
      if (imagePages >= MAX_IMAGE_PAGES && index < images.length - 1) {
        w.text(L(PDF.imagesOmitted), { size: SMALL, color: GREY });
        break;
      }
    }
  }

  // Footer on every page: not an official service, page n of total.
  w.footers((n, total) => `${L(PDF.footer)} · ${fill(L(PDF.page), { n: String(n), total: String(total) })}`);

  return doc.save();
}
