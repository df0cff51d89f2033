/**
 * Campaigns and tags: short names a user gives reports to group them ("raid du 12 mars",
 * "compte @x", "association"). A volunteer sets one for a whole batch; the history filters,
 * exports and hands over by tag. Tags are the user's words, never read from a page.
 *
 * A tag is kept as typed but tidied: Unicode NFC, control and bidi characters removed, spaces
 * collapsed, trimmed, cut to `TAG_MAX` characters. Two tags that differ only by case are the same
 * tag (the first spelling is kept). Every write goes through `withTags`; the stored shape
 * (`tagsSchema` in draft.ts) only bounds them, so that the composer does not load this module.
 */
import { withoutBidi, withoutControlChars } from '@/utils/format/controls';
/** Longest tag (characters) and most tags on one report. */
export const TAG_MAX = 60;
export const TAGS_MAX = 20;

/** A tidied tag, or `null` when nothing is left of it. */
export function normalizeTag(raw: string): string | null {
  // Control characters (C0, DEL, C1) and bidi controls are never part of a tag.
  const tidy = withoutBidi(withoutControlChars(raw.normalize('NFC'), 'none', ' '), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (tidy === '') return null;
  // `TAG_MAX` UTF-16 units, as the stored schema counts, never splitting a surrogate pair.
  const cut = tidy.length > TAG_MAX && /[\uD800-\uDBFF]/.test(tidy[TAG_MAX - 1]!) ? TAG_MAX - 1 : TAG_MAX;
  return tidy.slice(0, cut).trim();
}

/** The key two tags are compared by (case-insensitive). */
export const tagKey = (tag: string) => tag.toLocaleLowerCase('fr');

/** What the user typed in a tag field, split on commas and semicolons, tidied, without repeats. */
export function parseTagInput(input: string): string[] {
  return withTags([], input.split(/[,;]/));
}

/**
 * `current` plus `added` (tidied, in order, case-insensitive repeats dropped), at most `TAGS_MAX`:
 * the tags already there are kept first.
 */
export function withTags(current: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(current.map(tagKey));
  const result = [...current];
  for (const raw of added) {
    const tag = normalizeTag(raw);
    if (tag === null || seen.has(tagKey(tag))) continue;
    if (result.length >= TAGS_MAX) break;
    seen.add(tagKey(tag));
    result.push(tag);
  }
  return result;
}

/** `current` without `tag` (case-insensitive). */
export function withoutTag(current: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return current.filter((t) => tagKey(t) !== key);
}

/** Does this report carry `tag` (case-insensitive)? */
export const hasTag = (tags: readonly string[], tag: string) => tags.some((t) => tagKey(t) === tagKey(tag));
