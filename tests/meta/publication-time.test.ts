/**
 * When the reported content was published has one definition: `publicationOf`
 * (`utils/report/publication.ts`: the user's answer, else the platform's, else the page's claim,
 * each checked against the capture time). The countdown and the pack once disagreed on it; the
 * composer, the pack, the form filler, the PDF, the package and the follow-up countdown now call
 * it. This test fails when another module parses a page's publication time or combines the
 * user's and the platform's times itself. The extractors (platform data, at capture) read the
 * page's own markup; the stored fields shown or exported as they are (history, CSV) are not a
 * derivation.
 */
import { describe, expect, it } from 'vitest';
import { offences as offencesOf, offencesInProject, type Decision } from '../support/one-definition';

const THE_RULE = 'utils/report/publication.ts';

const DECISIONS: Decision[] = [
  {
    what: "parses a page's publication time outside the rule",
    pattern: /\bparsePublished\(|\bPUBLISHED_META_KEYS\b/,
    allowed: [THE_RULE],
  },
  {
    what: "combines the user's, the platform's or the page's publication time",
    pattern: new RegExp(
      [
        // One source, falling back on another (a plain default, '' or null, is not a source).
        String.raw`(?:narrative|platform|page)\??\.publishedAt\s*(?:\?\?|\|\|)(?!\s*(?:''|""|null\b|undefined\b))`,
        String.raw`(?:\?\?|\|\|)\s*[\w.?]*(?:narrative|platform|page)\??\.publishedAt\b`,
      ].join('|'),
    ),
    allowed: [THE_RULE],
  },
];

const offences = (file: string, text: string) => offencesOf(DECISIONS, file, text);

describe('meta: one definition of the publication time', () => {
  it('the detector finds the shapes that would derive it elsewhere', () => {
    const f = 'utils/export/x.ts';
    expect(offences(f, 'const at = draft.narrative.publishedAt ?? draft.platform?.publishedAt;')).toHaveLength(1);
    expect(offences(f, 'const at = publicationOf(d)?.value || d.platform?.publishedAt;')).toHaveLength(1);
    expect(offences(f, 'const at = parsePublished(meta.value, capturedAt);')).toHaveLength(1);
    expect(offences(f, 'for (const key of PUBLISHED_META_KEYS) read(key);')).toHaveLength(1);
    // The stored field as it is, and the one definition's callers, are not derivations.
    expect(offences(f, "case 'platform.publishedAt': return r.platform?.publishedAt ?? '';")).toEqual([]);
    expect(offences(f, 'const published = publicationOf(draft);')).toEqual([]);
    expect(offences(THE_RULE, 'const own = draft.narrative.publishedAt ?? fromPlatform(draft);')).toEqual([]);
  });

  it('no module but the rule derives it', () => {
    const { files, found } = offencesInProject(DECISIONS);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(THE_RULE);
    expect(found).toEqual([]);
  });
});
