import { browser } from 'wxt/browser';
import type { Failure, Payload, Reply, RequestType } from './protocol';
import { parseRequest } from './requests';
import { isFromVigie, type SenderLike } from './guard';

/** The background's answer to each request of the protocol. */
export type Handlers = { [K in RequestType]: (payload: Payload<K>) => Promise<Reply<K>> };

/**
 * One listener for every request: refuses foreign senders (the one guard, `isFromVigie`), parses
 * the payload, and answers a thrown error with `fail(error)`. Returns `undefined` for anything that
 * is not a valid request of the protocol (events, malformed messages), so no reply is sent.
 */
export function createListener(handlers: Handlers, fail: (error: unknown) => Failure) {
  return (message: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    if (!isFromVigie(sender)) return undefined;
    const request = parseRequest(message);
    if (request === undefined) return undefined;
    const handler = handlers[request.type] as (payload: unknown) => Promise<unknown>;
    return handler(request.payload).catch(fail);
  };
}

/** Registers the listener (synchronously: call it at the top of the worker); returns its removal. */
export function listen(handlers: Handlers, fail: (error: unknown) => Failure): () => void {
  const listener = createListener(handlers, fail);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
