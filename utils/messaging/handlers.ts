import { browser } from 'wxt/browser';
import { requestSchema, type Request, type Response } from './protocol';
import { isInternalSender, type SenderLike } from './guard';
import { toCaptureError } from '@/utils/capture/errors';

export type Handlers = { [K in Request['type']]: (request: Extract<Request, { type: K }>) => Promise<Response> };

/** A thrown error as an error response: a `CaptureError` keeps its code, anything else is `capture-failed`. */
export function errorResponse(error: unknown): Response {
  const { code, detail } = toCaptureError(error, 'capture-failed');
  return detail === undefined ? { ok: false, error: code } : { ok: false, error: code, detail };
}

/**
 * Wraps request handlers: refuses foreign senders, parses the message, and turns thrown errors
 * into an error response. Returns `undefined` for messages that are not requests (events), so
 * other listeners may answer them.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: SenderLike): Promise<Response> | undefined => {
    if (!isInternalSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    const handler = handlers[request.type] as (r: Request) => Promise<Response>;
    return handler(request).catch(errorResponse);
  };
}
