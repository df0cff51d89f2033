/**
 * The DSA v2 statement-of-reasons code of one case, not of a whole category: with a minor
 * involved, categories whose usual keyword excludes content depicting minors (intimate images,
 * sexual deepfakes, sextortion) switch to their `dsaWithMinor` code. Data-driven: the rule is
 * the `dsaWithMinor` field of each category, checked at load by the taxonomy schema.
 */
import type { DsaCategory, DsaKeyword } from './dsa';
import { categoryById, type CategoryId } from './taxonomy';

export interface DsaCode {
  category: DsaCategory;
  keyword: DsaKeyword;
}

export function dsaFor(categoryId: CategoryId, context: { minor: boolean }): DsaCode {
  const category = categoryById[categoryId];
  const code = (context.minor ? category.dsaWithMinor : undefined) ?? category.dsa;
  return { category: code.category, keyword: code.keyword };
}
