import { boundedText, optionalWebUrl, pageText, URL_MAX, z } from '@/utils/zod';
import { pageFactsSchema } from './page-facts';
import { platformDataSchema } from './platform-data';
import { emptyQualificationRecord, upgradeDraftRecord } from './draft-migrations';
import { captureProblems } from './capture-errors';
import { emptyFollowUp, followUpSchema } from './follow-up';
import { sealSchema } from './seal';

/**
 * Current version of stored draft records. Older records go through `migrateDraft`.
 * v2: `qualification` (the user's answers) and `target.normalizedUrl` (to recognise re-reports).
 * v3: the reporter's role replaces `victim`; blackmail answers (`moneyDemanded`, `metInPerson`);
 *     the user's `narrative` and the `handoffs` made.
 * v4: `followUp` (what happened after the hand-off, as the user records it).
 */
export { DRAFT_SCHEMA_VERSION } from './draft-migrations';
import { DRAFT_SCHEMA_VERSION } from './draft-migrations';
/** Artefact records are immutable: their schema has not changed since v1 (only optional fields were added). */
export const ARTEFACT_SCHEMA_VERSION = 1;

export const triggers = ['context-menu', 'popup', 'shortcut'] as const;
export const menuContexts = ['page', 'link', 'image', 'video', 'audio', 'selection', 'frame'] as const;
export { captureProblems } from './capture-errors';
export const artefactKinds = ['screenshot', 'full-page', 'mhtml', 'dom-snapshot', 'facts'] as const;

/**
 * Any URL the browser shows us: http(s), plus the schemes of pages that cannot be captured.
 * Cut to `URL_MAX` characters, never refused: the capture records each cut in `target.cut`.
 */
const anyUrl = boundedText(URL_MAX);

/** The URLs that may be cut; `tabUrl` is `observed.tabUrl`, the others are in `target`. */
export const cutUrlFields = ['url', 'pageUrl', 'linkUrl', 'srcUrl', 'frameUrl', 'tabUrl'] as const;
export type CutUrlField = (typeof cutUrlFields)[number];
/** A URL stored cut: its field, the full value's length (UTF-16 units) and the SHA-256 of its UTF-8 bytes. */
export const urlCutSchema = z.object({
  field: z.enum(cutUrlFields),
  length: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type UrlCut = z.output<typeof urlCutSchema>;
const isoTime = z.iso.datetime({ offset: true });

export { qualificationSchema, reporterRoles, type Qualification, type ReporterRole } from './qualification';
import { qualificationSchema, type Qualification } from './qualification';
import { emptyNarrative as emptyNarrativeRecord, handoffSchema, narrativeSchema } from './handoff';
export {
  DESCRIPTION_MAX,
  emptyNarrative,
  handoffActions,
  handoffSchema,
  narrativeSchema,
  type Handoff,
  type HandoffAction,
  type Narrative,
} from './handoff';

export const emptyQualification = (): Qualification => emptyQualificationRecord();

/** Longest tag and most tags (`TAG_MAX`, `TAGS_MAX` in tags.ts: a test keeps them equal). */
const tagsSchema = z
  .array(z.string().min(1).max(60))
  .max(20)
  .default(() => []);

export const draftSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  id: z.uuid(),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** Capture lifecycle. `interrupted`: the background died before the capture finished. */
  status: z.enum(['capturing', 'ready', 'interrupted']),
  /** `url-only`: no screenshot, archive or thumbnail is ever taken (CSAM entry, uncapturable pages). */
  mode: z.enum(['full', 'url-only']),
  /** Reported through the dedicated child-sexual-abuse entry. */
  csam: z.boolean(),
  trigger: z.enum(triggers),
  target: z.object({
    context: z.enum(menuContexts),
    /** The exact thing reported: link, media or frame URL, else the page URL. */
    url: anyUrl,
    pageUrl: anyUrl,
    linkUrl: optionalWebUrl(),
    srcUrl: optionalWebUrl(['http:', 'https:', 'data:', 'blob:']),
    frameUrl: optionalWebUrl(),
    selectionText: pageText(10000).optional(),
    /** `url` in a stable form, to recognise the same content reported twice (see normalizeUrl). */
    normalizedUrl: anyUrl,
    /** URLs longer than `URL_MAX`: stored cut, with what identifies the full value (none: `[]`). */
    cut: z
      .array(urlCutSchema)
      .max(cutUrlFields.length)
      .default(() => []),
  }),
  /** What the browser itself observed: facts, as opposed to the page's claims in `page`. */
  observed: z.object({
    tabUrl: anyUrl,
    tabTitle: pageText(2000).optional(),
    capturedAt: isoTime,
    localTime: z.string().max(64),
    timeZone: z.string().max(100),
    browser: z.string().max(100),
    extensionVersion: z.string().max(40),
    userAgent: z.string().max(1000),
  }),
  /** Where the reported page lives in this browser session (tab ids do not survive a restart). */
  source: z.object({ tabId: z.number().int(), windowId: z.number().int() }),
  page: pageFactsSchema.nullable(),
  platform: platformDataSchema.nullable(),
  problems: z.array(z.object({ code: z.enum(captureProblems), detail: boundedText(500).optional() })),
  qualification: qualificationSchema,
  /** The user's own account of what happened (never page-derived). */
  narrative: narrativeSchema.default(emptyNarrativeRecord),
  /** Every channel the user handed the report to, in order. */
  handoffs: z
    .array(handoffSchema)
    .max(100)
    .default(() => []),
  /** What happened after the hand-off, as the user records it (statuses, decision, re-checks). */
  followUp: followUpSchema.default(emptyFollowUp),
  /** Campaigns and tags the user gave the report, tidied by `withTags` (tags.ts); none: `[]`. */
  tags: tagsSchema,
  /** The latest RFC 3161 seal of the report's package, if the user asked for one (`seal.ts`). */
  seal: sealSchema.optional(),
});
export type Draft = z.output<typeof draftSchema>;
export type DraftInput = z.input<typeof draftSchema>;

/** How a rectangle of a screenshot is hidden: pixelated beyond recovery, or painted black. */
export const redactionModes = ['blur', 'black'] as const;
export type RedactionMode = (typeof redactionModes)[number];
/** At most this many rectangles per redacted copy. */
export const REDACTION_MAX_REGIONS = 50;
/** A rectangle in the original image's pixels (whole pixels, inside the image). */
export const redactionRegionSchema = z.object({
  x: z.number().int().nonnegative(),
  y: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mode: z.enum(redactionModes),
});
export type RedactionRegion = z.output<typeof redactionRegionSchema>;
export const redactionSchema = z.object({
  originalSha256: z.string().regex(/^[0-9a-f]{64}$/),
  regions: z.array(redactionRegionSchema).min(1).max(REDACTION_MAX_REGIONS),
});
export type Redaction = z.output<typeof redactionSchema>;

export const artefactSchema = z.object({
  schemaVersion: z.literal(ARTEFACT_SCHEMA_VERSION),
  id: z.uuid(),
  draftId: z.uuid(),
  kind: z.enum(artefactKinds),
  mime: z.string().max(100),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoTime,
  /** For a derived artefact (e.g. a redacted copy): the original it was made from. */
  derivedFrom: z.uuid().optional(),
  /** For a capture split into several images (very tall pages): this one's place. */
  part: z.object({ index: z.number().int().nonnegative(), count: z.number().int().positive() }).optional(),
  /** For a redacted copy (`derivedFrom` set): the original's hash and the rectangles hidden in it. */
  redaction: redactionSchema.optional(),
  blob: z.instanceof(Blob),
});
export type Artefact = z.output<typeof artefactSchema>;
export type ArtefactMeta = Omit<Artefact, 'blob'>;

/** Thrown when any artefact (image, archive or page facts) is offered for a link-only draft: the CSAM rule at work. */
export class UrlOnlyRefusal extends Error {
  constructor() {
    super('This report is URL-only: no screenshot, archive or page text may be stored.');
    this.name = 'UrlOnlyRefusal';
  }
}

export type MigrationResult =
  { ok: true; draft: Draft } | { ok: false; reason: 'future-version' | 'invalid'; detail: string };

/**
 * Brings a stored draft record to the current schema, step by step. A record from a *newer*
 * Vigie is never rewritten (it is left as is and reported), so a downgrade loses nothing.
 */
export function migrateDraft(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'invalid', detail: 'not an object' };
  const stored = (raw as Record<string, unknown>).schemaVersion;
  if (typeof stored === 'number' && stored > DRAFT_SCHEMA_VERSION)
    return { ok: false, reason: 'future-version', detail: `schemaVersion ${stored}` };
  const record = upgradeDraftRecord(raw as Record<string, unknown>);
  if (!record) return { ok: false, reason: 'invalid', detail: `schemaVersion ${String(stored)}` };
  const parsed = draftSchema.safeParse(record);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: z.prettifyError(parsed.error).slice(0, 500) };
  return { ok: true, draft: parsed.data };
}
