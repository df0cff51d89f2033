import { describe, expect, it } from 'vitest';
import {
  DSA_CATEGORIES,
  DSA_KEYWORD_GROUPS,
  DSA_KEYWORDS,
  DSA_TAXONOMY_SOURCE,
  DSA_V1_REMOVED,
  dsaCategorySchema,
  dsaKeywordSchema,
  keywordFitsCategory,
} from '@/utils/qualify/dsa';

describe('DSA transparency database taxonomy (v2)', () => {
  it('has the 16 v2 categories, including the ones added in July 2025', () => {
    expect(DSA_CATEGORIES).toHaveLength(16);
    expect(DSA_CATEGORIES).toEqual(
      expect.arrayContaining([
        'STATEMENT_CATEGORY_CYBER_VIOLENCE',
        'STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN',
        'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
        'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
      ]),
    );
  });

  it('has the 69 accepted v2 keywords, all prefixed and unique', () => {
    expect(DSA_KEYWORDS).toHaveLength(69);
    expect(new Set(DSA_KEYWORDS).size).toBe(DSA_KEYWORDS.length);
    for (const k of DSA_KEYWORDS) expect(k).toMatch(/^KEYWORD_[A-Z_]+$/);
    for (const c of DSA_CATEGORIES) expect(c).toMatch(/^STATEMENT_CATEGORY_[A-Z_]+$/);
  });

  it('rejects codes removed or renamed in v2', () => {
    for (const code of DSA_V1_REMOVED) {
      expect(dsaCategorySchema.safeParse(code).success).toBe(false);
      expect(dsaKeywordSchema.safeParse(code).success).toBe(false);
    }
    expect(dsaCategorySchema.safeParse('STATEMENT_CATEGORY_VIOLENCE').success).toBe(true);
    expect(dsaKeywordSchema.safeParse('KEYWORD_PHISHING').success).toBe(true);
  });

  it('groups only known keywords under known categories, each keyword at most once', () => {
    const seen = new Set<string>();
    for (const [category, keywords] of Object.entries(DSA_KEYWORD_GROUPS)) {
      expect(DSA_CATEGORIES).toContain(category);
      for (const k of keywords) {
        expect(DSA_KEYWORDS).toContain(k);
        expect(seen.has(k), k).toBe(false);
        seen.add(k);
      }
    }
    expect([...DSA_KEYWORDS].filter((k) => !seen.has(k)).sort()).toEqual(['KEYWORD_OTHER', 'KEYWORD_STALKING']);
  });

  it('checks keyword/category fit', () => {
    expect(keywordFitsCategory('KEYWORD_PHISHING', 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD')).toBe(true);
    expect(keywordFitsCategory('KEYWORD_PHISHING', 'STATEMENT_CATEGORY_VIOLENCE')).toBe(false);
    expect(keywordFitsCategory('KEYWORD_OTHER', 'STATEMENT_CATEGORY_VIOLENCE')).toBe(true);
  });

  it('records its source and the v2 effective date', () => {
    expect(DSA_TAXONOMY_SOURCE.effectiveFrom).toBe('2025-07-01');
    expect(new URL(DSA_TAXONOMY_SOURCE.url).protocol).toBe('https:');
  });
});
