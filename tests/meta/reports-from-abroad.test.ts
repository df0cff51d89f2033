/**
 * Whether the reporter reports from another member state than France has one definition:
 * `reportsFromAbroad` (`utils/report/qualification.ts`). The route (its country input and the
 * engine), the hosted-abroad note, the packs, the PDF and the composer call it, so « abroad » means
 * one thing: a country given, and not France. This test fails when another module compares the
 * report's country with France itself.
 */
import { describe, expect, it } from 'vitest';
import { offences as offencesOf, offencesInProject, type Decision } from '../support/one-definition';

const THE_RULE = 'utils/report/qualification.ts';

const DECISIONS: Decision[] = [
  {
    what: "compares the report's country with France itself",
    pattern: new RegExp(
      [
        // The qualification's (or the route input's) country, however it is reached.
        String.raw`\b(?:q|qualification|input|answers)\??\.country\s*[!=]==\s*['"]FR['"]`,
        String.raw`['"]FR['"]\s*[!=]==\s*[\w.?]*\b(?:q|qualification|input|answers)\??\.country\b`,
        // A bare `country` (destructured from the report).
        String.raw`(?<![\w.$])country\s*[!=]==\s*['"]FR['"]`,
      ].join('|'),
    ),
    allowed: [THE_RULE],
  },
];

const offences = (file: string, text: string) => offencesOf(DECISIONS, file, text);

describe('meta: one definition of reporting from abroad', () => {
  it('the detector finds the shapes that once decided it elsewhere', () => {
    const f = 'utils/channels/x.ts';
    expect(offences(f, "if (input.country !== undefined && input.country !== 'FR') return null;")).toHaveLength(1);
    expect(offences(f, "const abroad = draft.qualification.country !== 'FR';")).toHaveLength(1);
    expect(offences(f, "const { country } = q; if (country !== 'FR') x();")).toHaveLength(1);
    expect(offences(f, "if ('FR' === q?.country) x();")).toHaveLength(1);
    // Not the report's country: a registry row, a country entry, the selector's state.
    expect(offences(f, "if (row.country === 'FR') throw e; if (country.code === 'FR') return [];")).toEqual([]);
    expect(offences(f, "const shown = country.shown !== 'FR';")).toEqual([]);
    expect(offences(f, 'if (reportsFromAbroad(q)) return null;')).toEqual([]);
    expect(offences(THE_RULE, "return q.country !== undefined && q.country !== 'FR';")).toEqual([]);
  });

  it('no module but the rule decides it', () => {
    const { files, found } = offencesInProject(DECISIONS);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(THE_RULE);
    expect(found).toEqual([]);
  });
});
