import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  engines: { node: string };
};

describe('dependencies', () => {
  it('zod-lite (the popup’s zod instance) is exactly the zod version the rest uses', () => {
    expect(pkg.dependencies['zod-lite']).toBe(`npm:zod@${pkg.dependencies.zod}`);
    const installed = (name: string) =>
      (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
        .version;
    expect(installed('zod-lite')).toBe(installed('zod'));
  });

  it('WXT is pinned to an exact 0.20.x (every 0.x minor is breaking; 0.21 needs Node 22)', () => {
    expect(pkg.devDependencies.wxt).toMatch(/^0\.20\.\d+$/);
  });

  it('every dependency is pinned exactly', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
      ([, v]) => !/^(npm:[a-z@/.-]+@)?\d+\.\d+\.\d+$/.test(v),
    );
    expect(loose).toEqual([]);
  });
});
