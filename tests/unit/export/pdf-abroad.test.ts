/**
 * A reporter in another member state: the complaint PDF and the complaint pack give no French law
 * and no French procedure (that country's police qualify the facts under its law), while a
 * reporter in France keeps both.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildComplaintPdf } from '@/utils/export/pdf';
import { countryByCode } from '@/utils/channels/eu/countries';
import { registerCountryData } from '@/utils/channels/eu/abroad';
import { buildPack } from '@/utils/handoff/pack';
import { routeOfDraft } from '@/utils/channels/route-of';
import { reportsFromAbroad } from '@/utils/report/qualification';
import type { Draft } from '@/utils/report/draft';
import { makeDraft } from '../handoff/draft-factory';
import { fonts, readPdf } from './pdf-helpers';

beforeAll(() => void registerCountryData(countryByCode('DE')!));

const harassed = (country?: string): Draft =>
  makeDraft({
    qualification: {
      categoryId: 'cyber-harassment',
      role: 'targeted',
      goodFaithAt: '2026-11-28T09:30:00.000Z',
      ...(country ? { country } : {}),
    },
  });

describe('French law is said to a reporter in France only', { timeout: 30_000 }, () => {
  it('knows who reports from abroad: another member state, not France, not unset', () => {
    expect(reportsFromAbroad({ country: 'DE' })).toBe(true);
    expect(reportsFromAbroad({ country: 'FR' })).toBe(false);
    expect(reportsFromAbroad({})).toBe(false);
  });

  it.each(['fr', 'en'] as const)(
    '%s: the complaint PDF of a reporter in Germany cites no French article',
    async (lang) => {
      const { text } = await readPdf(await buildComplaintPdf({ draft: harassed('DE'), artefacts: [], lang, fonts }));
      expect(text).not.toContain('222-33-2-2');
      expect(text).not.toMatch(/Code pénal|gendarmerie/);
      expect(text).toContain(
        lang === 'fr' ? 'Vigie ne donne la loi que pour la France' : 'Vigie gives the law for France only',
      );
      // The same draft for a reporter in France keeps its legal basis.
      const home = await readPdf(await buildComplaintPdf({ draft: harassed(), artefacts: [], lang, fonts }));
      expect(home.text).toContain('222-33-2-2');
    },
  );

  it('the complaint pack abroad: no legal-basis field, the police of the reporter’s country', () => {
    for (const [draft, abroad] of [
      [harassed('DE'), true],
      [harassed('FR'), false],
    ] as const) {
      const pack = buildPack({
        draft,
        route: routeOfDraft(draft)!,
        channelId: 'complaint',
        lang: 'fr',
        identity: null,
        evidence: [],
      });
      expect(pack.fields.some((f) => f.key === 'legalBasis')).toBe(!abroad);
      // What the pack tells the reporter to do, and every field it gives (the channel's own name aside).
      const text = [...pack.steps, ...pack.fields.map((f) => `${f.label} ${f.value}`)].join('\n');
      if (abroad) {
        expect(text).toContain('police du pays où vous vivez');
        expect(text).not.toMatch(/gendarmerie|procureur de la République/);
      } else expect(text).toContain('gendarmerie');
    }
  });
});
