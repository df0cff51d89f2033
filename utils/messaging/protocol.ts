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
  /** Popup → background: report the active tab (the popup's "Report this page"). */
  z.object({ type: z.literal('report/start'), tabId, csam: z._default(z.boolean(), false) }),
  /** Composer → background: take a full-page screenshot of the draft's tab. */
  z.object({ type: z.literal('capture/full-page'), draftId: z.uuid() }),
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

/** An error response carries a code of the one capture vocabulary (utils/report/capture-errors.ts). */
export const errorCodes = captureErrorCodes;
export type ErrorCode = (typeof errorCodes)[number];

export const responseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), draftId: z.optional(z.uuid()), artefactId: z.optional(z.uuid()) }),
  z.object({ ok: z.literal(false), error: z.enum(errorCodes), detail: z.optional(z.string().check(z.maxLength(500))) }),
]);
export type Response = z.output<typeof responseSchema>;
