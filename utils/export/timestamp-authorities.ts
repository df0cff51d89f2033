/**
 * The RFC 3161 timestamp authorities a user can seal a package with. Plain data (no imports):
 * `wxt.config.ts` reads the hosts for `optional_host_permissions` and the CSP's `connect-src`.
 *
 * Choice of the default (searched 2026-12-05): no service could be verified as both free of
 * charge and eIDAS-qualified (the qualified services found — AlfaTrust, I.CA, BORICA B-Trust,
 * Signicat — are paid or need an account). The default is therefore FreeTSA, a well-known free
 * RFC 3161 service, which is NOT eIDAS-qualified: its time has no legal presumption of accuracy
 * (eIDAS Art. 41(2) applies only to qualified timestamps); it is still an independent third party.
 *
 * Certificates: each authority's root is shipped in `timestamp-anchors.ts` (loaded by the verify
 * page only), with its source and fingerprint checks. A token chains to it, from a signer certified
 * for timestamping only, or the verify page says "authority not known".
 */
export interface TimestampAuthority {
  id: string;
  /** Shown to the user and in the PDF summary. */
  name: string;
  /** The RFC 3161 endpoint (POST application/timestamp-query). */
  url: string;
  /** eIDAS-qualified (EU trusted list). */
  qualified: boolean;
  /** Free of charge, no account. */
  free: boolean;
  /** Where the service and its terms of use are described (checked on `checked`). */
  terms: string;
  checked: string;
  /**
   * Test authorities only (made at test time): their root, PEM. The shipped authorities' roots are
   * in `timestamp-anchors.ts`, out of this plain list that settings and the composer load.
   */
  certificates?: readonly string[];
}

export const TIMESTAMP_AUTHORITIES: readonly TimestampAuthority[] = [
  {
    id: 'freetsa',
    name: 'FreeTSA (freetsa.org)',
    url: 'https://freetsa.org/tsr',
    qualified: false,
    free: true,
    terms: 'https://freetsa.org/index_en.php',
    checked: '2026-12-05',
  },
  {
    id: 'digicert',
    name: 'DigiCert Timestamp (timestamp.digicert.com)',
    url: 'https://timestamp.digicert.com/',
    qualified: false,
    free: true,
    terms: 'https://knowledge.digicert.com/general-information/rfc3161-compliant-time-stamp-authority-server',
    checked: '2026-12-05',
  },
];

export const DEFAULT_AUTHORITY_ID = 'freetsa';

/** Host permission pattern of an endpoint (`https://host/*`; match patterns carry no port). */
export function authorityHostPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Origin of an endpoint, for the CSP's `connect-src`. */
export function authorityOrigin(url: string): string {
  return new URL(url).origin;
}
