import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the *built* extension in Debian's Chromium and Firefox ESR (never a
 * downloaded browser): see tests/e2e/README.md. One worker: each test launches a real browser
 * and the machines have 2 cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'chromium', testMatch: 'chromium/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
