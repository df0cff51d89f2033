/**
 * What `#test-tsa` resolves to outside the e2e builds: no test timestamp authority. The e2e builds
 * (`--mode e2e`) map the specifier to `tests/fixtures/tsa/authority.ts` instead (`wxt.config.ts`,
 * `vite.resolve.alias`), so no production module imports from `tests/`.
 */
import type { TimestampAuthority } from './timestamp-authorities';

export const TEST_TIMESTAMP_AUTHORITY: TimestampAuthority | null = null;
