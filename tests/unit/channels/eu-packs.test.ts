/**
 * What Vigie hands to another member state's doors: for every country, category and role, the
 * pack of each door of the route is complete (no stand-in), in the door's language when Vigie
 * writes it (French) and in English otherwise — never French to a door that does not work in French.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { channelById } from '@/utils/channels/registry';
import { countries } from '@/utils/channels/eu/countries';
import { registerCountryData } from '@/utils/channels/eu/abroad';
import { buildPack } from '@/utils/handoff/pack';
import { routeOf } from '@/utils/handoff/batch';
import { evidenceItems } from '@/utils/handoff/context';
import { categories } from '@/utils/qualify/taxonomy';
import { artefactKinds } from '@/utils/report/draft';
import { makeDraft } from '../handoff/draft-factory';
import { everyText } from '../handoff/helpers';

const STAND_INS: readonly RegExp[] = [/\(Décrivez/, /\{/, /\}\}/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object/];
const EVIDENCE = evidenceItems(artefactKinds.map((kind, i) => ({ kind, sha256: String(i).repeat(64) })));

beforeAll(() => {
  for (const c of countries) registerCountryData(c);
});

describe('packs for another member state’s doors', { timeout: 120_000 }, () => {
  for (const country of countries)
    it(`${country.code}: every category × role, each door’s pack complete and in its language or English`, () => {
      for (const category of categories)
        for (const role of ['targeted', 'parent', 'witness'] as const) {
          const csam = category.csam === true;
          const draft = makeDraft({
            ...(csam ? { mode: 'url-only' as const, csam: true, page: null } : {}),
            qualification: {
              categoryId: category.id,
              role,
              minor: role === 'parent',
              goodFaithAt: '2026-11-28T09:30:00.000Z',
              country: country.code,
            },
            narrative: { description: 'Ce compte publie chaque jour des menaces.' },
          });
          const route = routeOf(draft)!;
          for (const step of route.steps) {
            const channel = channelById[step.channelId];
            const pack = buildPack({
              draft,
              route,
              channelId: step.channelId,
              lang: 'fr',
              identity: null,
              evidence: EVIDENCE,
            });
            const where = `${country.code} ${category.id} ${role} ${step.channelId}`;
            if (channel.kind !== 'platform-notice')
              expect(pack.lang, where).toBe(channel.language === 'fr' ? 'fr' : 'en');
            for (const m of STAND_INS) expect(everyText(pack), `${where} ${m}`).not.toMatch(m);
            expect(pack.verdict.rejected, where).toEqual([]);
          }
        }
    });
});
