import { describe, expect, it } from 'vitest';
import { formatMoment, neutralise, oneLine, spokenUrl } from '@/utils/handoff/text';

describe('neutralise', () => {
  it('strips bidi controls and control characters, keeps newlines', () => {
    const bidi = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(neutralise(`a${bidi}b\u0000\u0007\u001B\u007F\u0085c\r\nd\te`)).toBe('ab\nc\nd e');
    expect(oneLine('one\ntwo\r\n three')).toBe('one two three');
  });
});

describe('formatMoment', () => {
  it('shows the moment in the draft’s time zone, whatever the machine’s, then in ISO', () => {
    expect(formatMoment('2026-11-28T09:23:00Z', 'Europe/Paris', 'fr')).toBe(
      '28 novembre 2026 à 10:23 (Europe/Paris) — 2026-11-28T09:23:00.000Z',
    );
    expect(formatMoment('2026-11-28T09:23:00Z', 'America/New_York', 'en')).toBe(
      '28 November 2026 at 04:23 (America/New_York) — 2026-11-28T09:23:00.000Z',
    );
    expect(formatMoment('2026-11-28T09:23:00Z', 'Not/AZone', 'en')).toContain('(UTC)');
    expect(formatMoment('2026-11-20', 'Europe/Paris', 'fr')).toBe('20 novembre 2026 — 2026-11-20');
  });
});

describe('spokenUrl', () => {
  it('says the site and the path, without scheme, query or hidden characters', () => {
    expect(spokenUrl('https://www.example.org/videos/123?utm=x#frag')).toBe('example.org/videos/123');
    expect(spokenUrl('https://example.org/')).toBe('example.org');
    expect(spokenUrl('https://example.org/a%E2%80%AEb')).toBe('example.org/ab');
  });
});
