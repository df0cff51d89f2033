/**
 * Tells every open extension page that a draft's evidence was deleted, so a second composer tab
 * does not keep showing a purged screenshot. A `BroadcastChannel` reaches only pages of the same
 * origin (this extension's own pages and its background), never a web page or a content script;
 * each message is still validated on receipt and ignored if malformed.
 */
import { z } from '@/utils/zod';

export const DRAFT_CHANNEL = 'vigie-drafts';

/** Identifies the page (or worker) that wrote: the writer's own page already knows. */
export const PAGE_ID = crypto.randomUUID();

export const draftChannelMessageSchema = z.object({
  type: z.literal('draft/purged'),
  draftId: z.uuid(),
  /** How many artefacts were deleted (0 if the draft had none yet). */
  purged: z.number().int().nonnegative(),
  from: z.uuid(),
});
export type DraftChannelMessage = z.output<typeof draftChannelMessageSchema>;

const channelAvailable = () => typeof BroadcastChannel !== 'undefined';

/** Called by the repository once a purge is committed. No page listening is not an error. */
export function announcePurge(draftId: string, purged: number): void {
  if (!channelAvailable()) return;
  const channel = new BroadcastChannel(DRAFT_CHANNEL);
  try {
    channel.postMessage({ type: 'draft/purged', draftId, purged, from: PAGE_ID } satisfies DraftChannelMessage);
  } finally {
    channel.close();
  }
}

/** What a page showing `draftId` does with a message: nothing, or re-read it (and say why if another page purged it). */
export function reactionTo(
  data: unknown,
  draftId: string,
  pageId: string = PAGE_ID,
): { reload: true; purged: number; elsewhere: boolean } | null {
  const parsed = draftChannelMessageSchema.safeParse(data);
  if (!parsed.success || parsed.data.draftId !== draftId) return null;
  return { reload: true, purged: parsed.data.purged, elsewhere: parsed.data.from !== pageId };
}

/** Listens for purges of `draftId`; returns the function that stops listening. */
export function onDraftPurged(
  draftId: string,
  handle: (reaction: NonNullable<ReturnType<typeof reactionTo>>) => void,
): () => void {
  if (!channelAvailable()) return () => undefined;
  const channel = new BroadcastChannel(DRAFT_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const reaction = reactionTo(event.data, draftId);
    if (reaction) handle(reaction);
  };
  return () => channel.close();
}
