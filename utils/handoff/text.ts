/**
 * Plain-text helpers of the report pack: every value that reaches a pack goes through
 * `neutralise` (page-derived text is hostile: bidi overrides can disguise an address, control
 * characters can break a line-based copy). Dates are shown in the draft's own time zone, so the
 * result never depends on the machine that builds the pack. Pure.
 */
import type { Lang } from '@/utils/localized';
import { withoutBidi, withoutControlChars } from '@/utils/format/controls';

/** Text safe to paste: bidi controls and control characters removed, newlines kept (as `\n`). */
export function neutralise(raw: string): string {
  const text = raw.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(/\t/g, ' ');
  // Tabs and carriage returns are handled above, so only the newline is kept.
  return withoutControlChars(withoutBidi(text), 'newline');
}

/** `neutralise`, then on one line: a single-line value can never add a `Label: value` line of its own. */
export function oneLine(text: string): string {
  return neutralise(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

function validTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * A moment as people read it, in the given time zone, followed by its ISO 8601 form:
 * "28 novembre 2026 à 10:23 (Europe/Paris) — 2026-11-28T09:23:00.000Z". A date without a time
 * ("2026-11-28") is shown as a date only. Unparsable input is returned neutralised, as is.
 */
export function formatMoment(iso: string, timeZone: string, lang: Lang, withIso = true): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const day = new Date(`${iso}T12:00:00Z`);
    if (Number.isNaN(day.getTime())) return oneLine(iso);
    const shown = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(day);
    return withIso ? `${shown} — ${iso}` : shown;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return oneLine(iso);
  const zone = validTimeZone(timeZone);
  const local = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
  return oneLine(withIso ? `${local.format(date)} (${zone}) — ${date.toISOString()}` : local.format(date));
}

/** The ISO 8601 (UTC) form of a moment, or the date itself for a date without a time. */
export function isoOf(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The host of an address, without `www.`, or `null` when it is not a web address. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * An address as one says it on the phone: the site name and the path, without the scheme,
 * query or fragment, bounded ("example.org/videos/123"). Falls back to the neutralised text.
 */
export function spokenUrl(url: string, max = 120): string {
  const host = hostOf(url);
  if (host === null) return oneLine(url).slice(0, max);
  let path = new URL(url).pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep the encoded path */
  }
  const spoken = oneLine(`${host}${path === '/' ? '' : path}`);
  return spoken.length > max ? `${spoken.slice(0, max - 1)}…` : spoken;
}

/** The label separator of each language: "Vu le : …" in French, "Seen on: …" in English. */
export const colon = (lang: Lang): string => (lang === 'en' ? ':' : ' :');
