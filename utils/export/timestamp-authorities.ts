/**
 * The RFC 3161 timestamp authorities a user can seal a package with. Plain data (no imports):
 * `wxt.config.ts` reads the hosts for `optional_host_permissions` and the CSP's `connect-src`.
 *
 * Choice of the default (searched 2026-12-05): no service could be verified as both free of
 * charge and eIDAS-qualified from a primary source (the qualified services found — AlfaTrust,
 * I.CA, BORICA B-Trust, Signicat, Disig, Uanataca — are paid or need an account; the one free
 * candidate, `QUALIFIED_CANDIDATES` below, is stated qualified and free by third parties only).
 * The default is therefore FreeTSA, a well-known free RFC 3161 service, which is NOT
 * eIDAS-qualified: its time has no legal presumption of accuracy (eIDAS Art. 41(2) applies only to
 * qualified timestamps); it is still an independent third party.
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

/**
 * Free qualified services found but NOT offered (not in `TIMESTAMP_AUTHORITIES`, so no permission,
 * no CSP entry): what is missing before one can be is said in `missing`. Searched 2026-12-05.
 */
export const QUALIFIED_CANDIDATES = [
  {
    name: 'BOSA — Belgian federal public service Policy and Support (tsa.belgium.be)',
    url: 'http://tsa.belgium.be/connect',
    statedBy: [
      'https://github.com/Mibuw/miPDFsign-Community/releases/tag/v1.0.1 (default TSA, "BOSA (BE, QTSP: FPS Policy and Support)")',
      'https://github.com/Amethyst-Deceiver2001/mariupol_urbicide/pull/2 ("issues qualified timestamps free of charge")',
      'https://github.com/slovensko-digital/autogram/issues/323 (free qualified TSAs under a fair-use policy exist in the EU; EU trusted list search link)',
    ],
    missing: [
      "a primary source: the EU trusted list's entry (https://eidas.ec.europa.eu/efda/tl-browser/) and BOSA's terms of use, not reachable from here",
      'its certificate chain from a verifiable source (a token from it would verify as "authority not known")',
      'HTTPS: the endpoint is plain HTTP (a token is signed, so not forgeable in transit, but the request is visible)',
    ],
  },
] as const;

/** Host permission pattern of an endpoint (`https://host/*`; match patterns carry no port). */
export function authorityHostPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Origin of an endpoint, for the CSP's `connect-src`. */
export function authorityOrigin(url: string): string {
  return new URL(url).origin;
}
