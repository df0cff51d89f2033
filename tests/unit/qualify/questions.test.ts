import { describe, expect, it } from 'vitest';
import { questionsThatMatter, routeInput } from '@/utils/qualify/questions';
import { categoryIds } from '@/utils/qualify/taxonomy';
import { emptyQualification } from '@/utils/report/draft';

describe('questionsThatMatter', () => {
  it('for CSAM, never asks whether it is public or private: PHAROS takes it either way', () => {
    const asked = questionsThatMatter(emptyQualification(), 'child-sexual-abuse-material', 'x');
    expect(asked).not.toContain('privateExchange');
    expect(asked).not.toContain('publicContent');
  });

  it('asks whether a minor is involved for harassment, where it changes the route (3018)', () => {
    expect(questionsThatMatter(emptyQualification(), 'cyber-harassment', 'tiktok')).toContain('minor');
  });

  it('asks whether a minor is involved for intimate images, where it makes the evidence link-only', () => {
    expect(questionsThatMatter(emptyQualification(), 'non-consensual-intimate-images', null)).toContain('minor');
  });

  it('asks about a private exchange for threats (PHAROS does not take private exchanges)', () => {
    expect(questionsThatMatter(emptyQualification(), 'threats', null)).toContain('privateExchange');
  });

  it('asks at most the four questions, for every category', () => {
    for (const id of categoryIds)
      expect(questionsThatMatter(emptyQualification(), id, null).length).toBeLessThanOrEqual(4);
  });
});

describe('routeInput', () => {
  it('uses the answers, and the common case where a question was not asked', () => {
    const q = { ...emptyQualification(), danger: true, minor: true };
    expect(routeInput(q, 'threats', 'x')).toEqual({
      categoryId: 'threats',
      platformId: 'x',
      danger: true,
      minor: true,
      victim: false,
      privateExchange: false,
      publicContent: true,
      country: 'FR',
    });
  });
});
