import { describe, expect, it } from 'vitest';
import { keywordFitsCategory } from '@/utils/qualify/dsa';
import { categories, categoryById, categorySchema, isCategoryId, type CategoryId } from '@/utils/qualify/taxonomy';

const REQUIRED: CategoryId[] = [
  'terrorism',
  'child-sexual-abuse-material',
  'grooming',
  'sextortion',
  'cyber-harassment',
  'threats',
  'hate-incitement',
  'insult-defamation',
  'crimes-against-humanity-apology-denial',
  'non-consensual-intimate-images',
  'sexual-deepfake',
  'doxxing',
  'suicide-self-harm-incitement',
  'torture-barbarity-images',
  'animal-cruelty',
  'drug-trafficking',
  'weapons-trafficking',
  'online-scam',
  'phishing',
  'spam',
  'illegal-product-marketplace',
  'minors-exposed-harmful-content',
  'other',
];

describe('category taxonomy', () => {
  it('covers every required category, with at least 20 entries', () => {
    expect(categories.length).toBeGreaterThanOrEqual(20);
    for (const id of REQUIRED) expect(isCategoryId(id), id).toBe(true);
    expect(isCategoryId('not-a-category')).toBe(false);
  });

  it('looks categories up by id', () => {
    for (const c of categories) expect(categoryById[c.id]).toBe(c);
  });

  it('flags only child sexual abuse material as CSAM, and keeps it URL-only', () => {
    expect(categories.filter((c) => c.csam).map((c) => c.id)).toEqual(['child-sexual-abuse-material']);
    expect(categoryById['child-sexual-abuse-material'].evidence).toBe('url-only');
    expect(categoryById.grooming.evidence).toBe('url-only');
    expect(categoryById['cyber-harassment'].evidence).toBe('full');
  });

  it('gives every category except "other" a French legal basis', () => {
    for (const c of categories.filter((c) => c.id !== 'other')) expect(c.legalBasis.length, c.id).toBeGreaterThan(0);
  });

  it('marks an entry to-check when any of its legal facts is unverified', () => {
    for (const c of categories) {
      const open = c.legalBasis.some((b) => b.confidence === 'to-check') || c.prescription?.confidence === 'to-check';
      if (open) expect(c.confidence, c.id).toBe('to-check');
    }
    const terrorism = categoryById.terrorism;
    const tampered = { ...terrorism, legalBasis: [{ ...terrorism.legalBasis[0]!, confidence: 'to-check' }] };
    expect(categorySchema.safeParse(tampered).success).toBe(false);
  });

  it('states the verified key penalties', () => {
    const terrorism = categoryById.terrorism.legalBasis[0]!;
    expect(terrorism.article).toBe('421-2-5');
    expect(terrorism.maxPenalty.fr).toContain('7 ans et 100 000 €');
    const csam = categoryById['child-sexual-abuse-material'].legalBasis[0]!;
    expect(csam.article).toBe('227-23');
    expect(csam.maxPenalty.fr).toContain('2 ans et 30 000 €');
    expect(categoryById['sexual-deepfake'].legalBasis[0]!.article).toBe('226-8-1');
  });

  it('carries the short press-law prescriptions', () => {
    expect(categoryById['insult-defamation'].prescription?.months).toBe(3);
    expect(categoryById['insult-defamation'].prescription?.basis).toContain('art. 65');
    expect(categoryById['hate-incitement'].prescription?.months).toBe(12);
    expect(categoryById['hate-incitement'].prescription?.basis).toContain('65-3');
    expect(categoryById.terrorism.prescription).toBeUndefined();
  });

  it('uses DSA keywords that fit the DSA category', () => {
    for (const c of categories) expect(keywordFitsCategory(c.dsa.keyword, c.dsa.category), c.id).toBe(true);
    expect(categoryById['child-sexual-abuse-material'].dsa.keyword).toBe('KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL');
    expect(categoryById.terrorism.dsa.keyword).toBe('KEYWORD_TERRORIST_CONTENT');
  });

  it('rejects malformed entries', () => {
    const base = categoryById.phishing;
    expect(categorySchema.safeParse(base).success).toBe(true);
    expect(categorySchema.safeParse({ ...base, id: 'Not Kebab' }).success).toBe(false);
    expect(categorySchema.safeParse({ ...base, label: { fr: 'x', en: '' } }).success).toBe(false);
    expect(
      categorySchema.safeParse({
        ...base,
        dsa: { ...base.dsa, category: 'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT' },
      }).success,
    ).toBe(false);
    expect(categorySchema.safeParse({ ...base, csam: true }).success).toBe(false);
    expect(
      categorySchema.safeParse({ ...base, sources: [{ url: 'http://example.org', title: 't', checked: '2026-01-01' }] })
        .success,
    ).toBe(false);
  });
});
