/**
 * The route of a report has one definition: `utils/channels/route-of.ts` derives the routing
 * engine's input from a draft (`routeInputOf`) and runs the engine (`routeOfDraft`). The route was
 * recomputed in five places (the PDF, the report format, the batch, the side panel, the composer);
 * a new input of routing would then have to be added five times, and the screen and the form
 * would disagree where one was missed. This test fails when another module builds a route input
 * or runs the engine itself.
 */
import { describe, expect, it } from 'vitest';
import { offences as offencesOf, offencesInProject, type Decision } from '../support/one-definition';

const THE_ROUTE = 'utils/channels/route-of.ts';
/**
 * The engine itself, and the composer's questions, which take `routeInputOf` the draft and route
 * hypothetical answers of it to see which ones matter.
 */
const ENGINE = ['utils/channels/route.ts', 'utils/channels/questions.ts'];

const DECISIONS: Decision[] = [
  {
    what: 'runs the routing engine itself',
    pattern: /(?<![\w.$])route\s*\(/,
    allowed: [THE_ROUTE, ...ENGINE],
  },
  {
    what: 'builds a route input',
    // The type, the old builder, or an object literal handed to the composer's questions.
    pattern:
      /\bRouteInput\b|(?<![\w.$])routeInput\s*\(|\b(?:questionsThatMatter|channelsRemovedByAnswer|isRefinement)\(\s*\{/,
    allowed: [THE_ROUTE, ...ENGINE],
  },
];

const offences = (file: string, text: string) => offencesOf(DECISIONS, file, text);

describe('meta: one definition of the route', () => {
  it('the detector finds the shapes that once computed it elsewhere', () => {
    const f = 'utils/export/x.ts';
    expect(
      offences(f, 'return route(routeInput(draft.qualification, id, draft.platform?.platformId ?? null));'),
    ).toHaveLength(2);
    expect(offences(f, 'const result = route({ ...base, categoryId });')).toHaveLength(1);
    expect(offences(f, "const input: RouteInput = { categoryId: 'x', platformId: null };")).toHaveLength(1);
    expect(offences(f, "questionsThatMatter({ ...base, categoryId: 'threats', platformId: null })")).toHaveLength(1);
    expect(offences(f, "isRefinement({ categoryId, platformId, role: 'witness' }, 'minor')")).toHaveLength(1);
    expect(offences(f, "const input = routeInputOf(draft)!; channelsRemovedByAnswer(input, 'minor');")).toEqual([]);
    expect(offences(f, 'const r = routeOfDraft(draft); // not route(routeInput(...))')).toEqual([]);
    expect(offences(f, 'const steps = pack.route(x); const r = reroute(y);')).toEqual([]);
    expect(offences(THE_ROUTE, 'return input === null ? null : route(input);')).toEqual([]);
  });

  it('no module but the route of a draft computes it', () => {
    const { files, found } = offencesInProject(DECISIONS);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(THE_ROUTE);
    expect(found).toEqual([]);
  });
});
