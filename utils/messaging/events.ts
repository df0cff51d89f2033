import { browser } from 'wxt/browser';
import type { VigieEvent } from './protocol';

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
