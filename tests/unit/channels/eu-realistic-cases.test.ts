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

const CASES: AbroadCase[] = [
  {
    name: 'DE: a parent whose child is harassed on Instagram → Nummer gegen Kummer first, the police, the Instagram notice',
    source: {
      url: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556',
      title: 'BMFSFJ — Nummer gegen Kummer: 116 111 for children and young people, anonymous and free',
      checked: '2026-12-05',
    },
    input: { categoryId: 'cyber-harassment', role: 'parent', platformId: 'instagram', country: 'DE' },
    first: ['de-child-helpline'],
    kinds: { 'de-child-helpline': 'primary', 'de-police': 'primary', 'instagram-notice': 'platform' },
  },
  {
    name: 'DE: someone threatened right now → 112, then 110',
    source: EECC,
    input: { categoryId: 'threats', danger: true, country: 'DE' },
    first: ['de-emergency-112', 'de-emergency-national-110'],
  },
  {
    name: 'IT: a link to child sexual abuse images → Telefono Azzurro’s « Clicca e segnala », by the address only',
    source: {
      url: 'https://azzurro.it/clicca-e-segnala/',
      title: 'Telefono Azzurro — Clicca e segnala',
      checked: '2026-12-05',
    },
    input: { categoryId: 'child-sexual-abuse-material', platformId: 'x', country: 'IT' },
    kinds: { 'it-hotline': 'primary', 'x-notice': 'platform' },
    urlOnly: true,
  },
  {
    name: 'ES: a threat with someone in danger → 112, then the National Police (091) and the Civil Guard (062)',
    source: EECC,
    input: { categoryId: 'threats', danger: true, country: 'ES' },
    first: ['es-emergency-112', 'es-emergency-national-091', 'es-emergency-national-062'],
  },
  {
    name: 'PL: child sexual abuse images → Dyżurnet.pl, and the police station (no online portal found)',
    source: { url: 'https://dyzurnet.pl/faq.html', title: 'Dyżurnet.pl (NASK) — FAQ', checked: '2026-12-05' },
    input: { categoryId: 'child-sexual-abuse-material', country: 'PL' },
    kinds: { 'pl-hotline': 'primary', 'pl-police': 'primary' },
    urlOnly: true,
  },
  {
    name: 'RO: hate speech seen online → its designated trusted flaggers named (none with a public form found)',
    source: TF_LIST,
    input: { categoryId: 'hate-incitement', country: 'RO' },
    kinds: { 'ro-police': 'primary' },
    noteIncludes: 'Asociatia Serviciul Iezuitilor pentru Refugiatii din Romania',
  },
  {
    name: 'NL: online discrimination seen → the police, and NL Confidential’s reporting site (a designated trusted flagger)',
    source: TF_LIST,
    input: { categoryId: 'hate-incitement', country: 'NL' },
    kinds: { 'nl-police-portal': 'primary', 'nl-trusted-flagger-nl-confidential': 'also' },
  },
  {
    name: 'NL: an adult threatened → the police, and Slachtofferhulp (116 006)',
    source: {
      url: 'https://www.politie.nl/themas/aangifte-doen.html',
      title: 'Politie — Aangifte doen (online, by phone on 0900-8844, or at a station)',
      checked: '2026-12-05',
    },
    input: { categoryId: 'threats', role: 'targeted', country: 'NL' },
    kinds: { 'nl-police-portal': 'primary', 'nl-victim-support': 'also' },
  },
  {
    name: 'BE: child sexual abuse images → Child Focus, by the address only',
    source: {
      url: 'https://childfocus.be/en/report-child-pornography',
      title: 'Child Focus — Report child sexual abuse images',
      checked: '2026-12-05',
    },
    input: { categoryId: 'child-sexual-abuse-material', platformId: 'telegram', country: 'BE' },
    kinds: { 'be-hotline': 'primary', 'telegram-notice': 'platform' },
    urlOnly: true,
  },
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
