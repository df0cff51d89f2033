import { describe, expect, it } from 'vitest';
import { categoryIds } from '@/utils/qualify/taxonomy';
import { rulesFor } from '@/utils/channels/route';
import {
  PHAROS_FORM_SOURCE,
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

  it('a minor changes the box of sexual images, not of scams', () => {
    expect(pharosBoxFor('sextortion', false).box).toBe('scam');
    expect(pharosBoxFor('sextortion', true)).toEqual({ box: 'minors', label: pharosCategories.minors });
    expect(pharosBoxFor('online-scam', true).box).toBe('scam');
    expect(pharosBoxFor('child-sexual-abuse-material', false).note).toBeUndefined();
  });
});
