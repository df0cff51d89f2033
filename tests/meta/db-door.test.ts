/**
 * One door to IndexedDB: every module reaches the database through `utils/db/connection.ts` (one
 * cached connection per database name), and only the repositories write — a transaction opened
 * `'readwrite'`, or idb's one-call writes on the database — so their rules (validation, the
 * link-only rule, immutable artefacts) hold for every write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The repositories: `utils/db/*-repo.ts` and `utils/watch/repo.ts`. */
const isRepository = (file: string) => /^utils\/db\/[^/]+-repo\.ts$/.test(file) || file === 'utils/watch/repo.ts';

/** The object stores, as the schema creates them. */
const STORES = [
  ...readFileSync(join(root, 'utils/db/database.ts'), 'utf8').matchAll(/createObjectStore\(\s*'([A-Za-z]+)'/g),
].map((m) => m[1]!);

/**
 * What in a source writes to the database directly: a transaction opened `readwrite` (however
 * quoted), or idb's one-call writes — on a connection named `db`, or on any object naming a store.
 */
function writes(source: string): string[] {
  const oneCall = new RegExp(String.raw`\.(?:put|add|delete|clear)\(\s*['"\x60](?:${STORES.join('|')})['"\x60]`, 'g');
  const found = [
    ...(source.match(/(['"\x60])readwrite\1|\b(?:db|database)\.(?:put|add|delete|clear)\(/g) ?? []),
    ...(source.match(oneCall) ?? []),
  ];
  return [...new Set(found)];
}

const files = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles);

describe('meta: one door to IndexedDB', () => {
  it('a write is found: a readwrite transaction or a one-call write', () => {
    expect(writes("const tx = db.transaction('drafts', 'readwrite');")).toEqual(["'readwrite'"]);
    expect(writes("await db.put('settings', value);")).toEqual(['db.put(', ".put('settings'"]);
    expect(writes("await db.get('settings', key); const x = map.delete(k);")).toEqual([]);
    expect(writes('const tx = conn.transaction(store, `readwrite`);')).toEqual(['`readwrite`']);
    expect(writes("await (await vigieDb()).delete('drafts', id);")).toEqual([".delete('drafts'"]);
    expect(writes("const conn = await vigieDb(); await conn.clear('artefacts');")).toEqual([".clear('artefacts'"]);
    expect(writes("await conn.get('drafts', id); params.delete('drafts');")).toEqual([".delete('drafts'"]);
    expect(STORES).toEqual(expect.arrayContaining(['drafts', 'artefacts', 'settings', 'keys']));
    expect(isRepository('utils/db/drafts-repo.ts')).toBe(true);
    expect(isRepository('utils/db/history.ts')).toBe(false);
  });

  it('finds the repositories', () => {
    expect(files.filter(isRepository).length).toBeGreaterThanOrEqual(5);
  });

  it('only repository modules write to the database', () => {
    const found = files
      .filter((file) => !isRepository(file))
      .flatMap((file) => writes(readFileSync(join(root, file), 'utf8')).map((w) => `${file}: ${w}`));
    expect(found).toEqual([]);
  });

  it('only the connection module opens the database', () => {
    const found = files.filter(
      (file) =>
        file !== 'utils/db/connection.ts' &&
        file !== 'utils/db/database.ts' &&
        /\bopenVigieDb\(|\bopenDB\(|indexedDB\.open\(/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
