// `node tests/bench/platforms.mjs`: time of the platform extraction (detectPlatform's work, with
// its budget guard) over every fixture page of tests/fixtures/platforms/<platform>/<case>.html,
// in Node. Each page is loaded into happy-dom and read once by the real injected collector; the
// extraction then runs RUNS times per page. Prints { platformExtractionMs: { p50, p95, max },
// pages, samples } as JSON; bench.mjs includes it. Reported, never asserted.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ssrServer } from './ssr.mjs';
import { Window } from 'happy-dom';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/platforms');
const RUNS = Number(process.env.VIGIE_BENCH_PLATFORM_RUNS ?? 50);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (x) => Math.round(x * 1000) / 1000;

/** The address each fixture is tested at (from the unit tests), else the page's own og:url or canonical. */
function addresses() {
  const found = new Map();
  const unit = join(ROOT, 'tests/unit/platforms');
  for (const file of readdirSync(unit).filter((f) => f.endsWith('.test.ts'))) {
    const text = readFileSync(join(unit, file), 'utf8');
    for (const m of text.matchAll(/fixture:\s*'([^']+)',\s*url:\s*'([^']+)'/g))
      if (!found.has(m[1])) found.set(m[1], m[2]);
  }
  return found;
}
function pageAddress(html) {
  const m = /<meta property="og:url" content="([^"]+)"/.exec(html) ?? /<link rel="canonical" href="([^"]+)"/.exec(html);
  return m?.[1].replace(/&amp;/g, '&');
}

const server = await ssrServer(ROOT);
try {
  const { collectPageFacts, DEFAULT_COLLECT_LIMITS } = await server.ssrLoadModule(
    '/utils/capture/collect-page-facts.ts',
  );
  const { parsePageFacts } = await server.ssrLoadModule('/utils/report/page-facts.ts');
  const { extractPlatform } = await server.ssrLoadModule('/utils/platforms/registry.ts');

  const known = addresses();
  const samples = [];
  let pages = 0;
  for (const platform of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(FIXTURES, platform.name)).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(FIXTURES, platform.name, file), 'utf8');
      const name = `${platform.name}/${file.replace(/\.html$/, '')}`;
      const url = known.get(name) ?? pageAddress(html);
      if (!url) continue;
      const facts = collect(html, url, collectPageFacts, DEFAULT_COLLECT_LIMITS, parsePageFacts);
      pages++;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        extractPlatform(url, url, facts);
        samples.push(performance.now() - t0);
      }
    }
  }
  console.log(
    JSON.stringify({
      platformExtractionMs: {
        p50: round(percentile(samples, 50)),
        p95: round(percentile(samples, 95)),
        max: round(Math.max(...samples)),
      },
      pages,
      samples: samples.length,
    }),
  );
} finally {
  await server.close();
}

/** Runs the real collector on `html` served at `url` in a happy-dom window, then validates it. */
function collect(html, url, collectPageFacts, limits, parsePageFacts) {
  const window = new Window({ url });
  window.document.write(html);
  const names = ['document', 'location', 'Element', 'Document', 'Node', 'getSelection', 'innerWidth', 'innerHeight'];
  const saved = Object.fromEntries(names.map((n) => [n, globalThis[n]]));
  for (const n of names) globalThis[n] = window[n];
  Object.assign(globalThis, { devicePixelRatio: 1, scrollX: 0, scrollY: 0 });
  // Browsers define textContent on Node.prototype, where the collector reads it; happy-dom on Element.
  const original = Object.getOwnPropertyDescriptor(window.Node.prototype, 'textContent');
  const elementGetter = Object.getOwnPropertyDescriptor(window.Element.prototype, 'textContent').get;
  Object.defineProperty(window.Node.prototype, 'textContent', {
    ...original,
    get() {
      return this instanceof window.Element ? elementGetter.call(this) : original.get.call(this);
    },
  });
  try {
    return parsePageFacts(collectPageFacts(limits, null));
  } finally {
    Object.defineProperty(window.Node.prototype, 'textContent', original);
    for (const n of names) globalThis[n] = saved[n];
    window.close();
  }
}

if (!existsSync(FIXTURES)) process.exitCode = 1;
