import { describe, expect, it } from 'vitest';
import { qualificationIsLinkOnly } from '@/utils/qualify/link-only';
import { emptyQualification } from '@/utils/report/draft';

describe('qualificationIsLinkOnly', () => {
  const q = (over: Partial<ReturnType<typeof emptyQualification>>) => ({ ...emptyQualification(), ...over });

  it('is false until a known category is chosen', () => {
    expect(qualificationIsLinkOnly(q({}))).toBe(false);
    expect(qualificationIsLinkOnly(q({ categoryId: 'not-a-category' }))).toBe(false);
  });

  it('is true for CSAM whatever the other answers', () => {
    expect(qualificationIsLinkOnly(q({ categoryId: 'child-sexual-abuse-material', minor: false }))).toBe(true);
  });

  it('treats a parent’s report of intimate images as showing a minor', () => {
    expect(qualificationIsLinkOnly(q({ categoryId: 'non-consensual-intimate-images', role: 'targeted' }))).toBe(false);
    expect(qualificationIsLinkOnly(q({ categoryId: 'non-consensual-intimate-images', role: 'parent' }))).toBe(true);
    expect(qualificationIsLinkOnly(q({ categoryId: 'sexual-deepfake', minor: true }))).toBe(true);
  });
});
