import { browser } from 'wxt/browser';
import { z } from '@/utils/zod-mini';
import { isInternalSender, type SenderLike } from './guard';

/**
 * The popup's one question about watchlists: "is the tab I was opened on in a list?". Kept apart
 * from the main protocol so the popup loads only these two small schemas. zod/mini: the popup
 * loads it. Both sides parse: the background the request, the popup the answer.
 */
export const watchMatchRequestSchema = z.object({
  type: z.literal('watch/match'),
  tabId: z.number().check(z.int(), z.nonnegative()),
});
export type WatchMatchRequest = z.output<typeof watchMatchRequestSchema>;

export const watchMatchResponseSchema = z.object({
  ok: z.literal(true),
  matches: z
    .array(
      z.object({
        listName: z.string().check(z.maxLength(120)),
        note: z.string().check(z.maxLength(1000)),
        kind: z.enum(['domain', 'account', 'sha256']),
      }),
    )
    .check(z.maxLength(50)),
});
export type WatchMatchResponse = z.output<typeof watchMatchResponseSchema>;

/**
 * The background's listener for `watch/match`: refuses foreign senders, parses, answers with the
 * matches of that tab (at most 50). Other messages are left to other listeners (`undefined`).
 */
export function createWatchListener(answer: (tabId: number) => Promise<WatchMatchResponse['matches']>) {
  return (message: unknown, sender: SenderLike): Promise<WatchMatchResponse> | undefined => {
    if (!isInternalSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const parsed = watchMatchRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    return answer(parsed.data.tabId)
      .catch(() => [])
      .then((matches) => watchMatchResponseSchema.parse({ ok: true, matches: matches.slice(0, 50) }));
  };
}
