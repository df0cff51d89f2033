import { z } from '@/utils/zod';

/**
 * Every message between Vigie's contexts. One schema per message; handlers parse before acting.
 * Payloads are plain JSON (no Blob, no Date): they are serialised between contexts.
 */
export const requestSchema = z.discriminatedUnion('type', [
  /** Popup → background: report the active tab (the popup's "Report this page"). */
  z.object({
    type: z.literal('report/start'),
    tabId: z.number().int().nonnegative(),
    csam: z.boolean().default(false),
  }),
  /** Composer → background: take a full-page screenshot of the draft's tab. */
  z.object({ type: z.literal('capture/full-page'), draftId: z.uuid() }),
]);
export type Request = z.output<typeof requestSchema>;

/** Background → extension pages: something changed, re-read the draft from IndexedDB. */
export const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft/changed'), draftId: z.uuid() }),
  z.object({
    type: z.literal('capture/progress'),
    draftId: z.uuid(),
    done: z.number().int().nonnegative(),
    total: z.number().int().positive(),
  }),
]);
export type VigieEvent = z.output<typeof eventSchema>;

export const errorCodes = [
  'bad-request',
  'no-tab',
  'no-draft',
  'uncapturable',
  'permission-missing',
  'page-changed',
  'user-scrolled',
  'capture-failed',
  'busy',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const responseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), draftId: z.uuid().optional(), artefactId: z.uuid().optional() }),
  z.object({ ok: z.literal(false), error: z.enum(errorCodes), detail: z.string().max(500).optional() }),
]);
export type Response = z.output<typeof responseSchema>;
