import { describe, expect, it } from 'vitest';
import { isRefinement, questionsThatMatter } from '@/utils/channels/questions';
import { routeInputOf } from '@/utils/channels/route-of';
import { categoryIds } from '@/utils/qualify/taxonomy';
import { emptyQualification, type Qualification } from '@/utils/report/draft';

type CategoryId = (typeof categoryIds)[number];

/** The route input of a draft in this category, with these answers, captured on this platform. */
const inputOf = (categoryId: CategoryId, over: Partial<Qualification> = {}, platformId: string | null = null) =>
  routeInputOf({
    qualification: { ...emptyQualification(), ...over, categoryId },
    platform: platformId === null ? null : { platformId, platformName: platformId },
  })!;

const asked = (categoryId: CategoryId, over: Partial<Qualification> = {}) =>
  questionsThatMatter(inputOf(categoryId, over));

describe('questionsThatMatter', () => {
  it('asks who is reporting first, wherever the answer changes the route', () => {
    expect(asked('cyber-harassment')[0]).toBe('role');
    expect(asked('sextortion')[0]).toBe('role');
  });

  it('asks nothing where no answer changes the route; for piracy only whether the exchange is private (PHAROS)', () => {
    expect(asked('illegal-advertising')).toEqual([]);
    expect(asked('spam')).toEqual([]);
    expect(asked('piracy')).toEqual(['privateExchange']);
  });

  it('for CSAM, never asks whether it is public, private or about a minor', () => {
    const q = asked('child-sexual-abuse-material');
    expect(q).not.toContain('privateExchange');
    expect(q).not.toContain('publicContent');
    expect(q).not.toContain('minor');
  });

  it('does not ask a parent whether a minor is involved: it is implied', () => {
    expect(asked('cyber-harassment')).toContain('minor');
    expect(asked('cyber-harassment', { role: 'parent' })).not.toContain('minor');
  });

  it('asks whether a minor is involved for intimate images, where it makes the evidence link-only', () => {
    expect(asked('non-consensual-intimate-images')).toContain('minor');
  });

  it('asks about violence against a child shown online', () => {
    expect(asked('torture-barbarity-images')).toContain('minor');
  });

  it('asks the THESEE conditions of the blackmail victim, adult or minor (R45983: « majeur ou mineur »), never of a witness', () => {
    const victim = asked('sextortion', { role: 'targeted' });
    expect(victim).toEqual(expect.arrayContaining(['moneyDemanded', 'metInPerson']));
    expect(asked('sextortion', { role: 'targeted', minor: true })).toEqual(
      expect.arrayContaining(['moneyDemanded', 'metInPerson']),
    );
    expect(asked('sextortion', { role: 'parent' })).toContain('moneyDemanded');
    expect(asked('sextortion', { role: 'witness' })).not.toContain('moneyDemanded');
    expect(asked('sextortion', { role: 'targeted', moneyDemanded: false })).not.toContain('metInPerson');
  });

  it('asks whether a sexual image of a minor is shown where it makes the evidence link-only, and nowhere else', () => {
    for (const id of ['grooming', 'sextortion', 'illegal-product-marketplace'] as const)
      expect(asked(id), id).toContain('minorSexualImage');
    for (const id of categoryIds.filter((c) => !['grooming', 'sextortion', 'illegal-product-marketplace'].includes(c)))
      expect(asked(id, { role: 'targeted' }), id).not.toContain('minorSexualImage');
  });

  it('asks who reports for a filmed assault and for other content, where the person targeted is told of the complaint', () => {
    expect(asked('torture-barbarity-images')).toContain('role');
    expect(asked('other')).toContain('role');
  });

  it('asks about a private exchange for threats (PHAROS does not take private exchanges)', () => {
    expect(asked('threats')).toContain('privateExchange');
  });

  it.each(categoryIds)('%s: never asks an unrelated blackmail question', (id) => {
    if (id !== 'sextortion') {
      expect(asked(id, { role: 'targeted' })).not.toContain('moneyDemanded');
      expect(asked(id, { role: 'targeted' })).not.toContain('metInPerson');
    }
  });
});

describe('the route input the questions take', () => {
  it('uses the answers, and the common case where a question was not asked', () => {
    expect(inputOf('threats', { danger: true, minor: true, role: 'parent' }, 'x')).toEqual({
      categoryId: 'threats',
      platformId: 'x',
      danger: true,
      role: 'parent',
      minor: true,
      minorSexualImage: false,
      privateExchange: false,
      publicContent: true,
      moneyDemanded: true,
      metInPerson: false,
    });
    expect(inputOf('threats').role).toBe('witness');
  });
});

describe('isRefinement', () => {
  const refines = (
    categoryId: CategoryId,
    key: Parameters<typeof isRefinement>[1],
    over: Partial<Qualification> = {},
  ) => isRefinement(inputOf(categoryId, over, 'x'), key);

  it('a question whose other answers only add doors is a refinement: a minor targeted by hate adds 3018', () => {
    expect(refines('hate-incitement', 'minor')).toBe(true);
    expect(refines('hate-incitement', 'role')).toBe(true);
  });

  it('stays one once answered (judged with itself unanswered)', () => {
    expect(refines('hate-incitement', 'minor', { minor: true })).toBe(true);
  });

  it('a question that can take a door away is asked: not public, a private exchange, the victim of a scam', () => {
    expect(refines('hate-incitement', 'publicContent')).toBe(false);
    expect(refines('hate-incitement', 'privateExchange')).toBe(false);
    expect(refines('online-scam', 'role')).toBe(false);
  });

  it('a question that makes the evidence link-only is asked, never a refinement', () => {
    expect(refines('grooming', 'minorSexualImage', { role: 'parent' })).toBe(false);
  });
});
