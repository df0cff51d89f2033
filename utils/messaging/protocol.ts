import { z } from '@/utils/zod-mini';
import { captureErrorCodes } from '@/utils/report/capture-errors';

/**
 * Every message between Vigie's contexts. One schema per message; handlers parse before acting.
 * Payloads are plain JSON (no Blob, no Date): they are serialised between contexts.
 * Written with zod/mini because the popup loads it.
 */
const tabId = z.number().check(z.int(), z.nonnegative());
const count = z.number().check(z.int(), z.nonnegative());

export const requestSchema = z.discriminatedUnion('type', [
  /**
   * Popup → background: report the active tab (the popup's "Report this page"); `batch`: into the
   * volunteer's batch, no composer (never with `csam`: the link-only entry always opens its report).
   */
  z.object({
    type: z.literal('report/start'),
    tabId,
    csam: z._default(z.boolean(), false),
    batch: z._default(z.boolean(), false),
  }),
  /** Composer → background: take a full-page screenshot of the draft's tab. */
  z.object({ type: z.literal('capture/full-page'), draftId: z.uuid() }),
  /** Extension page → background: open the channel's official form in a tab, with the pack beside it. */
  z.object({
    type: z.literal('handoff/open'),
    draftId: z.uuid(),
    channelId: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80)),
  }),
  /** Composer → background: stop the draft's running full-page capture before its next slice. */
  z.object({ type: z.literal('capture/cancel'), draftId: z.uuid() }),
]);
export type Request = z.output<typeof requestSchema>;

/** Background → extension pages: something changed, re-read the draft from IndexedDB. */
export const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft/changed'), draftId: z.uuid() }),
  z.object({
    type: z.literal('capture/progress'),
    draftId: z.uuid(),
    done: count,
    total: z.number().check(z.int(), z.positive()),
  }),
]);
export type VigieEvent = z.output<typeof eventSchema>;

/**
 * An error response carries a code of the one capture vocabulary (utils/report/capture-errors.ts),
 * or `no-channel` when a hand-off names a channel Vigie does not know.
 */
export const errorCodes = [...captureErrorCodes, 'no-channel'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const responseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    draftId: z.optional(z.uuid()),
    artefactId: z.optional(z.uuid()),
    /** `handoff/open`: the tab of the official form. */
    tabId: z.optional(tabId),
  }),
  z.object({ ok: z.literal(false), error: z.enum(errorCodes), detail: z.optional(z.string().check(z.maxLength(500))) }),
]);
export type Response = z.output<typeof responseSchema>;
