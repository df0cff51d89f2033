/**
 * The child-sexual-abuse rule in one function: given a category and whether a minor is involved,
 * must the report keep only addresses and times (no screenshot, archive, thumbnail or page text)?
 * The repository applies it in the same transaction as the qualification change; routing and the
 * UI read the same answer. Which categories turn URL-only with a minor is data: the category's
 * `linkOnlyWhenMinor` field; which turn URL-only when the user says the evidence shows a sexual
 * image or representation of a minor (a grooming conversation, a blackmail, a listing) is the
 * `linkOnlyWhenMinorSexualImage` field, read with the `minorSexualImage` answer.
 */
import type { Qualification } from '@/utils/report/qualification';
import { categoryById, isCategoryId, type CategoryId } from './taxonomy';

export function isLinkOnly(categoryId: CategoryId, minor: boolean, minorSexualImage = false): boolean {
  const category = categoryById[categoryId];
  return (
    category.evidence === 'url-only' ||
    (minor && category.linkOnlyWhenMinor) ||
    (minorSexualImage && category.linkOnlyWhenMinorSexualImage)
  );
}

/**
 * The same rule read from the stored answers: a parent reports about their child, so a minor is
 * involved whatever the `minor` answer says.
 */
export function qualificationIsLinkOnly(q: Qualification): boolean {
  if (q.categoryId === null || !isCategoryId(q.categoryId)) return false;
  return isLinkOnly(q.categoryId, q.minor === true || q.role === 'parent', q.minorSexualImage === true);
}
