import { browser } from 'wxt/browser';

/** The composer page for one draft. The id travels in the fragment: never sent anywhere. */
export function composerUrl(draftId: string): string {
  return `${browser.runtime.getURL('/composer.html')}#${encodeURIComponent(draftId)}`;
}
