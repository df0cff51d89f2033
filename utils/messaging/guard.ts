import { browser } from 'wxt/browser';

/**
 * Accepts a message only from Vigie's own contexts: same extension id, a sender URL inside the
 * extension's origin, and a top frame. Content scripts (which run in web pages and carry the
 * page's URL), other extensions, and an extension page framed inside another page are refused.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  /** 0 for a tab's top frame; absent for the worker, the popup and other views with no tab. */
  frameId?: number;
}

export function isInternalSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url) return false;
  // Only top frames speak: a Vigie page loaded in a sub-frame (of a web page or of anything
  // else) is not one the user opened, so its messages are refused.
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  try {
    // Compare scheme and host, not `origin`: for non-special schemes such as chrome-extension:
    // some URL implementations give the opaque origin "null" to every URL, which would match.
    const url = new URL(sender.url);
    const own = new URL(extensionOrigin);
    return url.protocol === own.protocol && url.host === own.host && own.host !== '';
  } catch {
    return false;
  }
}

/** The one sender guard of Vigie's listeners: a message from Vigie's own top-level pages or worker. */
export const isFromVigie = (sender: SenderLike): boolean =>
  isInternalSender(sender, browser.runtime.id, browser.runtime.getURL('/'));
