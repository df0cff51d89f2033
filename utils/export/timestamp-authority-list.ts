/**
 * The authorities of this build: the shipped ones, plus — in the `e2e` test build only — the
 * local test responder (`tests/fixtures/tsa/authority.ts`), as the test form channels are added.
 */
import { TEST_TIMESTAMP_AUTHORITY } from '#test-tsa';
import { DEFAULT_AUTHORITY_ID, TIMESTAMP_AUTHORITIES, type TimestampAuthority } from './timestamp-authorities';

/** The test responder, in the e2e builds only (`#test-tsa` is an empty module elsewhere). */
const testAuthority: TimestampAuthority | null = TEST_TIMESTAMP_AUTHORITY;

export const buildAuthorities: readonly TimestampAuthority[] = testAuthority
  ? [...TIMESTAMP_AUTHORITIES, testAuthority]
  : TIMESTAMP_AUTHORITIES;

/** The authority a seal uses: the settings' choice if it is one of this build's, else the default (the test one in e2e). */
export function authorityFor(id: string | null | undefined): TimestampAuthority {
  const fallback = testAuthority ? testAuthority.id : DEFAULT_AUTHORITY_ID;
  return buildAuthorities.find((a) => a.id === id) ?? buildAuthorities.find((a) => a.id === fallback)!;
}
