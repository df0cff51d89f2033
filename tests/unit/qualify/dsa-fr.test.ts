import { describe, expect, it } from 'vitest';
import { DSA_CATEGORIES, DSA_CATEGORY_LABELS } from '@/utils/qualify/dsa';
import { DSA_CATEGORY_LABELS_FR, DSA_KEYWORD_LABELS_FR } from '@/utils/qualify/dsa-fr.data';
import { dsaFor } from '@/utils/qualify/dsa-for';
import { categories } from '@/utils/qualify/taxonomy';
import { dsaLines } from '@/utils/export/pdf';

describe('French names of the DSA codes', () => {
  it('every category has its own French name', () => {
    for (const code of DSA_CATEGORIES) {
      expect(DSA_CATEGORY_LABELS_FR[code].length).toBeGreaterThan(3);
      if (code !== 'STATEMENT_CATEGORY_VIOLENCE')
        expect(DSA_CATEGORY_LABELS_FR[code]).not.toBe(DSA_CATEGORY_LABELS[code]);
    }
  });

  it('every code a category of the taxonomy uses is written in French in a French text, in English in an English one', () => {
    for (const category of categories)
      for (const minor of [false, true]) {
        const dsa = dsaFor(category.id, { minor });
        expect(DSA_KEYWORD_LABELS_FR[dsa.keyword], dsa.keyword).toBeTruthy();
        const fr = dsaLines(dsa, 'fr');
        expect(fr).toContain(DSA_CATEGORY_LABELS_FR[dsa.category]);
        expect(fr).toContain(dsa.keyword);
        expect(dsaLines(dsa, 'en')).toContain(DSA_CATEGORY_LABELS[dsa.category]);
      }
  });
});
