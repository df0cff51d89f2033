// The JavaScript budgets of the pages that must open fast: the gzip bytes each loads before its
// first render (entry script and its static imports; see bundle-size.mjs). The one place for these
// numbers: `npm run bench` reports them, `npm test` (tests/harness/budgets.mjs) fails over them.
export const GZIP_BUDGETS = Object.freeze({
  popup: 25 * 1024,
  composer: 60 * 1024,
});

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Compares measured sizes (`{ page: { gzipBytes } }`, as `entrypointSizes` gives) with the budgets.
 * Pure: returns one line per budgeted page and the pages over budget (a page missing from the
 * measures counts as over, so a renamed page cannot slip through).
 * @param {Record<string, { gzipBytes?: number } | undefined>} sizes
 * @param {Record<string, number>} [budgets]
 * @returns {{ lines: string[], over: string[] }}
 */
export function checkBudgets(sizes, budgets = GZIP_BUDGETS) {
  const lines = [];
  const over = [];
  for (const [page, max] of Object.entries(budgets)) {
    const gzipBytes = sizes[page]?.gzipBytes;
    if (typeof gzipBytes !== 'number') {
      over.push(page);
      lines.push(`${page}: not measured (budget ${kib(max)})`);
      continue;
    }
    const met = gzipBytes <= max;
    if (!met) over.push(page);
    lines.push(`${page}: ${kib(gzipBytes)} gzip, budget ${kib(max)}${met ? '' : ' — OVER BUDGET'}`);
  }
  return { lines, over };
}
