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
 * Certificates: only real certificates from a stored public source may be shipped here, never
 * typed-in bytes. None could be obtained in time for these authorities, so `certificates` is empty
 * ("to add"): their tokens are parsed and their time shown, but verification says "authority not
 * known" until the chain is added (PEM, root first). The FreeTSA root's DER SHA-256 is published
 * as a6379e7cecc05faa3cbf076013d745e327bbbaa38c0b9af22469d4701d18aabc (https://freetsa.org/files/cacert.pem);
 * whoever adds it must check that fingerprint.
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
  /** The chain that signs the tokens, PEM, root first; empty = "to add" (verification: authority not known). */
  certificates: readonly string[];
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
    certificates: [],
  },
  {
    id: 'digicert',
    name: 'DigiCert Timestamp (timestamp.digicert.com)',
    url: 'https://timestamp.digicert.com/',
    qualified: false,
    free: true,
    terms: 'https://knowledge.digicert.com/general-information/rfc3161-compliant-time-stamp-authority-server',
    checked: '2026-12-05',
    certificates: [],
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
