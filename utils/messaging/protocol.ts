import { browser } from 'wxt/browser';
import { z } from '@/utils/zod-mini';
import { captureErrorCodes } from '@/utils/report/capture-errors';
import type { requests } from './requests';

type Requests = typeof requests;

/**
 * Every message between Vigie's contexts: a request's type → the schema of its payload
 * (`requests.ts`) and the schema of its reply (`replies`, here); the events the background
 * broadcasts are in `events.ts`. `send` (below) is typed by both tables and parses the reply;
 * `listen` (listen.ts) refuses foreign senders and parses the payload before a handler runs.
 * Apart, so that pages load only the replies they parse and the sender (the popup's bytes are counted).
 * On the wire a request is `{ type, ...payload }`. Payloads are plain JSON (no Blob, no Date):
 * they are serialised between contexts. Written with zod/mini because the popup loads it.
 */
const tabId = z.number().check(z.int(), z.nonnegative());
const draftId = z.uuid();

/**
 * An error reply carries a code of the one capture vocabulary (utils/report/capture-errors.ts),
 * or `no-channel` when a hand-off names a channel Vigie does not know.
 */
export const errorCodes = [...captureErrorCodes, 'no-channel'] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const failureSchema = z.object({
  ok: z.literal(false),
  error: z.enum(errorCodes),
  detail: z.optional(z.string().check(z.maxLength(500))),
});
export type Failure = z.output<typeof failureSchema>;

/**
 * The reply to each request (the sender parses it). Kept apart from the payloads: the pages load
 * these only, the bundle of the popup is counted in bytes.
 */
const ok = z.literal(true);
const draftReply = z.discriminatedUnion('ok', [z.object({ ok, draftId }), failureSchema]);
export const replies = {
  'report/start': draftReply,
  'capture/full-page': z.discriminatedUnion('ok', [
    z.object({ ok, draftId, artefactId: z.optional(z.uuid()) }),
    failureSchema,
  ]),
  'capture/cancel': draftReply,
  /** `tabId`: the tab of the official form. */
  'handoff/open': z.discriminatedUnion('ok', [z.object({ ok, draftId, tabId }), failureSchema]),
  /** At most 50 matches, never an error ("no match" when matching fails). */
  'watch/match': z.object({
    ok,
    matches: z
      .array(
        z.object({
          listName: z.string().check(z.maxLength(120)),
          note: z.string().check(z.maxLength(1000)),
          kind: z.enum(['domain', 'account', 'sha256']),
        }),
      )
      .check(z.maxLength(50)),
  }),
} satisfies Record<RequestType, unknown>;

export type RequestType = keyof Requests;
/** What a sender passes (defaults may be left out). */
export type PayloadIn<K extends RequestType> = z.input<Requests[K]>;
/** What a handler receives, parsed. */
export type Payload<K extends RequestType> = z.output<Requests[K]>;
export type Reply<K extends RequestType> = z.output<(typeof replies)[K]>;

const count = z.number().check(z.int(), z.nonnegative());

/** Background → extension pages: something changed, re-read the draft from IndexedDB. */
export const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft/changed'), draftId }),
  z.object({
    type: z.literal('capture/progress'),
    draftId,
    done: count,
    total: z.number().check(z.int(), z.positive()),
  }),
]);
export type VigieEvent = z.output<typeof eventSchema>;

/** A request that could not be sent as typed, or whose reply does not fit the protocol. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Sends a request of the protocol to the background and returns its reply, parsed. The payload is
 * checked at compile time against the protocol (the background parses it again, and does not
 * answer one that does not fit); a reply that does not fit the request's reply schema, or no
 * reply, is a `MessageError` naming the request.
 */
export async function send<K extends RequestType>(type: K, payload: PayloadIn<K>): Promise<Reply<K>> {
  const parsed = replies[type].safeParse(await browser.runtime.sendMessage({ ...payload, type }));
  if (!parsed.success) throw new MessageError(`${type}: bad reply`);
  return parsed.data as Reply<K>;
}
