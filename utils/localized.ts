/** The one shape of a text in both languages, and the one way to read it. */
export type Lang = 'fr' | 'en';
export interface Localized {
  fr: string;
  en: string;
}
export interface LocalizedList {
  fr: readonly string[];
  en: readonly string[];
}

export function inLang<T>(text: { fr: T; en: T }, lang: Lang): T {
  return lang === 'en' ? text.en : text.fr;
}
