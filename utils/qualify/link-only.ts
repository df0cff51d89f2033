/**
 * The child-sexual-abuse rule in one function: given a category and whether a minor is involved,
 * must the report keep only addresses and times (no screenshot, archive, thumbnail or page text)?
 * The repository applies it in the same transaction as the qualification change; routing and the
 * UI read the same answer. Which categories turn URL-only with a minor is data: the category's
 * `linkOnlyWhenMinor` field.
 */
import { categoryById, type CategoryId } from './taxonomy';

export function isLinkOnly(categoryId: CategoryId, minor: boolean): boolean {
  const category = categoryById[categoryId];
  return category.evidence === 'url-only' || (minor && category.linkOnlyWhenMinor);
}
