/**
 * Invariants of the data registries (categories, channels, platforms): ids stable, sources and
 * dates present, every text in both languages, every cross-reference resolvable.
 */
import { describe, expect, it } from 'vitest';
import { channels, noticeChannelFor } from '@/utils/channels/registry';
import { categories } from '@/utils/qualify/taxonomy';
import { platforms } from '@/utils/platforms/registry';
import { daysFromNow, isoDay, isPastIsoDate } from '../support/clock';

const isValidPastIsoDate = (value: string) => isPastIsoDate(value);

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

describe('meta: helpers can fail', () => {
  it('date and URL checks reject bad values', () => {
    expect(isValidPastIsoDate('2026-02-30')).toBe(false);
    // Two days from now is in the future everywhere.
    expect(isValidPastIsoDate(isoDay(daysFromNow(2)))).toBe(false);
    expect(isValidPastIsoDate('2025-07-01')).toBe(true);
    expect(isHttpsUrl('http://example.org')).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });
});

describe('meta: stable ids', () => {
  it('category ids are unchanged (uniqueness is checked at load)', () => {
    // Pinned in __snapshots__/registries.test.ts.snap: a rename or removal is a deliberate change.
    expect(categories.map((c) => c.id)).toMatchSnapshot();
  });
});

describe('meta: coverage', () => {
  it('every category has at least one official channel that accepts it', () => {
    for (const c of categories) {
      const official = channels.filter((ch) => ch.official && ch.categories.includes(c.id));
      expect(official.length, c.id).toBeGreaterThan(0);
    }
  });

  it('every platform Vigie detects has a DSA notice channel, and every notice platformId is known', () => {
    const known = new Set(platforms.map((p) => p.id));
    expect(platforms.filter((p) => noticeChannelFor(p.id) === undefined).map((p) => p.id)).toEqual([]);
    for (const ch of channels.filter((c) => c.platformId !== undefined)) {
      expect(known.has(ch.platformId!), `${ch.id} → ${ch.platformId}`).toBe(true);
    }
    const withPlatform = channels.filter((c) => c.platformId !== undefined).map((c) => c.platformId);
    expect(new Set(withPlatform).size).toBe(withPlatform.length);
  });

  it('the Arcom-designated trusted flaggers are all present and flagged', () => {
    const flagged = channels.filter((c) => c.trustedFlagger).map((c) => c.id);
    expect(flagged).toEqual(
      expect.arrayContaining([
        'e-enfance-3018',
        'point-de-contact',
        'alpa',
        'ifaw-france',
        'indecosa-cgt',
        'addictions-france',
        'crif',
        'licra',
      ]),
    );
  });
});

describe('meta: sources, dates, URLs', () => {
  it.each(categories.map((c) => [c.id, c] as const))(
    'category %s: every source, and the source of every offence and deadline, is https and checked by today',
    (_id, c) => {
      const all = [
        ...c.sources,
        ...c.legalBasis.flatMap((b) => (b.prescription ? [b.source, b.prescription.source] : [b.source])),
      ];
      for (const s of all) {
        expect(isHttpsUrl(s.url), s.url).toBe(true);
        expect(isValidPastIsoDate(s.checked), `${s.url}: ${s.checked}`).toBe(true);
      }
    },
  );
});

describe('meta: both languages', () => {
  it.each(categories.map((c) => [c.id, c] as const))(
    'category %s: as many examples in English as in French',
    (_id, c) => {
      expect(c.examples.en.length).toBe(c.examples.fr.length);
    },
  );
});
