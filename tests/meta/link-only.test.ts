/**
 * The link-only (CSAM) rule has one definition: `utils/qualify/link-only.ts`. No other module may
 * decide by itself whether a report is link-only (by combining its mode, its `csam` mark, its
 * category or its answers), strip pages' words from it, or reduce its inline addresses: they call
 * `draftIsLinkOnly` / `toLinkOnly`. The rule diverged once (an imported `csam: true` report kept
 * its screenshot-like `data:` image); this test fails on a second definition.
 */
import { describe, expect, it } from 'vitest';
import { offences as offencesOf, offencesInProject, type Decision } from '../support/one-definition';

const THE_RULE = 'utils/qualify/link-only.ts';

/** What deciding the rule looks like in code, with the files allowed to do each thing. */
const DECISIONS: Decision[] = [
  {
    what: 'decides it from the mode, the csam mark, the category or the answers combined',
    pattern: new RegExp(
      [
        // The stored mode combined with anything else.
        String.raw`mode\s*[!=]==\s*'url-only'\s*(?:\|\||&&)`,
        String.raw`(?:\|\||&&)\s*[\w.?]*mode\s*[!=]==\s*'url-only'`,
        // The csam mark or-ed with the mode, the answers, the category or the route.
        String.raw`\.csam\s*\|\|\s*[\w.?]*(?:mode|qualification|categor|urlOnly|LinkOnly)`,
        String.raw`(?:mode|qualification|categor|urlOnly|LinkOnly)[\w.?()'= ]*\|\|\s*[\w.?]*\.csam\b`,
      ].join('|'),
    ),
    allowed: [THE_RULE],
  },
  {
    what: "reads a category's csam flag",
    pattern: /(?:category|categoryById\[[^\]]+\])\??\.csam\b/,
    allowed: [THE_RULE, 'utils/qualify/taxonomy.schema.ts'],
  },
  {
    what: 'applies the rule on the answers directly',
    pattern: /\b(?:qualificationIsLinkOnly|isLinkOnly)\(/,
    // The route reads the category rule for the answers it is given (no draft there).
    allowed: [THE_RULE, 'utils/channels/route.ts'],
  },
  {
    what: "strips a report's page-derived fields or inline payloads itself",
    pattern: /\bwithoutPageDerived\b|\bredactInlineUrl\(/,
    allowed: [THE_RULE, 'utils/report/inline-url.ts'],
  },
];

const offences = (file: string, text: string) => offencesOf(DECISIONS, file, text);

describe('meta: one definition of link-only', () => {
  it('the detector finds the shapes that once decided it elsewhere', () => {
    const f = 'utils/export/x.ts';
    expect(offences(f, "const linkOnly = draft.mode === 'url-only' || draft.csam;")).toHaveLength(1);
    expect(offences(f, 'const l = route.urlOnly || draft.csam || category?.csam === true;')).toHaveLength(2);
    expect(
      offences(f, 'const l = m.draft.mode === "x" || qualificationIsLinkOnly(m.draft.qualification);'),
    ).toHaveLength(1);
    expect(offences(f, 'return { ...withoutPageDerived(d) };')).toHaveLength(1);
    expect(offences(f, "// draft.mode === 'url-only' || draft.csam, in a comment")).toEqual([]);
    expect(offences(f, 'if (draftIsLinkOnly(draft)) return toLinkOnly(draft, p);')).toEqual([]);
    expect(offences(THE_RULE, "return draft.mode === 'url-only' || draft.csam;")).toEqual([]);
  });

  it('no module but the rule decides it', () => {
    const { files, found } = offencesInProject(DECISIONS);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(THE_RULE);
    expect(found).toEqual([]);
  });
});
