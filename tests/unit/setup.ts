import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shiftGlobalClock } from '../support/clock';

// Run the suite on another day: `VIGIE_TEST_NOW=2031-06-15T12:00:00Z npx vitest run` (see the clock).
if (process.env.VIGIE_TEST_NOW) shiftGlobalClock(process.env.VIGIE_TEST_NOW);

beforeEach(() => {
  fakeBrowser.reset();
});
