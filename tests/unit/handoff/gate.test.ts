import { describe, expect, it } from 'vitest';
import { buildPack } from '@/utils/handoff/pack';
import { contextOf } from '@/utils/handoff/context';
import { gate } from '@/utils/handoff/gate';
import type { Pack, PackField } from '@/utils/handoff/types';
import { IDENTITY, makeDraft, packInput, routeOf } from './draft-factory';
import { fieldOf } from './helpers';

const published = { narrative: { publishedAt: '2026-11-20T08:30:00.000Z', publishedAtSource: 'user' as const } };
const complete = makeDraft(published);

describe('the report-quality gate', () => {
  it('PHAROS with its box, publication time, place, address and comment is ready', () => {
    const pack = buildPack(packInput(complete, 'pharos', { lang: 'en' }));
    expect(pack.verdict).toEqual({ channelId: 'pharos', lang: 'fr', ready: true, missing: [], rejected: [] });
  });

  it('PHAROS names what it lacks: the publication time, the comment', () => {
    expect(buildPack(packInput(makeDraft(), 'pharos')).verdict).toMatchObject({
      ready: false,
      missing: ['publishedAt'],
    });
    const blank = makeDraft({ narrative: { description: '', ...published.narrative } });
    const pack = buildPack(packInput(blank, 'pharos'));
    expect(pack.verdict.missing).toEqual(['description']);
    expect(fieldOf(pack, 'description')).toMatchObject({ value: '', missing: true });
  });

  it('a DSA notice needs the explanation, the addresses, the identity and good faith', () => {
    expect(buildPack(packInput(complete, 'x-notice')).verdict.ready).toBe(true);
    const anonymous = buildPack(packInput(complete, 'x-notice', { identity: null })).verdict;
    expect(anonymous.missing).toEqual(['name', 'email']);
    const blank = makeDraft({ narrative: { description: '' } });
    expect(buildPack(packInput(blank, 'x-notice')).verdict.missing).toEqual(['description', 'notice']);
  });

  it('a notice about a child (Art. 16(2)(c) exception) is ready without any identity', () => {
    const grooming = makeDraft({ qualification: { categoryId: 'grooming', minor: true } });
    const verdict = buildPack(packInput(grooming, 'x-notice', { identity: null })).verdict;
    expect(verdict.missing).not.toContain('name');
    expect(verdict.missing).not.toContain('email');
  });

  describe('on a field that went wrong', () => {
    const draft = makeDraft({ narrative: { description: 'Il écrit {pseudo} et null partout : {{moi}}' } });
    const input = packInput(draft, 'point-de-contact');
    const c = contextOf(input);
    const base = buildPack(input);
    const withField = (f: Partial<PackField> & Pick<PackField, 'key'>): Omit<Pack, 'plainText' | 'verdict'> => ({
      ...base,
      fields: base.fields.map((x) => (x.key === f.key ? { ...x, ...f } : x)),
    });

    it('the user’s own braces and words are not judged', () => {
      expect(base.verdict.rejected).toEqual([]);
      expect(fieldOf(base, 'description')?.value).toContain('{{moi}}');
    });

    it.each([
      '(Décrivez ici, avec vos mots, ce que vous avez vu.)',
      'Vu le {when}.',
      'Auteur : undefined',
      'Compte : [object Object]',
      'Montant : NaN €',
      'Valeur : null',
    ])('a stand-in is emptied and said missing: %s', (value) => {
      const { fields, verdict } = gate(withField({ key: 'description', value }), c);
      expect(verdict.rejected).toEqual([{ key: 'description', reason: 'placeholder' }]);
      expect(verdict.missing).toContain('description');
      expect(verdict.ready).toBe(false);
      expect(fields.find((f) => f.key === 'description')).toMatchObject({ value: '', missing: true });
    });

    it('English words of Vigie’s in a French channel’s field are rejected, whatever the label or value', () => {
      const label = gate(withField({ key: 'url', label: 'Address (URL) of the content' }), c).verdict;
      expect(label.rejected).toEqual([{ key: 'url', reason: 'language' }]);
      const value = gate(withField({ key: 'description', value: 'screenshot — SHA-256 abc' }), c).verdict;
      expect(value.rejected).toEqual([{ key: 'description', reason: 'language' }]);
    });

    it('a publication time other than the one derived value is rejected', () => {
      const pharosInput = packInput(complete, 'pharos');
      const pharos = buildPack(pharosInput);
      const drifted = {
        ...pharos,
        fields: pharos.fields.map((f) => (f.key === 'publishedAt' ? { ...f, iso: '2020-01-01T00:00:00.000Z' } : f)),
      };
      const { verdict } = gate(drifted, contextOf(pharosInput));
      expect(verdict.rejected).toEqual([{ key: 'publishedAt', reason: 'mismatch' }]);
      expect(verdict.missing).toContain('publishedAt');
    });
  });

  it('the identity is never required by PHAROS', () => {
    const pack = buildPack(packInput(complete, 'pharos', { identity: IDENTITY }));
    expect(pack.verdict.missing).toEqual([]);
    expect(routeOf(complete).steps.some((s) => s.channelId === 'pharos')).toBe(true);
  });
});
