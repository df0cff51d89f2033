/** How the background answers: a thrown error as a failure, the popup's watchlist question. */
import { toCaptureError } from '@/utils/capture/errors';
import type { Failure, Reply } from '@/utils/messaging/protocol';

/** A thrown error as an error reply: a `CaptureError` keeps its code, anything else is `capture-failed`. */
export function errorResponse(error: unknown): Failure {
  const { code, detail } = toCaptureError(error, 'capture-failed');
  return detail === undefined ? { ok: false, error: code } : { ok: false, error: code, detail };
}

type Match = Reply<'watch/match'>['matches'][number];

/**
 * `watch/match`: the matches of the popup's tab, at most 50, with only what the popup shows (no
 * list id, no item); "no match" when matching fails.
 */
export async function watchMatchReply(matches: () => Promise<Match[]>): Promise<Reply<'watch/match'>> {
  const found = await matches().catch(() => []);
  return { ok: true, matches: found.slice(0, 50).map(({ listName, note, kind }) => ({ listName, note, kind })) };
}
