import { z } from '@/utils/zod-mini';

/**
 * The payload of each request of the protocol (`protocol.ts` holds the replies): the background
 * parses it before a handler runs. Only the background loads these. zod/mini, like the replies.
 */
const tabId = z.number().check(z.int(), z.nonnegative());
const draftId = z.uuid();

export const requests = {
  /**
   * Popup → background: report the active tab (the popup's "Report this page"); `batch`: into the
   * volunteer's batch, no composer (never with `csam`: the link-only entry always opens its report).
   */
  'report/start': z.object({ tabId, csam: z._default(z.boolean(), false), batch: z._default(z.boolean(), false) }),
  /** Composer → background: take a full-page screenshot of the draft's tab. */
  'capture/full-page': z.object({ draftId }),
  /** Composer → background: stop the draft's running full-page capture before its next slice. */
  'capture/cancel': z.object({ draftId }),
  /** Extension page → background: open the channel's official form in a tab, with the pack beside it. */
  'handoff/open': z.object({
    draftId,
    channelId: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80)),
  }),
  /** Popup → background: "is the tab I was opened on in a watchlist?" */
  'watch/match': z.object({ tabId }),
};

/** The request type a message names, if it is one of the protocol's (own keys only: never `__proto__`). */
export function requestTypeOf(message: unknown): keyof typeof requests | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(requests, type) ? (type as keyof typeof requests) : undefined;
}

/** A message as a request of the protocol, its payload parsed (unknown keys dropped); `undefined` if it is not one. */
export function parseRequest(message: unknown): { type: keyof typeof requests; payload: unknown } | undefined {
  const type = requestTypeOf(message);
  if (type === undefined) return undefined;
  const parsed = requests[type].safeParse(message);
  return parsed.success ? { type, payload: parsed.data } : undefined;
}
