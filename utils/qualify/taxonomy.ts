/**
 * Vigie's category taxonomy, the index: the rows of `taxonomy.data.ts` parsed by the schema of
 * `taxonomy.schema.ts` at load (malformed data fails loudly, at build and test time, never in the
 * UI), and what the rest of the code reads from them.
 *
 * This is legal information to orient a citizen, never legal advice; Vigie is not an official service.
 */
import { defineRegistry } from '@/utils/registry';
import { z } from '@/utils/zod';
import { categoryRows } from './taxonomy.data';
import { categorySchema, type Category, type Prescription } from './taxonomy.schema';

export {
  categorySchema,
  confidenceSchema,
  legalBasisSchema,
  localizedListSchema,
  localizedSchema,
  prescriptionSchema,
  sourceSchema,
  urgencies,
} from './taxonomy.schema';
export type { Category, CategoryInput, Confidence, LegalBasis, Prescription, Source, Urgency } from './taxonomy.schema';

const registry = defineRegistry('categories', categorySchema, categoryRows);

export type CategoryId = (typeof categoryRows)[number]['id'];
/** Every category, in display order. */
export const categories = registry.all;
export const categoryById = registry.byId;
export const isCategoryId = registry.has;
export const categoryIds: readonly CategoryId[] = categories.map((c) => c.id);
export const categoryIdSchema = z.enum(categoryIds as [CategoryId, ...CategoryId[]]);

/**
 * The shortest press-law prescription among a category's offences, for a single "act quickly"
 * warning; each offence keeps its own delay (`legalBasis[i].prescription`) for the detail.
 */
export function shortestPrescription(category: Category): Prescription | undefined {
  let shortest: Prescription | undefined;
  for (const basis of category.legalBasis) {
    const p = basis.prescription;
    if (p && (shortest === undefined || p.months < shortest.months)) shortest = p;
  }
  return shortest;
}
