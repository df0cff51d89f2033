import { describe, expect, it } from 'vitest';
import { DSA_CATEGORY_LABELS, DSA_KEYWORDS_EXCLUDING_MINORS, keywordExcludesMinors } from '@/utils/qualify/dsa';
import { dsaFor } from '@/utils/qualify/dsa-for';
import { categories, type CategoryId } from '@/utils/qualify/taxonomy';

const MINORS = 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS';

describe('dsaFor: the DSA code of one case', () => {
  it('knows which v2 keywords exclude content depicting minors', () => {
    expect([...DSA_KEYWORDS_EXCLUDING_MINORS].sort()).toEqual([
      'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING',
      'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN',
      'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE',
      'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN',
    ]);
  });

  it.each([
    ['non-consensual-intimate-images', 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL'],
    ['sexual-deepfake', 'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE'],
    ['sextortion', 'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS'],
  ] as [CategoryId, string][])('%s with a minor → protection of minors, %s', (id, keyword) => {
    expect(dsaFor(id, { minor: true })).toEqual({ category: MINORS, keyword });
    const adult = dsaFor(id, { minor: false });
    expect(adult.category).toBe('STATEMENT_CATEGORY_CYBER_VIOLENCE');
    expect(keywordExcludesMinors(adult.keyword)).toBe(true);
  });

  it.each(categories.map((c) => [c.id] as const))('%s with a minor never uses a keyword that excludes minors', (id) => {
    expect(keywordExcludesMinors(dsaFor(id, { minor: true }).keyword)).toBe(false);
  });

  it('keeps the usual code where a minor changes nothing', () => {
    expect(dsaFor('terrorism', { minor: true })).toEqual(dsaFor('terrorism', { minor: false }));
    expect(dsaFor('cyber-harassment', { minor: true }).keyword).toBe('KEYWORD_CYBER_HARASSMENT');
  });

  it('tags spam as a notice whose type the notifier does not specify (a v2 category)', () => {
    expect(Object.keys(DSA_CATEGORY_LABELS)).toContain('STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE');
    expect(dsaFor('spam', { minor: false })).toEqual({
      category: 'STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE',
      keyword: 'KEYWORD_OTHER',
    });
  });
});
