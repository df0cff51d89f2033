/**
 * Dates: publication times as `publishedAt` stores them (within the one set of publication bounds,
 * `utils/report/publication-bounds.ts`: from 1990), days written out in words, and the
 * times snowflake ids encode (marked `derived-from-id`).
 */
import type { Fields } from './types';
import { from } from './provenance';
import { withinPublicationBounds } from '@/utils/report/publication-bounds';

export const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/i;
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A publication time as `publishedAt` stores it: an ISO 8601 date-time with its offset (fraction
 * cut to milliseconds, `+0000` written `+00:00`) or a day. Local times without an offset and
 * impossible dates give `undefined`. Accepts Unix timestamps (seconds or milliseconds) as numbers
 * or digit strings, written out in UTC.
 */
export function isoDate(value: unknown): string | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value))) {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) return undefined;
    const ms = n < 1e11 ? n * 1000 : n;
    // The capture time is not known here: the far ceiling; the draft's publication checks the capture bound.
    if (!withinPublicationBounds(ms)) return undefined;
    return new Date(ms).toISOString();
  }
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const s = value.trim();
  if (ISO_DAY.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    return withinPublicationBounds(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined;
  }
  const m = ISO_DATE_TIME.exec(s);
  if (!m) return undefined;
  const [, day, clock, fraction, zone] = m;
  const time = clock!.length === 5 ? `${clock}:00` : clock!;
  const offset = zone!.toUpperCase() === 'Z' ? 'Z' : `${zone!.slice(0, 3)}:${zone!.slice(-2)}`;
  const ms = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '';
  const out = `${day}T${time}${ms}${offset}`;
  const parsed = Date.parse(out);
  if (!withinPublicationBounds(parsed)) return undefined;
  // Date.parse rolls impossible dates over (Feb 30): the day must survive the round trip.
  const local = new Date(Date.UTC(+day!.slice(0, 4), +day!.slice(5, 7) - 1, +day!.slice(8, 10)));
  // One form for every platform: UTC, as `parsePublished` and the newer extractors give it.
  return local.toISOString().slice(0, 10) === day ? new Date(parsed).toISOString() : undefined;
}

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

/**
 * A day written out in English (`November 2, 2026`) or French (`2 novembre 2026`, `1er mars
 * 2025`), as `YYYY-MM-DD`. Only a day: the time zone of such texts is not stated.
 */
export function textDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.slice(0, 200).toLowerCase();
  const en = /\b([a-z]{3,9}) (\d{1,2}), (\d{4})\b/.exec(s);
  const fr = /\b(\d{1,2})(?:er)? ([a-zéû]{3,9}) (\d{4})\b/.exec(s);
  const [month, day, year] = en ? [en[1], en[2], en[3]] : fr ? [fr[2], fr[1], fr[3]] : [];
  const m = month !== undefined ? MONTHS[month] : undefined;
  if (!m || !day || !year) return undefined;
  return isoDate(`${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/**
 * The time a snowflake id encodes (X, Discord: milliseconds since `epochMs` in the bits above the
 * 22 lowest; TikTok: seconds in the bits above the 32 lowest), marked `derived-from-id` at medium
 * confidence: computed by Vigie, not stated by the page, and right only as long as the platform
 * keeps its id scheme, which it does not promise. `makeExtractor` uses it only when the page
 * states no time of its own.
 */
export function snowflakeTime(id: string | undefined, scheme: 'x' | 'discord' | 'tiktok'): Fields {
  if (!id || !/^\d{15,20}$/.test(id)) return {};
  const n = BigInt(id);
  const ms =
    scheme === 'tiktok' ? Number(n >> 32n) * 1000 : Number(n >> 22n) + (scheme === 'x' ? 1288834974657 : 1420070400000);
  return from('derived-from-id', { publishedAt: isoDate(ms) }, 'medium');
}

/** `fields` with the time of its snowflake id, when it has one (sources merged). */
export function withSnowflakeTime(fields: Fields, scheme: 'x' | 'discord' | 'tiktok'): Fields {
  const time = snowflakeTime(fields.contentId, scheme);
  return { ...fields, ...time, sources: { ...fields.sources, ...time.sources } };
}
