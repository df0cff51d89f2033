/** The budget check `npm test` runs after the builds (tests/harness/budgets.mjs): its pure core. */
import { describe, expect, it } from 'vitest';
import { checkBudgets, GZIP_BUDGETS } from '../bench/budgets.mjs';

describe('meta: first-render JavaScript budgets', () => {
  it('the popup and the composer have their budgets (25 KiB, 60 KiB gzip)', () => {
    expect(GZIP_BUDGETS).toEqual({ popup: 25 * 1024, composer: 60 * 1024 });
  });

  it('sizes within budget pass, the limit included', () => {
    const result = checkBudgets({
      popup: { gzipBytes: 25 * 1024 },
      composer: { gzipBytes: 1000 },
      reports: { gzipBytes: 9e9 },
    });
    expect(result.over).toEqual([]);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[0]).toContain('popup: 25.0 KiB gzip, budget 25.0 KiB');
  });

  it('a byte over fails and names the page', () => {
    const result = checkBudgets({ popup: { gzipBytes: 100 }, composer: { gzipBytes: 60 * 1024 + 1 } });
    expect(result.over).toEqual(['composer']);
    expect(result.lines[1]).toMatch(/composer: .*OVER BUDGET/);
  });

  it('a page missing from the measures fails', () => {
    const result = checkBudgets({ composer: { gzipBytes: 1 } });
    expect(result.over).toEqual(['popup']);
    expect(result.lines[0]).toContain('not measured');
  });

  it('other budgets can be given', () => {
    expect(checkBudgets({ a: { gzipBytes: 11 } }, { a: 10 }).over).toEqual(['a']);
  });
});
