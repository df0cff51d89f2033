import { describe, expect, it } from 'vitest';
import { categoryIds } from '@/utils/qualify/taxonomy';
import { rulesFor } from '@/utils/channels/route';
import {
  PHAROS_FORM_SOURCE,
  PHAROS_PAGE_SOURCES,
  pharosBoxFor,
  pharosCategories,
  pharosMapping,
} from '@/utils/handoff/pharos-categories.data';

describe('PHAROS categories', () => {
  it('are the eight boxes of the 2025 form, with their source', () => {
    expect(Object.values(pharosCategories).map((c) => c.fr)).toEqual([
      'Terrorisme',
      'Menaces ou incitation à la violence',
      'Pédophilie ou corruption de mineur sur internet',
      'Trafic illicite',
      'Incitation à commettre des infractions',
      'Escroquerie',
      'Injure ou diffamation',
      'Spam',
    ]);
    expect(PHAROS_FORM_SOURCE.url).toBe('https://www.masecurite.interieur.gouv.fr/fr/actualites/pharos-se-modernise');
  });

  it('map exactly the Vigie categories', () => {
    expect(Object.keys(pharosMapping).sort()).toEqual([...categoryIds].sort());
  });

  it.each(categoryIds)('%s maps to one PHAROS box, in both languages', (id) => {
    for (const minor of [false, true]) {
      const m = pharosBoxFor(id, minor);
      expect(Object.keys(pharosCategories)).toContain(m.box);
      expect(m.label.fr.length).toBeGreaterThan(0);
      expect(m.label.en.length).toBeGreaterThan(0);
      if (m.note) {
        expect(m.note.fr).toMatch(/plus proche/);
        expect(m.note.en).toMatch(/closest/);
      }
    }
    // The routing's own wording of the PHAROS section agrees (with a minor: its most specific case).
    const topic = rulesFor(id).pharosTopic;
    if (topic) expect(topic.fr).toContain(pharosBoxFor(id, true).label.fr.replace(/ sur internet$/, ''));
  });

  it('hate, doxxing and suicide announcements: the closest 2025 box, and the box the Ministry pages name if the form offers it', () => {
    for (const id of ['hate-incitement', 'doxxing', 'suicide-self-harm-incitement'] as const) {
      const m = pharosMapping[id];
      expect(m.box, id).toBe('threats');
      expect(m.ifShown, id).toBeDefined();
      expect(pharosBoxFor(id, false).note?.fr, id).toContain(`« ${m.ifShown!.fr} »`);
      expect(pharosBoxFor(id, false).note?.en, id).toContain(m.ifShown!.en);
    }
    expect(pharosMapping['hate-incitement'].ifShown.fr).toBe('Incitation à la haine');
    expect(pharosMapping['suicide-self-harm-incitement'].ifShown.fr).toBe('Mise en danger des personnes');
    expect(PHAROS_PAGE_SOURCES.map((s) => s.url)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('portail-officiel-signalement-contenus-illicites-internet-pharos'),
      ]),
    );
  });

  it('a child-like sexual object on a marketplace ticks the minors’ box', () => {
    expect(pharosBoxFor('illegal-product-marketplace', true)).toEqual({
      box: 'minors',
      label: pharosCategories.minors,
    });
    expect(pharosBoxFor('illegal-product-marketplace', false).box).toBe('trafficking');
  });

  it('a minor changes the box of sexual images, not of scams', () => {
    expect(pharosBoxFor('sextortion', false).box).toBe('scam');
    expect(pharosBoxFor('sextortion', true)).toEqual({ box: 'minors', label: pharosCategories.minors });
    expect(pharosBoxFor('online-scam', true).box).toBe('scam');
    expect(pharosBoxFor('child-sexual-abuse-material', false).note).toBeUndefined();
  });
});
