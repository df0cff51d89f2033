/**
 * The data path reads one way. Every `.ts`/`.tsx` under `utils/` belongs to one module folder,
 * and a module imports only from the layers below it (or its own):
 *
 *   base (zod, zod-mini, localized, registry, i18n, format/date-time) < report < platforms < capture < db < messaging
 *
 * `qualify` and `channels` sit beside the chain: they may import base, report and each other,
 * never capture, db or messaging; `handoff` (report packs) builds on them and platforms; `export`
 * (evidence package, verification, PDF, redaction) builds on handoff and db; `format`
 * (display labels, used only by pages) may read every lower layer's types; the layers from capture up may use them; `watch`
 * (watchlists) builds on platforms and db. Entry points (above
 * everything) are not checked. A new folder under `utils/` fails until it is placed in the table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

type Module =
  | 'base'
  | 'report'
  | 'format'
  | 'platforms'
  | 'capture'
  | 'db'
  | 'messaging'
  | 'qualify'
  | 'channels'
  | 'handoff'
  | 'export'
  | 'watch'
  | 'entrypoints'
  | 'fixtures'
  | 'public';

/** Base modules, without extension (as specifiers name them). */
const BASE_FILES = new Set([
  'utils/zod',
  'utils/zod-mini',
  'utils/localized',
  'utils/registry',
  'utils/i18n',
  'utils/format/date-time',
]);
const FOLDERS: Record<string, Module> = {
  report: 'report',
  platforms: 'platforms',
  capture: 'capture',
  db: 'db',
  messaging: 'messaging',
  qualify: 'qualify',
  channels: 'channels',
  format: 'format',
  handoff: 'handoff',
  export: 'export',
  watch: 'watch',
};

/** The module a project file (path relative to the root, `/`-separated) belongs to; `undefined`: unplaced. */
function moduleOf(path: string): Module | undefined {
  if (BASE_FILES.has(path.replace(/\.tsx?$/, ''))) return 'base';
  const [top, folder] = path.split('/');
  if (top === 'entrypoints' || top === 'components') return 'entrypoints';
  if (top === 'public') return 'public';
  if (top === 'tests' && folder === 'fixtures') return 'fixtures';
  if (top === 'utils' && folder !== undefined) return FOLDERS[folder];
  return undefined;
}

/** Every module specifier a source imports or re-exports (static, type-only, side-effect and dynamic). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** A specifier as a project path (relative to the root), or `undefined` for a package. */
function resolveSpecifier(specifier: string, fromFile: string): string | undefined {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.'))
    return relative(root, resolve(root, dirname(fromFile), specifier))
      .split('\\')
      .join('/');
  return undefined;
}

/** What each module may import besides itself. One row per module folder. */
const ALLOWED: [Module, Module[]][] = [
  ['base', ['public']],
  ['report', ['base']],
  ['platforms', ['base', 'report']],
  ['capture', ['base', 'report', 'platforms', 'qualify', 'channels']],
  ['db', ['base', 'report', 'platforms', 'capture', 'qualify', 'channels']],
  ['messaging', ['base', 'report', 'platforms', 'capture', 'db', 'qualify', 'channels', 'handoff']],
  ['qualify', ['base', 'report', 'channels']],
  // Test-only channels (e2e builds; dropped from production bundles) come from the fixtures.
  ['channels', ['base', 'report', 'qualify', 'fixtures']],
  ['format', ['base', 'report', 'platforms', 'capture', 'messaging']],
  ['handoff', ['base', 'report', 'platforms', 'qualify', 'channels']],
  // Evidence leaving the browser (package, verification, PDF, redaction): built from the stored
  // report and its hand-off texts; the signing key lives in the database. The test-only timestamp
  // authority (e2e builds; dropped from production bundles) comes from the fixtures.
  ['export', ['base', 'report', 'platforms', 'qualify', 'channels', 'handoff', 'format', 'db', 'fixtures']],
  // Watchlists (volunteers' watch networks): parsed, matched against URLs and platform accounts,
  // stored in the database. Nothing below imports them; the background and pages wire them up.
  ['watch', ['base', 'report', 'platforms', 'db']],
];

/** The imports of `file` (its source given) that break the table, as readable strings. */
function violations(file: string, source: string): string[] {
  const from = moduleOf(file);
  const row = ALLOWED.find(([m]) => m === from);
  if (!from || !row) return [`${file}: not placed in a layer`];
  const allowed = new Set<Module>([from, ...row[1]]);
  return importsOf(source)
    .map((specifier) => ({ specifier, target: resolveSpecifier(specifier, file) }))
    .filter(({ target }) => target !== undefined)
    .map(({ specifier, target }) => ({ specifier, to: moduleOf(target!) }))
    .filter(({ to }) => to === undefined || !allowed.has(to))
    .map(({ specifier, to }) => `${file} (${from}) imports ${specifier} (${to ?? 'unplaced'})`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles('utils');

describe('meta: layering helpers can fail', () => {
  it('the parser finds every kind of import, and only imports', () => {
    const source = [
      'import { a,',
      "  b } from '@/utils/db/drafts-repo';",
      "import type { C } from '../messaging/protocol';",
      "export { d } from './local';",
      "export * from '@/utils/capture/errors';",
      "import '@/utils/side-effect';",
      "const lazy = () => import('@/utils/report/urls');",
      "// import { e } from '@/utils/commented-out';",
      'const text = "import { f } from \'@/utils/in-a-string\'";',
    ].join('\n');
    expect(importsOf(source)).toEqual([
      '@/utils/db/drafts-repo',
      '../messaging/protocol',
      './local',
      '@/utils/capture/errors',
      '@/utils/side-effect',
      '@/utils/report/urls',
    ]);
  });

  it('specifiers resolve to project paths; packages are ignored', () => {
    expect(resolveSpecifier('../messaging/protocol', 'utils/capture/full-page.ts')).toBe('utils/messaging/protocol');
    expect(resolveSpecifier('./types', 'utils/platforms/registry.ts')).toBe('utils/platforms/types');
    expect(resolveSpecifier('@/utils/zod', 'utils/report/draft.ts')).toBe('utils/zod');
    expect(resolveSpecifier('wxt/browser', 'utils/capture/menus.ts')).toBeUndefined();
  });

  it('a back-import, an import of an unplaced folder and an unplaced file are reported', () => {
    expect(violations('utils/capture/x.ts', "import { n } from '@/utils/messaging/events';")).toHaveLength(1);
    expect(violations('utils/report/x.ts', "import type { P } from '../capture/page-facts';")).toHaveLength(1);
    expect(violations('utils/qualify/x.ts', "import { r } from '@/utils/db/drafts-repo';")).toHaveLength(1);
    expect(violations('utils/db/x.ts', "import { q } from '@/utils/elsewhere/q';")).toHaveLength(1);
    expect(violations('utils/elsewhere/x.ts', '')).toHaveLength(1);
    expect(violations('utils/messaging/x.ts', "import { c } from '@/utils/capture/errors';")).toEqual([]);
    expect(violations('utils/platforms/x.ts', "import { z } from '@/utils/zod';\nimport 'wxt/browser';")).toEqual([]);
  });
});

describe('meta: the data path reads one way', () => {
  it('finds the sources of every module folder', () => {
    const found = new Set(files.map(moduleOf));
    for (const [module] of ALLOWED) expect(found.has(module), module).toBe(true);
  });

  it.each(ALLOWED.map(([module, allowed]) => [module, allowed.join(', ') || 'nothing']))(
    '%s imports only from itself and: %s',
    (module) => {
      const found = files
        .filter((file) => moduleOf(file) === module)
        .flatMap((file) => violations(file, readFileSync(join(root, file), 'utf8')));
      expect(found).toEqual([]);
    },
  );

  it('every file under utils/ is placed in a layer', () => {
    expect(files.filter((file) => moduleOf(file) === undefined)).toEqual([]);
  });
});
