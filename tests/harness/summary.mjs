// Prints one closing line for the whole test run, from the unit (Vitest) and e2e (Playwright)
// JSON reports: "tests: N passed, N failed". Exits non-zero if a report is missing or empty.
import { readFileSync, existsSync } from 'node:fs';

function read(path) {
  if (!existsSync(path)) throw new Error(`missing test report ${path}`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = read('test-results/unit.json');
const e2e = read('test-results/e2e.json');
const unitPassed = unit.numPassedTests ?? 0;
const unitFailed = (unit.numFailedTests ?? 0) + (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
const e2ePassed = e2e.stats?.expected ?? 0;
const e2eFailed = (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0) + (e2e.stats?.skipped ?? 0);
const byProject = {};
const walk = (suite) => {
  for (const spec of suite.specs ?? [])
    for (const t of spec.tests ?? []) byProject[t.projectName] = (byProject[t.projectName] ?? 0) + 1;
  for (const child of suite.suites ?? []) walk(child);
};
(e2e.suites ?? []).forEach(walk);
console.log(`unit: ${unitPassed} passed; e2e: ${JSON.stringify(byProject)}`);
const passed = unitPassed + e2ePassed;
const failed = unitFailed + e2eFailed;
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0 || unitPassed === 0 || !byProject.chromium || !byProject.firefox) process.exit(1);
