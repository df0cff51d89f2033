// `npm test`, after the production builds: the popup's and the composer's first-render JavaScript
// (gzip) within their budgets (tests/bench/budgets.mjs), in each browser's build. Prints the sizes;
// exits non-zero when a page is over budget or a build is missing.
import { existsSync } from 'node:fs';
import { entrypointSizes } from '../bench/bundle-size.mjs';
import { checkBudgets } from '../bench/budgets.mjs';

const builds = process.argv.length > 2 ? process.argv.slice(2) : ['.output/chrome-mv3', '.output/firefox-mv3'];
let failed = false;
for (const dir of builds) {
  if (!existsSync(dir)) {
    console.error(`budgets: ${dir} is missing (run the production build first)`);
    failed = true;
    continue;
  }
  const { lines, over } = checkBudgets(entrypointSizes(dir));
  for (const line of lines) console.log(`budgets: ${dir}: ${line}`);
  if (over.length) failed = true;
}
if (failed) {
  console.error('budgets: failed, see above (budgets in tests/bench/budgets.mjs)');
  process.exit(1);
}
