import { browser } from 'wxt/browser';
import { eventSchema, type VigieEvent } from './protocol';
import { isFromVigie, type SenderLike } from './guard';

/** Tells open extension pages to re-read a draft. No page open is not an error. */
async function broadcast(event: VigieEvent) {
  try {
    await browser.runtime.sendMessage(event);
  } catch {
    // "Receiving end does not exist": nobody is listening, which is fine.
  }
}

export const notifyDraftChanged = (draftId: string) => broadcast({ type: 'draft/changed', draftId });
export const notifyProgress = (draftId: string, done: number, total: number) =>
  broadcast({ type: 'capture/progress', draftId, done, total });

/**
 * Extension pages: calls `handler` with each event from Vigie's own contexts, parsed (anything
 * else is ignored). Returns the unsubscription.
 */
export function onEvent(handler: (event: VigieEvent) => void): () => void {
  const listener = (message: unknown, sender: SenderLike) => {
    if (!isFromVigie(sender)) return;
    const event = eventSchema.safeParse(message);
    if (event.success) handler(event.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
