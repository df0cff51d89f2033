import { browser } from 'wxt/browser';

/**
 * The browser's interface language as a BCP 47 tag (`de-DE`, `fr-BE`), to propose a country from;
 * the page's `navigator.language` where the extension API is not there.
 */
export function browserLanguageTag(): string {
  try {
    return browser.i18n.getUILanguage() || globalThis.navigator?.language || '';
  } catch {
    return globalThis.navigator?.language ?? '';
  }
}
