import { describe, expect, it } from 'vitest';
import { draftSchema } from '@/utils/report/draft';
import { hasTag, normalizeTag, parseTagInput, TAG_MAX, TAGS_MAX, withoutTag, withTags } from '@/utils/report/tags';
import { draftInput } from '../db/helpers';
import { DRAFT_SCHEMA_VERSION } from '@/utils/report/draft-migrations';

describe('tags', () => {
  it('are tidied: NFC, no control or bidi characters, spaces collapsed, cut to the maximum', () => {
    expect(normalizeTag('  raid   du\t12 mars ')).toBe('raid du 12 mars');
    expect(normalizeTag('e\u0301te\u0301')).toBe('été');
    expect(normalizeTag('a\u202Eevil\u0000b')).toBe('a evil b');
    expect(normalizeTag(' \u200F ')).toBeNull();
    expect(normalizeTag('x'.repeat(200))!).toHaveLength(TAG_MAX);
    // Cut in UTF-16 units as the stored schema counts, never inside an emoji's surrogate pair.
    const emoji = normalizeTag('🚩'.repeat(40))!;
    expect(emoji.length).toBeLessThanOrEqual(TAG_MAX);
    expect(emoji).toBe('🚩'.repeat(TAG_MAX / 2));
    const odd = normalizeTag(`x${'🚩'.repeat(40)}`)!;
    expect(odd).toBe(`x${'🚩'.repeat(TAG_MAX / 2 - 1)}`);
  });

  it('split what the user typed on commas and semicolons, without repeats whatever the case', () => {
    expect(parseTagInput('Raid 12 mars, compte @x; raid 12 MARS,,')).toEqual(['Raid 12 mars', 'compte @x']);
    expect(parseTagInput(' , ; ')).toEqual([]);
  });

  it('add after the ones already there, remove case-insensitively, and stop at the maximum', () => {
    expect(withTags(['Raid'], ['raid', 'Campagne A'])).toEqual(['Raid', 'Campagne A']);
    expect(withoutTag(['Raid', 'Campagne A'], 'RAID')).toEqual(['Campagne A']);
    expect(hasTag(['Campagne A'], 'campagne a')).toBe(true);
    const many = Array.from({ length: 30 }, (_, i) => `t${i}`);
    expect(withTags([], many)).toHaveLength(TAGS_MAX);
  });

  it('are stored bounded as tags.ts tidies them; absent tags read as none', () => {
    const parse = (tags: unknown) =>
      draftSchema.safeParse({ ...draftInput(), schemaVersion: DRAFT_SCHEMA_VERSION, tags });
    expect(parse(undefined).data?.tags).toEqual([]);
    expect(parse(withTags([], ['x'.repeat(200)])).success).toBe(true);
    expect(parse(withTags([], ['🚩'.repeat(200), `x${'🚩'.repeat(200)}`])).success).toBe(true);
    expect(
      parse(
        withTags(
          [],
          Array.from({ length: 30 }, (_, i) => `t${i}`),
        ),
      ).success,
    ).toBe(true);
    // What withTags can never produce is refused: the limits are the same on both sides.
    expect(parse(['x'.repeat(TAG_MAX + 1)]).success).toBe(false);
    expect(parse(Array.from({ length: TAGS_MAX + 1 }, (_, i) => `t${i}`)).success).toBe(false);
    expect(parse(['']).success).toBe(false);
    expect(parse('raid').success).toBe(false);
  });
});
