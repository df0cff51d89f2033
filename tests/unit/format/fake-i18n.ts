import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const messages: Record<'fr' | 'en', Messages> = {
  fr: JSON.parse(readFileSync(join(__dirname, '../../../public/_locales/fr/messages.json'), 'utf8')) as Messages,
  en: JSON.parse(readFileSync(join(__dirname, '../../../public/_locales/en/messages.json'), 'utf8')) as Messages,
};

/** `browser.i18n.getMessage` as the browser answers it in `lang` (named placeholders, then $1…$9). */
export function useLocale(lang: 'fr' | 'en') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, substitutions?: string | string[]) => {
    const entry = messages[lang][key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    let text = entry.message;
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {}))
      text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), content);
    return text.replace(/\$([1-9])/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  });
}
