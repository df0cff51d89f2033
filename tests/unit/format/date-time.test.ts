import { describe, expect, it } from 'vitest';
import { formatDisplayTime, timeZoneLabel } from '@/utils/format/date-time';

// Every call names its zone and language: the results do not depend on the machine's TZ or LANG.
const WINTER = '2026-11-23T13:13:42.123Z';
const SUMMER = '2026-07-14T08:05:00Z';

describe('formatDisplayTime', () => {
  it('shows Paris time as French readers expect, without seconds', () => {
    expect(formatDisplayTime(WINTER, 'fr', 'Europe/Paris')).toBe('23 nov. 2026, 14:13 (heure de Paris)');
    expect(formatDisplayTime(WINTER, 'en', 'Europe/Paris')).toBe('23 Nov 2026, 14:13 (Paris time)');
  });

  it('follows summer time in the zone shown', () => {
    expect(formatDisplayTime(SUMMER, 'fr', 'Europe/Paris')).toBe('14 juil. 2026, 10:05 (heure de Paris)');
    expect(formatDisplayTime(SUMMER, 'en', 'America/New_York')).toMatch(/^14 Jul 2026, 04:05 \(.+\)$/);
  });

  it('converts to New York and Kolkata (half-hour offset) and names those zones', () => {
    const ny = formatDisplayTime(WINTER, 'en', 'America/New_York');
    expect(ny).toMatch(/^23 Nov 2026, 08:13 \((.+)\)$/);
    expect(ny).not.toContain('America/New_York');
    expect(formatDisplayTime(WINTER, 'fr', 'America/New_York')).toMatch(/^23 nov\. 2026, 08:13 \(heure .+\)$/);
    expect(formatDisplayTime(WINTER, 'en', 'Asia/Kolkata')).toMatch(/^23 Nov 2026, 18:43 \(.*India.*\)$/);
    expect(formatDisplayTime(WINTER, 'fr', 'Asia/Kolkata')).toMatch(/^23 nov\. 2026, 18:43 \(heure .*Inde.*\)$/);
  });

  it('shows UTC as « UTC » in both languages, whatever the id used for it', () => {
    expect(formatDisplayTime(WINTER, 'fr', 'UTC')).toBe('23 nov. 2026, 13:13 (UTC)');
    expect(formatDisplayTime(WINTER, 'en', 'Etc/UTC')).toBe('23 Nov 2026, 13:13 (UTC)');
    expect(formatDisplayTime(WINTER, 'en', 'GMT')).toBe('23 Nov 2026, 13:13 (UTC)');
  });

  it('changes the date across midnight and writes midnight as 00, not 24', () => {
    expect(formatDisplayTime('2026-11-23T23:30:00Z', 'fr', 'Europe/Paris')).toBe(
      '24 nov. 2026, 00:30 (heure de Paris)',
    );
    expect(formatDisplayTime('2026-11-23T02:00:00Z', 'en', 'America/New_York')).toMatch(/^22 Nov 2026, 21:00 /);
  });

  it('falls back to UTC, and says so, for a zone the engine does not know', () => {
    expect(formatDisplayTime(WINTER, 'fr', 'Mars/Olympus_Mons')).toBe('23 nov. 2026, 13:13 (UTC)');
    expect(formatDisplayTime(WINTER, 'en', '')).toBe('23 Nov 2026, 13:13 (UTC)');
  });

  it('returns a text that is not a date unchanged (page claims are rendered as text)', () => {
    expect(formatDisplayTime('yesterday', 'fr', 'Europe/Paris')).toBe('yesterday');
  });
});

describe('timeZoneLabel', () => {
  it('never shows the raw IANA id for a known zone', () => {
    for (const lang of ['fr', 'en'] as const)
      for (const zone of ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Europe/Berlin', 'Indian/Reunion'])
        expect(timeZoneLabel(zone, lang, new Date(WINTER))).not.toContain('/');
  });

  it('differs between the two languages for a named city', () => {
    expect(timeZoneLabel('Europe/Paris', 'fr')).toBe('heure de Paris');
    expect(timeZoneLabel('Europe/Paris', 'en')).toBe('Paris time');
  });
});
