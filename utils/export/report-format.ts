/**
 * `report.json`: the report as an open, versioned format (`format: 'vigie-report', version: 1`)
 * that a trusted flagger or an investigator can ingest. Its JSON Schema is generated from this
 * schema (`npm run schema:report`) and ships in the extension as
 * `public/report-format/vigie-report.v1.schema.json`; a meta test fails when the two drift.
 *
 * What the browser observed (tab address, times, versions) is kept apart from what the page
 * merely claims (title, canonical address, meta data). Link-only (CSAM) reports carry addresses,
 * times, the qualification and the user's words only: no page text and no file.
 * `toReportFormat` is pure.
 */
import { URL_MAX, z } from '@/utils/zod';
import { routeOfDraft } from '@/utils/channels/route-of';
import { categoryById, isCategoryId } from '@/utils/qualify/taxonomy';
import { draftIsLinkOnly, toLinkOnly } from '@/utils/qualify/link-only';
import { detectPlatform } from '@/utils/platforms/registry';
import { inLang, type Lang } from '@/utils/localized';
import { withoutControlChars } from '@/utils/format/controls';
import {
  artefactKinds,
  REDACTION_MAX_REGIONS,
  redactionModes,
  type ArtefactMeta,
  type Draft,
} from '@/utils/report/draft';
import { contentTypes } from '@/utils/report/platform-data';

export const REPORT_FORMAT = 'vigie-report';
export const REPORT_FORMAT_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const isoTime = z.string().max(40).describe('ISO 8601 date-time');
const text = (max: number) => z.string().max(max);

export const reportFileSchema = z
  .object({
    /** Path of the file inside the package. */
    name: text(200),
    type: text(100).describe('MIME type'),
    size: z.number().int().nonnegative(),
    sha256: sha256.describe('SHA-256 of the bytes recorded when the file was captured'),
    kind: z.enum(artefactKinds),
    capturedAt: isoTime,
    part: z
      .object({ index: z.number().int().nonnegative(), count: z.number().int().positive() })
      .optional()
      .describe('For a capture split into several images: this one’s place (index from 0)'),
    /** A redacted copy: the SHA-256 of the original it was made from. */
    derivedFrom: z
      .object({
        name: text(200).optional(),
        sha256: sha256.optional(),
        regions: z
          .array(
            z.object({
              x: z.number().int().nonnegative(),
              y: z.number().int().nonnegative(),
              width: z.number().int().positive(),
              height: z.number().int().positive(),
              mode: z.enum(redactionModes),
            }),
          )
          .max(REDACTION_MAX_REGIONS)
          .optional()
          .describe('The rectangles hidden in the original, in its pixels (blur: pixelated; black: painted)'),
      })
      .optional(),
    /** The file's bytes no longer match the SHA-256 recorded at capture: this is the SHA-256 they have now. */
    integrity: z.object({ matchesCapture: z.literal(false), actualSha256: sha256 }).optional(),
  })
  .strict();
export type ReportFile = z.output<typeof reportFileSchema>;

const localized = z.object({ fr: z.string(), en: z.string() });

export const reportFormatSchema = z
  .object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_FORMAT_VERSION),
    reportId: z.uuid(),
    lang: z.enum(['fr', 'en']),
    createdAt: isoTime.describe('When the report was started'),
    linkOnly: z
      .boolean()
      .describe('Child sexual abuse material or similar: addresses and times only, never an image or page text'),
    target: z.object({
      context: text(20),
      url: text(URL_MAX).describe('The exact thing reported (link, media, frame or page)'),
      pageUrl: text(URL_MAX),
      linkUrl: text(URL_MAX).optional(),
      srcUrl: text(URL_MAX).optional(),
      frameUrl: text(URL_MAX).optional(),
      selectionText: text(10000).optional(),
      cutUrls: z
        .array(z.object({ field: text(20), length: z.number().int().positive(), sha256 }))
        .describe('URLs stored cut: the full length and the SHA-256 of the full value'),
    }),
    observed: z
      .object({
        tabUrl: text(URL_MAX),
        tabTitle: text(2000).optional(),
        capturedAt: isoTime,
        localTime: text(64),
        timeZone: text(100),
        browser: text(100),
        extensionVersion: text(40),
        userAgent: text(1000),
      })
      .describe('What the browser itself observed: facts'),
    pageClaims: z
      .object({
        url: text(URL_MAX).nullable(),
        title: text(2000).nullable(),
        lang: text(50).nullable(),
        canonical: text(URL_MAX).nullable(),
        meta: z.array(z.object({ key: text(200), value: text(2000) })),
        links: z.array(z.object({ rel: text(200), href: text(URL_MAX) })),
        jsonLd: z.array(text(20000)),
      })
      .nullable()
      .describe('What the page says about itself: claims, not facts'),
    platform: z
      .object({
        platformId: text(40),
        platformName: text(80),
        contentType: z.enum(contentTypes).optional(),
        permalink: text(URL_MAX).optional(),
        contentId: text(200).optional(),
        authorHandle: text(200).optional(),
        authorName: text(200).optional(),
        authorUrl: text(URL_MAX).optional(),
        publishedAt: text(40).optional(),
      })
      .nullable(),
    qualification: z.object({
      categoryId: text(60).nullable(),
      category: localized.optional(),
      legalBasis: z.array(
        z.object({
          code: z.string(),
          article: z.string(),
          label: localized,
          maxPenalty: localized,
          source: z.string(),
        }),
      ),
      dsa: z.object({ category: z.string(), keyword: z.string() }).nullable(),
      urgency: z.string().nullable(),
      role: text(20).nullable(),
      minor: z.boolean().nullable(),
      danger: z.boolean().nullable(),
      privateExchange: z.boolean().nullable(),
      publicContent: z.boolean().nullable(),
      goodFaithAt: isoTime.nullable(),
    }),
    route: z.object({
      channels: z.array(z.object({ channelId: text(60), kind: text(20), reason: z.string() })),
      complaintAdvised: z.boolean(),
      outOfScope: z.string().optional(),
    }),
    handoffs: z.array(
      z.object({
        channelId: text(60),
        at: isoTime,
        lastAt: isoTime,
        actions: z.array(text(20)),
        reference: text(300).nullable(),
        acknowledgedAt: isoTime.nullable(),
      }),
    ),
    narrative: z.object({
      description: text(5000),
      publishedAt: isoTime.nullable(),
      publishedAtSource: z.enum(['page', 'platform', 'user']).nullable(),
    }),
    tags: z
      .array(text(60))
      .optional()
      .describe('Campaigns and tags the person reporting gave the report (absent when none)'),
    files: z.array(reportFileSchema),
  })
  .strict();
export type ReportFormat = z.output<typeof reportFormatSchema>;

/** A file of the package as the report lists it: its artefact, its path, and (if any) its changed hash. */
export interface ReportFileInput {
  artefact: ArtefactMeta;
  name: string;
  /** Set when the bytes read at export no longer match `artefact.sha256`. */
  actualSha256?: string;
  /** For a redacted copy: its original (its path when it is in the package too). */
  original?: { name?: string; sha256: string };
}

/**
 * Every string of a JSON value without control characters but the tab and line feed (as report.txt
 * and the PDF already are): page text can hold them, exported text never does.
 */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return withoutControlChars(value, 'layout') as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withoutControls(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControls(v)])) as T;
  return value;
}

/** The platform data the addresses alone give (for link-only reports). */
const addressesOnly = (url: string, pageUrl: string) => detectPlatform(url, pageUrl, null);

const defined = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function toReportFormat(stored: Draft, files: readonly ReportFileInput[], lang: Lang): ReportFormat {
  const linkOnly = draftIsLinkOnly(stored);
  // A link-only report is written as the rule says it may be held, whatever the caller passed.
  const draft = linkOnly ? toLinkOnly(stored, addressesOnly) : stored;
  const q = draft.qualification;
  const category = q.categoryId !== null && isCategoryId(q.categoryId) ? categoryById[q.categoryId] : null;
  const routed = routeOfDraft(draft);
  const page = draft.page;
  const p = draft.platform;
  const report: ReportFormat = {
    format: REPORT_FORMAT,
    version: REPORT_FORMAT_VERSION,
    reportId: draft.id,
    lang,
    createdAt: draft.createdAt,
    linkOnly,
    target: defined({
      context: draft.target.context,
      url: draft.target.url,
      pageUrl: draft.target.pageUrl,
      linkUrl: draft.target.linkUrl,
      srcUrl: draft.target.srcUrl,
      frameUrl: draft.target.frameUrl,
      selectionText: linkOnly ? undefined : draft.target.selectionText,
      cutUrls: draft.target.cut.map((c) => ({ field: c.field, length: c.length, sha256: c.sha256 })),
    }),
    observed: defined({ ...draft.observed, tabTitle: linkOnly ? undefined : draft.observed.tabTitle }),
    pageClaims:
      page && !linkOnly
        ? {
            url: page.url,
            title: page.title,
            lang: page.lang,
            canonical: page.canonical,
            meta: page.meta.map((m) => ({ key: m.key, value: m.value })),
            links: page.links.map((l) => ({ rel: l.rel, href: l.href })),
            jsonLd: [...page.jsonLd],
          }
        : null,
    platform: p
      ? defined({
          platformId: p.platformId,
          platformName: p.platformName,
          contentType: p.contentType,
          permalink: p.permalink,
          contentId: p.contentId,
          // Author names are read on the page: not kept for link-only reports (handles in URLs are).
          authorHandle: linkOnly ? undefined : p.authorHandle,
          authorName: linkOnly ? undefined : p.authorName,
          authorUrl: p.authorUrl,
          publishedAt: linkOnly ? undefined : p.publishedAt,
        })
      : null,
    qualification: defined({
      categoryId: q.categoryId,
      category: category ? { fr: category.label.fr, en: category.label.en } : undefined,
      legalBasis: (category?.legalBasis ?? []).map((b) => ({
        code: b.code,
        article: b.article,
        label: { fr: b.label.fr, en: b.label.en },
        maxPenalty: { fr: b.maxPenalty.fr, en: b.maxPenalty.en },
        source: b.source.url,
      })),
      dsa: routed ? { category: routed.dsa.category, keyword: routed.dsa.keyword } : null,
      urgency: category?.urgency ?? null,
      role: q.role,
      minor: q.minor,
      danger: q.danger,
      privateExchange: q.privateExchange,
      publicContent: q.publicContent,
      goodFaithAt: q.goodFaithAt,
    }),
    route: defined({
      channels: (routed?.steps ?? []).map((s) => ({
        channelId: s.channelId,
        kind: s.kind,
        reason: inLang(s.reason, lang),
      })),
      complaintAdvised: routed?.complaintAdvised ?? false,
      outOfScope: routed?.outOfScope ? inLang(routed.outOfScope.reason, lang) : undefined,
    }),
    handoffs: draft.handoffs.map((h) => ({ ...h, actions: [...h.actions] })),
    narrative: { ...draft.narrative },
    tags: draft.tags.length > 0 ? [...draft.tags] : undefined,
    files: linkOnly
      ? []
      : files.map(({ artefact: a, name, actualSha256, original }) =>
          defined({
            name,
            type: a.mime,
            size: a.size,
            sha256: a.sha256,
            kind: a.kind,
            capturedAt: a.createdAt,
            part: a.part ? { index: a.part.index, count: a.part.count } : undefined,
            derivedFrom: a.derivedFrom
              ? defined({
                  name: original?.name,
                  sha256: original?.sha256 ?? a.redaction?.originalSha256,
                  regions: a.redaction?.regions.map((r) => ({ ...r })),
                })
              : undefined,
            integrity:
              actualSha256 && actualSha256 !== a.sha256 ? { matchesCapture: false as const, actualSha256 } : undefined,
          }),
        ),
  };
  return reportFormatSchema.parse(withoutControls(report));
}
