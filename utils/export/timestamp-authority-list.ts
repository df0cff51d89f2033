/**
 * The authorities of this build: the shipped ones, plus — in the `e2e` test build only — the
 * local test responder (`tests/fixtures/tsa/authority.ts`), as the test form channels are added.
 */
import { TEST_TIMESTAMP_AUTHORITY } from '@/tests/fixtures/tsa/authority';
import { DEFAULT_AUTHORITY_ID, TIMESTAMP_AUTHORITIES, type TimestampAuthority } from './timestamp-authorities';

const e2e = import.meta.env.MODE === 'e2e';

export const buildAuthorities: readonly TimestampAuthority[] = e2e
  ? [...TIMESTAMP_AUTHORITIES, TEST_TIMESTAMP_AUTHORITY]
  : TIMESTAMP_AUTHORITIES;

/** The authority a seal uses: the settings' choice if it is one of this build's, else the default (the test one in e2e). */
export function authorityFor(id: string | null | undefined): TimestampAuthority {
  const fallback = e2e ? TEST_TIMESTAMP_AUTHORITY.id : DEFAULT_AUTHORITY_ID;
  return buildAuthorities.find((a) => a.id === id) ?? buildAuthorities.find((a) => a.id === fallback)!;
}
