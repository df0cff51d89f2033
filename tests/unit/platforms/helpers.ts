/**
 * Test helpers: load a fixture page into happy-dom at a given URL, run the real injected collector
 * on it, validate its output like the extension does, and detect the platform.
 * Test files using these must run in the happy-dom environment.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Window as HappyWindow } from 'happy-dom';
import { expect, it } from 'vitest';
import { collectPageFacts, DEFAULT_COLLECT_LIMITS } from '@/utils/capture/collect-page-facts';
import { parsePageFacts, type PageFacts } from '@/utils/report/page-facts';
import { detectPlatform } from '@/utils/platforms/registry';
import type { PlatformData, ProvenanceField } from '@/utils/report/platform-data';

export function fixture(name: string): string {
  // Vitest runs from the project root (`import.meta.url` is not a file URL under happy-dom).
  return readFileSync(resolve(process.cwd(), 'tests/fixtures/platforms', `${name}.html`), 'utf8');
}

/**
 * Browsers define the `textContent` getter on `Node.prototype`, which is where the collector reads
 * it; happy-dom defines it on `Element.prototype` and leaves an abstract one returning `''` on
 * `Node.prototype`. Emulate the browser for the duration of a collection.
 */
function withBrowserTextContent<T>(run: () => T): T {
  const original = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
  const elementGetter = Object.getOwnPropertyDescriptor(Element.prototype, 'textContent')!.get!;
  Object.defineProperty(Node.prototype, 'textContent', {
    ...original,
    get(this: Node) {
      return this instanceof Element ? elementGetter.call(this) : original.get!.call(this);
    },
  });
  try {
    return run();
  } finally {
    Object.defineProperty(Node.prototype, 'textContent', original);
  }
}

/** Replaces the current document with `html`, served at `url`. */
export function loadPage(url: string, html: string): void {
  (window as unknown as HappyWindow).happyDOM.setURL(url);
  document.open();
  document.write(html);
  document.close();
}

/** The page's validated claims, as the extension would get them for a report on `url`. */
export function collectFacts(url: string, html: string, targetSrcUrl: string | null = null): PageFacts {
  loadPage(url, html);
  const facts = parsePageFacts(withBrowserTextContent(() => collectPageFacts(DEFAULT_COLLECT_LIMITS, targetSrcUrl)));
  if (!facts) throw new Error('collectPageFacts gave nothing usable');
  return facts;
}

/** The data without its provenance, for tests about the values (provenance has its own tests). */
export function values(data: PlatformData | null): Omit<PlatformData, 'provenance'> | null {
  if (!data) return data;
  const { provenance: _provenance, ...rest } = data;
  return rest;
}

/** Page report on a fixture served at `pageUrl`, with provenance. */
export function detectFullOnFixture(name: string, pageUrl: string): PlatformData | null {
  return detectPlatform(pageUrl, pageUrl, collectFacts(pageUrl, fixture(name)));
}

/** Page report on a fixture served at `pageUrl` (values only). */
export const detectOnFixture = (name: string, pageUrl: string) => values(detectFullOnFixture(name, pageUrl));

/** URL-only report (no page claims), values only. */
export const detectUrl = (url: string) => values(detectPlatform(url, url, null));

/** Checks that nothing unsafe or unbounded came out, whatever the input. */
export function expectSafe(data: Omit<PlatformData, 'provenance'> | null): void {
  if (!data) return;
  for (const [key, value] of Object.entries(data)) {
    if (key === 'provenance') continue;
    expect(typeof value, key).toBe('string');
    expect((value as string).length, key).toBeLessThanOrEqual(key === 'permalink' || key === 'authorUrl' ? 2048 : 200);
    expect(value, key).not.toMatch(/[<>]|javascript:/i);
  }
  for (const key of ['permalink', 'authorUrl'] as const) {
    if (data[key] !== undefined) expect(new URL(data[key]).protocol, key).toBe('https:');
  }
}

/** One real-world-shaped fixture page and what Vigie must read from it. */
export interface FixtureCase {
  /** `<platform>/<case>`, under tests/fixtures/platforms/. */
  fixture: string;
  /** The address the page is served at, and reported. */
  url: string;
  /** The values, exactly (provenance aside). */
  expected: Omit<PlatformData, 'provenance'>;
  /** The provenance of some fields, checked exactly for those fields. */
  provenance?: PlatformData['provenance'];
}

/** One test per fixture case: the exact values, safe output, the stated provenance. */
export function checkFixtures(cases: readonly FixtureCase[]): void {
  for (const c of cases) {
    it(`${c.fixture}: ${c.url}`, () => {
      const data = detectFullOnFixture(c.fixture, c.url);
      expect(values(data)).toEqual(c.expected);
      expectSafe(values(data));
      // Every field kept has a provenance, and nothing else has one.
      expect(Object.keys(data?.provenance ?? {}).sort()).toEqual(
        Object.keys(c.expected)
          .filter((k) => k !== 'platformId' && k !== 'platformName')
          .sort(),
      );
      for (const [key, entry] of Object.entries(c.provenance ?? {})) {
        expect(data?.provenance?.[key as ProvenanceField], key).toEqual(entry);
      }
    });
  }
}
