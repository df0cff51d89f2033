/**
 * Accepts a message only from Vigie's own contexts: same extension id, and a sender URL inside
 * the extension's origin. Content scripts (which run in web pages and carry the page's URL) and
 * other extensions are refused.
 */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
}

export function isInternalSender(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (!sender.url) return false;
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
