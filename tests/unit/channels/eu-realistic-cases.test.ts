/**
 * Realistic cases for reporters in other member states, one or more per country group (DE, IT/ES,
 * PL/RO, NL/BE), each with the source its expectation comes from. Inputs left out take the
 * composer's defaults (a witness of public content, nobody in danger).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { route, type RouteInput, type StepKind } from '@/utils/channels/route';
import { countries } from '@/utils/channels/eu/countries';
import { registerCountryData } from '@/utils/channels/eu/abroad';
import { input } from './helpers';

interface AbroadCase {
  name: string;
  source: { url: string; title: string; checked: string };
  input: Partial<RouteInput> & Pick<RouteInput, 'categoryId' | 'country'>;
  first?: string[];
  kinds?: Record<string, StepKind>;
  excludes?: string[];
  urlOnly?: boolean;
  noteIncludes?: string;
}

const FRENCH = [
  'pharos',
  'point-de-contact',
  'police-17',
  'child-in-danger-119',
  'e-enfance-3018',
  'complaint',
  'thesee',
];
const EECC = {
  url: 'https://eur-lex.europa.eu/eli/dir/2018/1972/oj',
  title: 'Directive (EU) 2018/1972, Art. 109 — 112 in every member state, beside the national numbers',
  checked: '2026-12-05',
};
const TF_LIST = {
  url: 'https://digital-strategy.ec.europa.eu/en/policies/trusted-flaggers-under-dsa',
  title: 'European Commission — Trusted flaggers under the DSA (copy of 2026-10-05)',
  checked: '2026-10-05',
};

/** A source read on the day the cases were written. */
const read = (url: string, title: string) => ({ url, title, checked: '2026-12-05' });

/**
 * One case: where the reporter is, what happens (the name, prefixed with the country), the source
 * the expectation comes from, what is reported (the rest takes the composer's defaults), and what
 * the route must show.
 */
function abroad(
  country: RouteInput['country'] & string,
  name: string,
  source: AbroadCase['source'],
  report: Partial<RouteInput> & Pick<RouteInput, 'categoryId'>,
  expected: Pick<AbroadCase, 'first' | 'kinds' | 'excludes' | 'urlOnly' | 'noteIncludes'>,
): AbroadCase {
  return { name: `${country}: ${name}`, source, input: { ...report, country }, ...expected };
}

const CASES: AbroadCase[] = [
  abroad(
    'DE',
    'a parent whose child is harassed on Instagram → Nummer gegen Kummer first, the police, the Instagram notice',
    read(
      'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
      'BMFSFJ — Nummer gegen Kummer: 116 111 for children and young people, anonymous and free',
    ),
    { categoryId: 'cyber-harassment', role: 'parent', platformId: 'instagram' },
    {
      first: ['de-child-helpline'],
      kinds: { 'de-child-helpline': 'primary', 'de-police': 'primary', 'instagram-notice': 'platform' },
    },
  ),
  abroad(
    'DE',
    'someone threatened right now → 112, then 110',
    EECC,
    { categoryId: 'threats', danger: true },
    { first: ['de-emergency-112', 'de-emergency-national-110'] },
  ),
  abroad(
    'IT',
    'a link to child sexual abuse images → Telefono Azzurro’s « Clicca e segnala », by the address only',
    read('https://azzurro.it/clicca-e-segnala/', 'Telefono Azzurro — Clicca e segnala'),
    { categoryId: 'child-sexual-abuse-material', platformId: 'x' },
    { kinds: { 'it-hotline': 'primary', 'x-notice': 'platform' }, urlOnly: true },
  ),
  abroad(
    'ES',
    'a threat with someone in danger → 112, then the National Police (091) and the Civil Guard (062)',
    EECC,
    { categoryId: 'threats', danger: true },
    { first: ['es-emergency-112', 'es-emergency-national-091', 'es-emergency-national-062'] },
  ),
  abroad(
    'PL',
    'child sexual abuse images → Dyżurnet.pl, and the police station (no online portal found)',
    read('https://dyzurnet.pl/faq.html', 'Dyżurnet.pl (NASK) — FAQ'),
    { categoryId: 'child-sexual-abuse-material' },
    { kinds: { 'pl-hotline': 'primary', 'pl-police': 'primary' }, urlOnly: true },
  ),
  abroad(
    'RO',
    'hate speech seen online → its designated trusted flaggers named (none with a public form found)',
    TF_LIST,
    { categoryId: 'hate-incitement' },
    { kinds: { 'ro-police': 'primary' }, noteIncludes: 'Asociatia Serviciul Iezuitilor pentru Refugiatii din Romania' },
  ),
  abroad(
    'NL',
    'online discrimination seen → the police, and NL Confidential’s reporting site (a designated trusted flagger)',
    TF_LIST,
    { categoryId: 'hate-incitement' },
    { kinds: { 'nl-police-portal': 'primary', 'nl-trusted-flagger-nl-confidential': 'also' } },
  ),
  abroad(
    'NL',
    'an adult threatened → the police, and Slachtofferhulp (116 006)',
    read(
      'https://www.politie.nl/themas/aangifte-doen.html',
      'Politie — Aangifte doen (online, by phone on 0900-8844, or at a station)',
    ),
    { categoryId: 'threats', role: 'targeted' },
    { kinds: { 'nl-police-portal': 'primary', 'nl-victim-support': 'also' } },
  ),
  abroad(
    'BE',
    'child sexual abuse images → Child Focus, by the address only',
    read('https://childfocus.be/en/report-child-pornography', 'Child Focus — Report child sexual abuse images'),
    { categoryId: 'child-sexual-abuse-material', platformId: 'telegram' },
    { kinds: { 'be-hotline': 'primary', 'telegram-notice': 'platform' }, urlOnly: true },
  ),
];

beforeAll(() => {
  for (const c of countries) registerCountryData(c);
});

describe('realistic cases abroad', () => {
  it('cover every country group of the issue', () => {
    const groups = new Set(CASES.map((c) => c.input.country));
    for (const code of ['DE', 'IT', 'ES', 'PL', 'RO', 'NL', 'BE'] as const) expect(groups).toContain(code);
  });

  for (const c of CASES)
    it(c.name, () => {
      expect(c.source.url).toMatch(/^https:\/\//);
      const r = route(input(c.input));
      const ids = r.steps.map((s) => s.channelId as string);
      if (c.first) expect(ids.slice(0, c.first.length)).toEqual(c.first);
      for (const [id, kind] of Object.entries(c.kinds ?? {}))
        expect(r.steps.find((s) => s.channelId === id)?.kind, id).toBe(kind);
      for (const id of [...FRENCH, ...(c.excludes ?? [])]) expect(ids).not.toContain(id);
      if (c.urlOnly !== undefined) expect(r.urlOnly).toBe(c.urlOnly);
      if (c.noteIncludes) expect(r.notes.map((n) => n.en).join('\n')).toContain(c.noteIncludes);
    });
});
