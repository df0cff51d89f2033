/**
 * The route of a report has one definition: `utils/channels/route-of.ts` derives the routing
 * engine's input from a draft (`routeInputOf`) and runs the engine (`routeOfDraft`). The route was
 * recomputed in five places (the PDF, the report format, the batch, the side panel, the composer);
 * a new input of routing would then have to be added five times, and the screen and the form
 * would disagree where one was missed. This test fails when another module builds a route input
 * or runs the engine itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const THE_ROUTE = 'utils/channels/route-of.ts';
/** The engine itself, and the composer's questions, which route hypothetical answers to see which ones matter. */
const ENGINE = ['utils/channels/route.ts', 'utils/channels/questions.ts'];

const DECISIONS: { what: string; pattern: RegExp; allowed: string[] }[] = [
  {
    what: 'runs the routing engine itself',
    pattern: /(?<![\w.$])route\s*\(/,
    allowed: [THE_ROUTE, ...ENGINE],
  },
  {
    what: 'builds a route input',
    pattern: /\bRouteInput\b|(?<![\w.$])routeInput\s*\(/,
    allowed: [THE_ROUTE, ...ENGINE],
  },
];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Code without comments (a comment may name the engine). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function offences(file: string, text: string): string[] {
  const body = code(text);
  return DECISIONS.filter((d) => !d.allowed.includes(file) && d.pattern.test(body)).map((d) => `${file} ${d.what}`);
}

describe('meta: one definition of the route', () => {
  it('the detector finds the shapes that once computed it elsewhere', () => {
    const f = 'utils/export/x.ts';
    expect(
      offences(f, 'return route(routeInput(draft.qualification, id, draft.platform?.platformId ?? null));'),
    ).toHaveLength(2);
    expect(offences(f, 'const result = route({ ...base, categoryId });')).toHaveLength(1);
    expect(offences(f, "const input: RouteInput = { categoryId: 'x', platformId: null };")).toHaveLength(1);
    expect(offences(f, 'const r = routeOfDraft(draft); // not route(routeInput(...))')).toEqual([]);
    expect(offences(f, 'const steps = pack.route(x); const r = reroute(y);')).toEqual([]);
    expect(offences(THE_ROUTE, 'return input === null ? null : route(input);')).toEqual([]);
  });

  it('no module but the route of a draft computes it', () => {
    const files = ['utils', 'entrypoints', 'components'].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(THE_ROUTE);
    const found = files.flatMap((f) => offences(relative(root, join(root, f)), readFileSync(join(root, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
