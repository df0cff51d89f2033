import { inLang, type Lang, type Localized } from '@/utils/localized';

/**
 * Times shown to people: « 23 nov. 2026, 14:13 (heure de Paris) », « 23 Nov 2026, 14:13 (Paris time) ».
 * Display only: stored values stay ISO/UTC. Pure (no browser API), so it is tested in fixed zones.
 */

const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** Zone ids that all mean UTC itself (no offset, no summer time). */
const UTC_ZONES = new Set([
  'UTC',
  'UCT',
  'GMT',
  'GMT0',
  'Zulu',
  'Universal',
  'Greenwich',
  'Etc/UTC',
  'Etc/UCT',
  'Etc/GMT',
  'Etc/GMT0',
  'Etc/GMT+0',
  'Etc/GMT-0',
  'Etc/Zulu',
  'Etc/Universal',
  'Etc/Greenwich',
]);

/** Zones named after their city, as French readers expect (« heure de Paris », not « heure d’Europe centrale »). */
const CITY_ZONES: Record<string, Localized> = {
  'Europe/Paris': { fr: 'heure de Paris', en: 'Paris time' },
};

/** The zone this browser runs in (what « now » means to the user), or UTC if it cannot tell. */
export function userTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The IANA id as `Intl` knows it, or `null` for an id it does not know (old data, page claims). */
function knownZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** « heure de Paris », « UTC », else the locale's generic name (« heure de l’Inde », « Eastern Time »). */
export function timeZoneLabel(timeZone: string, lang: Lang, at: Date = new Date()): string {
  const zone = knownZone(timeZone);
  if (zone === null || UTC_ZONES.has(zone) || UTC_ZONES.has(timeZone)) return 'UTC';
  const city = CITY_ZONES[zone] ?? CITY_ZONES[timeZone];
  if (city) return inLang(city, lang);
  try {
    const name = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name) return name;
  } catch {
    // Older engines without generic names: the city part of the id below.
  }
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/**
 * `iso` as day, month, year, hours and minutes in `timeZone`, followed by the zone's name. A zone
 * the engine does not know is replaced by UTC (the time shown is then still right, and says so);
 * a text that is not a date is returned unchanged (it is rendered as text).
 */
export function formatDisplayTime(iso: string, lang: Lang, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const zone = knownZone(timeZone) ?? 'UTC';
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: zone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
  return `${time} (${timeZoneLabel(zone, lang, date)})`;
}
