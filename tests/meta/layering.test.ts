/**
 * The data path reads one way. Every `.ts`/`.tsx` under `utils/` belongs to one module folder,
 * and a module imports only from the layers below it (or its own):
 *
 *   base (zod, zod-mini, localized, registry, i18n, format/date-time, format/controls, csv) < report < platforms < capture < db < background
 *
 * `messaging` (the protocol, `send`, `listen`, events) is low: base and report only, so that
 * every layer and page may speak it; the background's actions (tabs, side panel, badge, menus)
 * live in `background`, on the worker's side, above everything they use.
 * `qualify` and `channels` sit beside the chain: they may import base, report and each other,
 * never capture, db or background; `handoff` (report packs) builds on them and platforms; `export`
 * (evidence package, verification, PDF, redaction) builds on handoff and db; `format`
 * (display labels, used only by pages) may read every lower layer's types; the layers from capture up may use them; `watch`
 * (watchlists) builds on platforms and db. Above `utils/`: `components/` (presentational pieces)
 * may import any of it, never a page; the pages (`entrypoints/`, top of the house) may import
 * utils, components and each other's hooks. A new folder under `utils/` fails until it is placed in the table.
 *
 * Besides: no file under `utils/`, `components/` or `entrypoints/` imports from `tests/` (test-only
 * channels reach the e2e builds through the `#test-channels` build alias; the build configuration
 * reads two plain-data fixtures for the e2e mode's manifest only), and `components/` only
 * render: no run-time import of `utils/db`, `utils/messaging` or `wxt/browser` (types are fine);
 * their pages (`entrypoints/…`) load the data and pass it, with callbacks, as props.
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
  | 'background'
  | 'qualify'
  | 'channels'
  | 'handoff'
  | 'export'
  | 'watch'
  | 'components'
  | 'entrypoints'
  | 'tests'
  | 'public';

/** Base modules, without extension (as specifiers name them). */
const BASE_FILES = new Set([
  'utils/zod',
  'utils/zod-mini',
  'utils/localized',
  'utils/registry',
  'utils/i18n',
  'utils/format/date-time',
  'utils/format/controls',
  'utils/csv',
]);
const FOLDERS: Record<string, Module> = {
  report: 'report',
  platforms: 'platforms',
  capture: 'capture',
  db: 'db',
  messaging: 'messaging',
  background: 'background',
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
  if (top === 'entrypoints') return 'entrypoints';
  if (top === 'components') return 'components';
  if (top === 'public') return 'public';
  if (top === 'tests') return 'tests';
  if (top === 'utils' && folder !== undefined) return FOLDERS[folder];
  return undefined;
}

/** Every module specifier a source imports or re-exports (static, type-only, side-effect and dynamic). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** A specifier as a project path (relative to the root), or `undefined` for a package. */
function resolveSpecifier(specifier: string, fromFile: string): string | undefined {
  // WXT's aliases of the project root (source and root directories are one here).
  const alias = ['@/', '~/', '@@/', '~~/'].find((a) => specifier.startsWith(a));
  if (alias) return specifier.slice(alias.length);
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
  // The protocol and its sender, listener and events: spoken by every layer, so it depends on none.
  ['messaging', ['base', 'report']],
  ['qualify', ['base', 'report', 'channels']],
  // Test-only channels reach the e2e builds through the `#test-channels` alias (wxt.config.ts), never an import.
  ['channels', ['base', 'report', 'qualify']],
  ['format', ['base', 'report', 'platforms', 'capture', 'messaging']],
  ['handoff', ['base', 'report', 'platforms', 'qualify', 'channels']],
  // Evidence leaving the browser (package, verification, PDF, redaction): built from the stored
  // report and its hand-off texts; the signing key lives in the database. The test-only timestamp
  // authority reaches the e2e builds through the `#test-tsa` alias (wxt.config.ts), never an import.
  ['export', ['base', 'report', 'platforms', 'qualify', 'channels', 'handoff', 'format', 'db']],
  // Watchlists (volunteers' watch networks): parsed, matched against URLs and platform accounts,
  // stored in the database. Nothing below imports them; the background and pages wire them up.
  ['watch', ['base', 'report', 'platforms', 'db']],
  // The worker's actions behind the messages (open the form's tab, the batch badge and menu, replies).
  [
    'background',
    ['base', 'report', 'platforms', 'capture', 'db', 'messaging', 'qualify', 'channels', 'handoff', 'watch'],
  ],
];

/** Every module under `utils/`, with the public assets: what the two layers above may import. */
const UTILS: Module[] = [...ALLOWED.map(([m]) => m), 'public'];

/** The two layers above `utils/`: they are not in one another's way of `utils/`'s table. */
const ABOVE: [Module, Module[]][] = [
  // Presentational pieces: utils' modules (only their pure parts at run time: see below), never a page.
  ['components', UTILS],
  // The pages, top of the house: everything but tests.
  ['entrypoints', [...UTILS, 'components']],
];
const LAYERS = [...ALLOWED, ...ABOVE];

/** The imports of `file` (its source given) that break the table, as readable strings. */
function violations(file: string, source: string): string[] {
  const from = moduleOf(file);
  const row = LAYERS.find(([m]) => m === from);
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

const files = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles);

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
    expect(violations('utils/messaging/x.ts', "import { c } from '@/utils/capture/errors';")).toHaveLength(1);
    expect(violations('utils/messaging/x.ts', "import { r } from '@/utils/db/drafts-repo';")).toHaveLength(1);
    expect(violations('utils/background/x.ts', "import { r } from '@/utils/db/drafts-repo';")).toEqual([]);
    expect(violations('utils/db/x.ts', "import { b } from '@/utils/background/batch';")).toHaveLength(1);
    expect(violations('utils/platforms/x.ts', "import { z } from '@/utils/zod';\nimport 'wxt/browser';")).toEqual([]);
  });

  it('above utils/: a utility importing a component or a page, or a component importing a page, is reported', () => {
    expect(violations('utils/format/x.ts', "import { B } from '@/components/Button';")).toHaveLength(1);
    expect(violations('utils/background/x.ts', "import { a } from '@/entrypoints/composer/useDraft';")).toHaveLength(1);
    expect(
      violations('components/qualify/X.tsx', "import { u } from '../../entrypoints/composer/useDraft';"),
    ).toHaveLength(1);
    expect(violations('components/qualify/X.tsx', "import { a } from '@/tests/fixtures/x';")).toHaveLength(1);
    expect(violations('entrypoints/popup/x.tsx', "import { a } from '../../tests/unit/setup';")).toHaveLength(1);
    expect(
      violations('components/qualify/X.tsx', "import { t } from '@/utils/i18n';\nimport { R } from './R';"),
    ).toEqual([]);
    expect(
      violations(
        'entrypoints/sidepanel/App.tsx',
        "import { useDraft } from '../composer/useDraft';\nimport { B } from '@/components/Button';\nimport { r } from '@/utils/db/drafts-repo';",
      ),
    ).toEqual([]);
  });
});

/** Imports of `file` (its source given) that reach into `tests/`. */
function testImports(file: string, source: string): string[] {
  return importsOf(source)
    .filter((specifier) => moduleOf(resolveSpecifier(specifier, file) ?? '') === 'tests')
    .map((specifier) => `${file} imports ${specifier}`);
}

describe('meta: production code never imports tests', () => {
  it('an import of tests/ is found, by any alias or a relative path; the build-time alias is not one', () => {
    expect(testImports('utils/channels/x.ts', "import { a } from '@/tests/fixtures/forms/channels';")).toHaveLength(1);
    expect(testImports('entrypoints/popup/x.tsx', "import { a } from '../../tests/unit/setup';")).toHaveLength(1);
    expect(testImports('components/x.tsx', "import { a } from '~/tests/e2e/fixtures';")).toHaveLength(1);
    expect(testImports('utils/channels/registry.ts', "import { a } from '#test-channels';")).toEqual([]);
  });

  it.each(['utils', 'components', 'entrypoints'])('no file under %s/ imports from tests/', (dir) => {
    const found = sourceFiles(dir).flatMap((file) => testImports(file, readFileSync(join(root, file), 'utf8')));
    expect(found).toEqual([]);
  });

  /**
   * The one exception, and why it holds: `wxt.config.ts` is the build's configuration (run by
   * Node, never shipped); the e2e builds' manifest names the test forms' host and the test
   * timestamp authority, which it reads from two plain-data fixtures, only in the `e2e` mode.
   */
  it('the build configuration reads only the plain-data e2e fixtures from tests/, and uses them only in the e2e mode', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const FIXTURES = {
      './tests/fixtures/forms/hosts': 'TEST_FORM_HOST_PATTERN',
      './tests/fixtures/tsa/authority': 'TEST_TIMESTAMP_AUTHORITY',
    };
    expect(testImports('wxt.config.ts', config).sort()).toEqual(
      Object.keys(FIXTURES).map((f) => `wxt.config.ts imports ${f}`),
    );
    for (const [fixture, name] of Object.entries(FIXTURES)) {
      // Plain data: the fixture imports nothing, so nothing of tests/ comes with it.
      expect(importsOf(readFileSync(join(root, `${fixture}.ts`), 'utf8')), fixture).toEqual([]);
      const uses = config.split('\n').filter((line) => line.includes(name) && !/^\s*import\b/.test(line));
      expect(uses.length, name).toBeGreaterThan(0);
      for (const line of uses) expect(line, name).toMatch(/\bmode === 'e2e'/);
    }
  });
});

/**
 * Module specifiers a source loads at run time: static imports and re-exports that are not
 * type-only (`import type`, or every named binding marked `type`), side-effect and dynamic imports.
 */
function runtimeImportsOf(source: string): string[] {
  const file = ts.createSourceFile('x.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Components only render (props in, callbacks out): they may import utils' pure modules, and types
 * from anywhere, never the database, the messaging or the browser's API (their pages wire those in).
 */
function componentViolations(file: string, source: string): string[] {
  return runtimeImportsOf(source)
    .filter((specifier) => {
      if (specifier === 'wxt/browser' || specifier.startsWith('wxt/browser/')) return true;
      const to = moduleOf(resolveSpecifier(specifier, file) ?? '');
      return to === 'db' || to === 'messaging';
    })
    .map((specifier) => `${file} imports ${specifier}`);
}

describe('meta: components only render', () => {
  it('runtime imports of the database, the messaging or the browser are found; types are not', () => {
    const source = [
      "import { browser } from 'wxt/browser';",
      "import { draftsRepository } from '@/utils/db/drafts-repo';",
      "import type { HistoryRow } from '@/utils/db/history-query';",
      "import { type ImportResult } from '../../utils/db/history-io';",
      "import { sendMessage, type Msg } from '@/utils/messaging/protocol';",
      "export { x } from '@/utils/db/history';",
      "export type { Y } from '@/utils/db/history';",
      "const lazy = () => import('@/utils/db/settings-repo');",
      "import { t } from '@/utils/i18n';",
    ].join('\n');
    expect(componentViolations('components/history/X.tsx', source)).toEqual([
      'components/history/X.tsx imports wxt/browser',
      'components/history/X.tsx imports @/utils/db/drafts-repo',
      'components/history/X.tsx imports @/utils/messaging/protocol',
      'components/history/X.tsx imports @/utils/db/history',
      'components/history/X.tsx imports @/utils/db/settings-repo',
    ]);
  });

  it('no component imports the database, the messaging or wxt/browser', () => {
    const found = sourceFiles('components').flatMap((file) =>
      componentViolations(file, readFileSync(join(root, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});

describe('meta: the data path reads one way', () => {
  it('finds the sources of every module folder', () => {
    const found = new Set(files.map(moduleOf));
    for (const [module] of LAYERS) expect(found.has(module), module).toBe(true);
  });

  it.each(LAYERS.map(([module, allowed]) => [module, allowed.join(', ') || 'nothing']))(
    '%s imports only from itself and: %s',
    (module) => {
      const found = files
        .filter((file) => moduleOf(file) === module)
        .flatMap((file) => violations(file, readFileSync(join(root, file), 'utf8')));
      expect(found).toEqual([]);
    },
  );

  it('every file under utils/, components/ and entrypoints/ is placed in a layer', () => {
    expect(files.filter((file) => moduleOf(file) === undefined)).toEqual([]);
  });
});
