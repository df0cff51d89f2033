import { browser } from 'wxt/browser';

/** The composer page for one draft. The id travels in the fragment: never sent anywhere. */
export function composerUrl(draftId: string): string {
  return `${browser.runtime.getURL('/composer.html')}#${encodeURIComponent(draftId)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The draft id from a page's fragment (`location.hash`, with or without its `#`), or `null` if
 * the fragment is malformed (bad percent-encoding, which `decodeURIComponent` throws on) or is
 * not a draft id. Never throws: a hostile or truncated address must not blank the page.
 */
export function draftIdFromFragment(hash: string): string | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
  } catch {
    return null;
  }
  return UUID.test(id) ? id : null;
}
