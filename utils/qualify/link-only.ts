/**
 * The child-sexual-abuse rule in one function: given a category and whether a minor is involved,
 * must the report keep only addresses and times (no screenshot, archive, thumbnail or page text)?
 * The repository applies it in the same transaction as the qualification change; routing and the
 * UI read the same answer.
 */
import { categoryById, type CategoryId } from './taxonomy';

/** Categories whose evidence may show a minor sexually: with a minor involved they are CSAM. */
const SEXUAL_IMAGES: ReadonlySet<CategoryId> = new Set([
  'non-consensual-intimate-images',
  'sexual-deepfake',
  'sextortion',
]);

export function isLinkOnly(categoryId: CategoryId, minor: boolean): boolean {
  return categoryById[categoryId].evidence === 'url-only' || (minor && SEXUAL_IMAGES.has(categoryId));
}
