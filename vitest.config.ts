import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { testChannelsModule, testTsaModule } from './wxt.config';

export default defineConfig({
  plugins: [WxtVitest()],
  // Unit tests are never an e2e build: no test channel in the registry (see wxt.config.ts).
  resolve: { alias: { '#test-channels': testChannelsModule('test'), '#test-tsa': testTsaModule('test') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/meta/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // A busy machine (CI installing packages, other work beside the suite) runs the heavier tests
    // several times slower: a bound for a stuck test, never a performance target (see the bench).
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
