/**
 * Routing abroad with rows built through the schema (this file loads no real country): the rules
 * the real entries may not exercise — no police portal, an unverified door, no 116 006 line, a
 * trusted flagger with a form and one without — and a country not loaded yet.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { route } from '@/utils/channels/route';
import { channelById, isChannelId, type ChannelId } from '@/utils/channels/registry';
import { countrySchema, type CountryInput } from '@/utils/channels/eu/country.schema';
import { registerCountryData } from '@/utils/channels/eu/abroad';
import { outputLanguage } from '@/utils/channels/language';
import { input } from './helpers';

describe('routing abroad: a country not loaded', () => {
  it('is an error, not a French route in disguise', () => {
    expect(() => route(input({ categoryId: 'threats', country: 'DE' }))).toThrow(/not loaded/);
    expect(isChannelId('de-hotline')).toBe(false);
  });
});

/** A country built through the schema, for the rules the real entries may not exercise. */
const door = (id: string, extra: object = {}) => ({
  id,
  name: { native: `Tür ${id}`, language: 'de', en: `Door ${id}` },
  url: `https://example.org/${id}`,
  operator: 'association' as const,
  source: `https://example.org/source/${id}`,
  checked: '2026-12-05',
  verified: true,
  ...extra,
});
const LU: CountryInput = {
  code: 'LU',
  name: { fr: 'Luxembourg', en: 'Luxembourg' },
  languages: ['lb', 'fr', 'de'],
  emergency: { number: '112', source: 'https://example.org/112', checked: '2026-12-05', verified: true },
  childHelpline: door('lu-kjt', { phone: '116111', url: undefined }),
  victimSupport: { runs: false, source: 'https://example.org/116006', checked: '2026-12-05', verified: true },
  hotline: door('lu-hotline', { name: { native: 'BEE SECURE Stopline', language: 'fr' } }),
  trustedFlaggers: {
    source: 'https://example.org/tf',
    checked: '2026-12-05',
    verified: true,
    list: [
      {
        id: 'flagger-a',
        name: 'Flagger A',
        expertise: ['Illegal Speech'],
        categories: ['hate-incitement'],
        url: 'https://example.org/a',
      },
      { id: 'flagger-b', name: 'Flagger B', expertise: ['Illegal Speech'], categories: ['hate-incitement'] },
    ],
  },
  policePortal: null,
};

describe('routing abroad: rows built through the schema', () => {
  const lu = countrySchema.parse(LU);
  beforeAll(() => void registerCountryData(lu));

  it('no police portal: the police station; no 116 006: no victim line', () => {
    const r = route(input({ categoryId: 'threats', role: 'targeted', country: 'LU' }));
    const ids = r.steps.map((s) => s.channelId);
    expect(ids).toContain('lu-police');
    expect(ids.some((id) => id.endsWith('victim-support'))).toBe(false);
  });

  it('a flagger with a form is a door, one without is named, and a category without any says so', () => {
    const r = route(input({ categoryId: 'hate-incitement', country: 'LU' }));
    expect(r.steps.find((s) => s.channelId === ('lu-trusted-flagger-flagger-a' as ChannelId))?.kind).toBe('also');
    expect(r.notes.map((n) => n.en).join('\n')).toContain('with no public form known to Vigie: Flagger B');
    const spam = route(input({ categoryId: 'spam', country: 'LU' }));
    expect(spam.notes.map((n) => n.en)).toContain(
      'No trusted flagger is designated in Luxembourg for this kind of content (European Commission list).',
    );
    // Spam without a platform: the police are still a door, never an empty route.
    expect(spam.steps.map((s) => s.channelId)).toEqual(['lu-police']);
  });

  it('a door not verified is shown as such and never the only primary door', () => {
    const unverified = countrySchema.parse({
      ...LU,
      code: 'MT',
      name: { fr: 'Malte', en: 'Malta' },
      childHelpline: door('mt-kjt', { phone: '116111', url: undefined }),
      hotline: door('mt-hotline', { verified: false, toCheck: 'the form address' }),
      trustedFlaggers: { ...LU.trustedFlaggers, list: [] },
    });
    registerCountryData(unverified);
    expect(channelById['mt-hotline'].confidence).toBe('to-check');
    const csam = route(input({ categoryId: 'child-sexual-abuse-material', country: 'MT' }));
    const primaries = csam.steps.filter((s) => s.kind === 'primary').map((s) => s.channelId);
    expect(primaries).toContain('mt-police');
    expect(primaries).toContain('mt-hotline');
  });

  it('names stay in their own language, with the interface’s beside; packs go in the door’s language or English', () => {
    expect(channelById['lu-trusted-flagger-flagger-a' as ChannelId].name.fr).toBe('Flagger A');
    expect(channelById['lu-kjt' as never]).toBeUndefined();
    expect(channelById['lu-child-helpline'].name).toEqual({ fr: 'Tür lu-kjt', en: 'Tür lu-kjt (Door lu-kjt)' });
    expect(outputLanguage(channelById['lu-hotline'], 'fr')).toBe('fr');
    expect(outputLanguage(channelById['lu-child-helpline'], 'fr')).toBe('en');
    expect(outputLanguage(channelById.pharos, 'en')).toBe('fr');
    expect(isChannelId('lu-hotline')).toBe(true);
  });
});
