/**
 * Invariants of the member states' data (issue 21): every state but France has 112, its 116 111
 * child helpline, its INHOPE hotline and an explicit trusted-flagger list; every fact has an https
 * source and a date; what is not verified says what is left to check; ids are unique.
 */
import { describe, expect, it } from 'vitest';
import { countryRows } from '@/utils/channels/eu/countries.data';
import { countries, doorsOf } from '@/utils/channels/eu/countries';
import { memberStates, type Country } from '@/utils/channels/eu/country.schema';
import { countryChannels } from '@/utils/channels/eu/doors';
import { expertiseCategories, TRUSTED_FLAGGERS_LIST } from '@/utils/channels/eu/sources';
import { renamedChannelIds } from '@/utils/report/renamed-channels';
import { isCategoryId } from '@/utils/qualify/taxonomy';
import { daysFromNow, isoDay, isPastIsoDate } from '../support/clock';

/** A listed entry's id: lower case, a letter first (never a bare number), hyphens between words. */
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

interface Evidence {
  source: string;
  checked: string;
  verified: boolean;
  toCheck?: string;
}

/** Every dated fact of a country, named for the failure message. */
function evidenceOf(c: Country): [string, Evidence][] {
  return [
    ['emergency', c.emergency],
    ['childHelpline', c.childHelpline],
    ['victimSupport', c.victimSupport],
    ['hotline', c.hotline],
    ['trustedFlaggers', c.trustedFlaggers],
    ...(c.policePortal ? [['policePortal', c.policePortal] as [string, Evidence]] : []),
  ];
}

describe('meta: helpers can fail', () => {
  it('date and URL checks reject bad values', () => {
    expect(isPastIsoDate('2026-02-30')).toBe(false);
    // Two days from now is in the future everywhere.
    expect(isPastIsoDate(isoDay(daysFromNow(2)))).toBe(false);
    expect(isPastIsoDate('2026-10-05')).toBe(true);
    expect(isHttps('http://example.org')).toBe(false);
    expect(isHttps('not a url')).toBe(false);
    expect('hateaid').toMatch(SLUG);
    expect('nl-confidential').toMatch(SLUG);
    for (const bad of ['3', 'HateAid', 'hate aid', '-x', 'x-', 'x--y', 'é']) expect(bad).not.toMatch(SLUG);
  });
});

describe('meta: every member state described has its core doors', () => {
  it('France is not described here (it keeps its own path)', () => {
    expect(countries.map((c) => c.code)).not.toContain('FR');
  });

  it('every member state but France is described', () => {
    const described = new Set(countries.map((c) => c.code));
    const missing = memberStates.filter((code) => code !== 'FR' && !described.has(code));
    expect(missing).toEqual([]);
  });

  it.each(countries.map((c) => [c.code, c] as const))('%s: 112, 116 111, an INHOPE hotline form', (_code, c) => {
    expect(c.emergency.number).toBe('112');
    // 116 111, or (where it was not found running) the national child line, marked unverified
    // with the 116 111 question in what is left to check.
    if (c.childHelpline.phone !== '116111') {
      expect(c.childHelpline.phone, 'a child line still needs a number').toMatch(/^[0-9]{2,15}$/);
      expect(c.childHelpline.verified).toBe(false);
      expect(c.childHelpline.toCheck).toContain('116 111');
    }
    // Child sexual abuse material is reported by its address only: the hotline needs a web form.
    expect(c.hotline.url, 'hotline form').toBeDefined();
    expect(c.hotline.id.startsWith(`${c.code.toLowerCase()}-`)).toBe(true);
  });

  it.each(countryRows.map((r) => [r.code, r] as const))(
    '%s: the trusted-flagger list is stated explicitly (an empty list is explicit)',
    (_code, row) => {
      expect(Object.hasOwn(row, 'trustedFlaggers')).toBe(true);
      expect(Array.isArray(row.trustedFlaggers.list)).toBe(true);
      // The copy of the Commission's list is dated.
      expect(row.trustedFlaggers.source).toBe(TRUSTED_FLAGGERS_LIST.source);
      expect(isPastIsoDate(row.trustedFlaggers.checked)).toBe(true);
    },
  );
});

describe('meta: sources, dates and what is left to check', () => {
  const facts = countries.flatMap((c) => evidenceOf(c).map(([what, e]) => [`${c.code} ${what}`, e] as const));

  it.each(facts)('%s: https source, a past date; unverified says what to check', (_what, e) => {
    expect(isHttps(e.source), e.source).toBe(true);
    expect(isPastIsoDate(e.checked), e.checked).toBe(true);
    if (!e.verified) expect(e.toCheck?.trim().length ?? 0).toBeGreaterThan(0);
  });

  it('every address of a door and of a national number is https', () => {
    for (const c of countries) {
      for (const d of doorsOf(c)) {
        for (const url of [d.url, d.infoUrl]) if (url !== undefined) expect(isHttps(url), url).toBe(true);
      }
      for (const n of c.emergency.national) if (n.source !== undefined) expect(isHttps(n.source)).toBe(true);
      for (const f of c.trustedFlaggers.list) if (f.url !== undefined) expect(isHttps(f.url)).toBe(true);
    }
  });
});

describe('meta: ids', () => {
  it('door ids are unique across all countries and prefixed with the country', () => {
    const ids = countries.flatMap((c) => doorsOf(c).map((d) => d.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of countries) {
      for (const id of doorsOf(c).map((d) => d.id)) expect(id.startsWith(`${c.code.toLowerCase()}-`), id).toBe(true);
    }
  });

  it.each(countryRows.map((c) => [c.code, c] as const))(
    '%s: each trusted flagger has its own stable id, a lower-case slug (its door is named by it, not its place)',
    (_code, c) => {
      const ids = c.trustedFlaggers.list.map((f) => f.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        'ids listed twice',
      ).toEqual([]);
      for (const id of ids) expect(id, 'a slug starting with a letter').toMatch(SLUG);
      const phones = (c.emergency.national ?? []).map((n) => n.phone);
      expect(
        phones.filter((p, i) => phones.indexOf(p) !== i),
        'national numbers listed twice',
      ).toEqual([]);
    },
  );

  it('every door channel id is unique across all countries and fits a stored hand-off (60 characters)', () => {
    const ids = countries.flatMap((c) => countryChannels(c).map((row) => row.id as string));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => id.length > 60)).toEqual([]);
    // No door is named by a place in a list any more.
    expect(ids.filter((id) => /-(trusted-flagger|emergency-national)-[0-9]{1,2}$/.test(id))).toEqual([]);
  });

  it('every renamed id reads as a door that exists, in the same country', () => {
    const ids = new Set(countries.flatMap((c) => countryChannels(c).map((row) => row.id as string)));
    for (const [before, after] of renamedChannelIds()) {
      expect(ids.has(after), `${before} → ${after}`).toBe(true);
      expect(ids.has(before), `${before} is still a door`).toBe(false);
    }
  });

  it('a country code comes once, and is a member state', () => {
    const codes = countries.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(memberStates).toContain(code);
  });
});

describe('meta: trusted flaggers map onto Vigie categories', () => {
  it('every area of expertise is a label of the list, and maps onto existing categories', () => {
    for (const ids of Object.values(expertiseCategories)) for (const id of ids) expect(isCategoryId(id)).toBe(true);
    for (const c of countries) {
      for (const f of c.trustedFlaggers.list) {
        for (const area of f.expertise) expect(Object.keys(expertiseCategories), `${f.id}: ${area}`).toContain(area);
        const derived = new Set(f.expertise.flatMap((a) => expertiseCategories[a as keyof typeof expertiseCategories]));
        expect(new Set(f.categories), f.id).toEqual(derived);
      }
    }
  });
});
