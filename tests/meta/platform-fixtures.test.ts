/**
 * Every platform of the registry is tested on real-world-shaped pages: at least three fixtures in
 * tests/fixtures/platforms/<platform>/<case>.html, each saying at its top (HTML comment) where its
 * shape came from and when (a YYYY-MM-DD date), each used by tests/unit/platforms/<platform>.test.ts,
 * and at least one of them a publication-time case (the page states a time and the test expects
 * a `publishedAt`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { platforms } from '@/utils/platforms/registry';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/platforms');
const UNIT = resolve(process.cwd(), 'tests/unit/platforms');

/**
 * Platforms whose fixtures are written on another branch (the URL-only platforms being upgraded).
 * PENDING: the lead empties this set when that branch is merged; the test below fails as soon as
 * a platform listed here has its fixtures, so that the set cannot go stale.
 */
const PENDING = new Set<string>([]);

/**
 * Product listings state no publication time (only review, price or shipping dates, which are not
 * one): their case is that none is invented, asserted by their unit test.
 */
const NO_STATED_TIME = new Set(['aliexpress', 'temu', 'shein', 'wish']);

/** What a page that states a publication time contains, in one form or another. */
const TIME_MARKERS = [
  /<time[^>]*\sdatetime=/i,
  /datePublished|uploadDate|dateCreated/,
  /article:published_time|og:video:release_date/,
  /created-timestamp=|data-timestamp=|data-utime=/,
  /"(?:taken_at|createTime|creation_time|publish_time|publishDate|first_publication_date|created_at_ts|created_at)"/,
  /data-hook="review-date"/,
];

const MIN_FIXTURES = 3;

function fixturesOf(id: string): string[] {
  const dir = resolve(FIXTURES, id);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
}

const read = (path: string) => readFileSync(path, 'utf8');
const statesTime = (html: string) => TIME_MARKERS.some((m) => m.test(html));
/** An HTML comment near the top with a check date. */
const documented = (html: string) =>
  /^(?:\s*<!doctype[^>]*>)?\s*<!--[\s\S]*?\b\d{4}-\d{2}-\d{2}\b[\s\S]*?-->/i.test(html);

describe('meta: helpers can fail', () => {
  it('recognise a time, an undocumented fixture', () => {
    expect(statesTime('<time datetime="2026-11-02">')).toBe(true);
    expect(statesTime('<p>2 novembre 2026</p>')).toBe(false);
    expect(documented('<!doctype html>\n<!--\n  Shape: …, checked 2026-11-28.\n-->\n<html>')).toBe(true);
    expect(documented('<!doctype html><html><!-- 2026-11-28 --></html>')).toBe(false);
  });
});

describe('meta: platform fixtures', () => {
  const ready = platforms.filter((p) => !PENDING.has(p.id));

  it('PENDING names registry platforms that still lack their fixtures', () => {
    const ids = platforms.map((p) => p.id);
    for (const id of PENDING) {
      expect(ids, id).toContain(id);
      expect(fixturesOf(id).length, `${id} has its fixtures: remove it from PENDING`).toBeLessThan(MIN_FIXTURES);
    }
  });

  for (const platform of ready) {
    describe(platform.id, () => {
      const files = fixturesOf(platform.id);
      const testPath = resolve(UNIT, `${platform.id}.test.ts`);

      it(`has at least ${MIN_FIXTURES} fixtures, each documented and used by its unit test`, () => {
        expect(files.length).toBeGreaterThanOrEqual(MIN_FIXTURES);
        expect(existsSync(testPath)).toBe(true);
        const test = read(testPath);
        for (const file of files) {
          const name = `${platform.id}/${file.replace(/\.html$/, '')}`;
          expect(documented(read(resolve(FIXTURES, platform.id, file))), `${name}: header comment with date`).toBe(
            true,
          );
          expect(test.includes(`'${name}'`), `${name} is not used by ${platform.id}.test.ts`).toBe(true);
        }
      });

      if (NO_STATED_TIME.has(platform.id)) {
        it('states no publication time, and its test asserts none is invented', () => {
          expect(read(testPath)).toMatch(/publishedAt\)?\.toBeUndefined\(\)/);
        });
        return;
      }

      it('has a publication-time case', () => {
        const timed = files.filter((f) => statesTime(read(resolve(FIXTURES, platform.id, f))));
        expect(timed.length, 'no fixture states a publication time').toBeGreaterThan(0);
        expect(read(testPath)).toMatch(/publishedAt:/);
      });
    });
  }
});
