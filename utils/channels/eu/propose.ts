/**
 * The member state to propose when the user never chose one, from the browser's language: its
 * region when that is a member state (`fr-BE` → BE, `de-AT` → AT, `en-IE` → IE), else the member
 * state of a language spoken mainly in one (`de` → DE, `pl` → PL). A language spoken across many
 * countries with no region (`en`) proposes France, Vigie's first country. Always a proposal, shown
 * with a way to change it. Pure and small: the composer's first render carries it.
 */
import { memberStates, type MemberState } from './country.schema';

/** Primary language → the member state proposed for it (the most populous one where it is official). */
const BY_LANGUAGE: Readonly<Record<string, MemberState>> = {
  bg: 'BG', cs: 'CZ', da: 'DK', de: 'DE', el: 'GR', es: 'ES', et: 'EE', fi: 'FI', fr: 'FR', ga: 'IE',
  hr: 'HR', hu: 'HU', it: 'IT', lb: 'LU', lt: 'LT', lv: 'LV', mt: 'MT', nl: 'NL', pl: 'PL', pt: 'PT',
  ro: 'RO', sk: 'SK', sl: 'SI', sv: 'SE',
}; // prettier-ignore

const isMemberState = (code: string): code is MemberState => (memberStates as readonly string[]).includes(code);

/** The member state proposed for a BCP 47 language tag (`de-DE`, `fr_BE`, `en`). */
export function proposeCountry(languageTag: string): MemberState {
  const [language = '', ...rest] = languageTag.replace(/_/g, '-').split('-');
  const region = rest.find((part) => /^[A-Za-z]{2}$/.test(part))?.toUpperCase();
  // The EU's own code for Greece is EL; ISO's is GR.
  const iso = region === 'EL' ? 'GR' : region;
  if (iso !== undefined && isMemberState(iso)) return iso;
  return BY_LANGUAGE[language.toLowerCase()] ?? 'FR';
}

/** The country routing follows: the one the draft was routed for, else the one chosen, else the proposal. */
export function countryOf(
  draftCountry: string | undefined,
  chosen: MemberState | null | undefined,
  languageTag: string,
): MemberState {
  if (draftCountry !== undefined && isMemberState(draftCountry)) return draftCountry;
  return chosen ?? proposeCountry(languageTag);
}

/** A member state's name in the interface's language, from the browser's own list (no data to ship). */
export function countryName(code: MemberState, lang: 'fr' | 'en'): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
