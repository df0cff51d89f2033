import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/fr/messages.json';

/** Every message key; French is the reference locale, English must have the same keys (meta-test). */
export type MessageKey = keyof typeof messages;

/** The translated message, or the key itself if the browser has none (never an empty string). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser chose among our locales. */
export function uiLanguage(): 'fr' | 'en' {
  return t('localeCode') === 'en' ? 'en' : 'fr';
}

/** Date and time in the user's locale and zone, for display only (stored values stay ISO/UTC). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(uiLanguage() === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'medium', timeStyle: 'medium' });
}
