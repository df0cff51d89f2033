// Gzip size of the JavaScript each extension page loads: its entry script plus every chunk it
// imports (statically), as the browser would fetch them.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';

function scriptGraph(dir, entryFile) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only (`import … from "x"`, `import "x"`); `import("x")` is loaded later, on demand.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g))
      visit(resolve(dirname(file), m[1]));
  };
  visit(join(dir, entryFile));
  return [...seen];
}

export function entrypointSizes(dir) {
  const sizes = {};
  const pages = ['popup', 'composer', 'reports', 'welcome'];
  for (const page of pages) {
    const html = readFileSync(join(dir, `${page}.html`), 'utf8');
    const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
    const files = new Set(entries.flatMap((e) => scriptGraph(dir, e)));
    const bytes = [...files].reduce((sum, f) => sum + readFileSync(f).length, 0);
    const gz = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    // Chunks this page loads later with import(): reported apart, and counted nowhere else.
    const lazy = new Set();
    for (const f of files)
      for (const m of readFileSync(f, 'utf8').matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g))
        for (const g of scriptGraph(dirname(f), m[1])) if (!files.has(g)) lazy.add(g);
    const lazyGz = [...lazy].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
    sizes[page] = { files: files.size, bytes, gzipBytes: gz, lazyGzipBytes: lazyGz };
  }
  const bg = join(dir, 'background.js');
  sizes.background = {
    files: 1,
    bytes: readFileSync(bg).length,
    gzipBytes: gzipSync(readFileSync(bg), { level: 9 }).length,
  };
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(entrypointSizes(process.argv[2] ?? '.output/chrome-mv3'), null, 2));
}
