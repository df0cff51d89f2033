import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/fr/messages.json';
import { formatDisplayTime, userTimeZone } from '@/utils/format/date-time';

/** Every message key; French is the reference locale, English must have the same keys (meta-test). */
export type MessageKey = keyof typeof messages;

/** The translated message, or the key itself if the browser has none (never an empty string). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * A message that counts: the `one` or the `other` form, chosen by the interface language's plural
 * rules (French says « 0 jour », « 1 jour », « 2 jours »; English « 0 days », « 1 day »). The count is
 * the first substitution.
 */
export function tCount(count: number, forms: { one: MessageKey; other: MessageKey }, more: string[] = []): string {
  const rule = new Intl.PluralRules(uiLanguage() === 'en' ? 'en-GB' : 'fr-FR').select(count);
  return t(rule === 'one' ? forms.one : forms.other, [String(count), ...more]);
}

/** The UI language the browser chose among our locales. */
export function uiLanguage(): 'fr' | 'en' {
  return t('localeCode') === 'en' ? 'en' : 'fr';
}

/**
 * A time for people: « 23 nov. 2026, 14:13 (heure de Paris) ». `timeZone`: the zone to show it in,
 * the capture's own zone for captured facts, else (default) the user's current zone. Display only:
 * stored values stay ISO/UTC.
 */
export function formatDateTime(iso: string, timeZone: string = userTimeZone()): string {
  return formatDisplayTime(iso, uiLanguage(), timeZone);
}
