/**
 * Offline check of a package's timestamp (`manifest.tsr`) against its `manifest.json`: the token's
 * message imprint must be the SHA-256 of the manifest's exact bytes, its signature must verify with
 * the signer certificate it carries, and that certificate must chain — at the token's time — to one
 * of the authorities' shipped roots (`timestamp-anchors.ts`) and be certified for timestamping only
 * (critical extended key usage id-kp-timeStamping, RFC 3161 §2.3: a root such as DigiCert's also
 * anchors code-signing certificates, whose holders must not pass for the authority).
 * Pure: bytes in, verdict out; never throws.
 */
import * as pkijs from 'pkijs';
import { toHex } from './signing';
import { readToken, SHA256_OID, tokenInfo, type TokenInfo } from './timestamp';
import { TRUST_ANCHORS } from './timestamp-anchors';
import type { TimestampAuthority } from './timestamp-authorities';

/** An authority as the verification needs it: its name and the roots its tokens must chain to. */
export type VerifyingAuthority = Pick<TimestampAuthority, 'id' | 'name' | 'qualified' | 'certificates'>;

/** The build's authorities with their shipped roots (`timestamp-anchors.ts`) added. */
export function withAnchors(authorities: readonly TimestampAuthority[]): VerifyingAuthority[] {
  return authorities.map((a) => ({
    id: a.id,
    name: a.name,
    qualified: a.qualified,
    certificates: [...(TRUST_ANCHORS[a.id]?.map((anchor) => anchor.pem) ?? []), ...(a.certificates ?? [])],
  }));
}

export type TimestampStatus =
  /** Imprint matches, signature valid, chains to a shipped authority. */
  | 'valid'
  /** The token is for other bytes: the manifest was altered (and signed again) after the seal, or the token replaced. */
  | 'mismatch'
  /** Imprint matches and the signature holds, but the signer chains to no shipped root, or is not a timestamping certificate. */
  | 'unknown-authority'
  /** The token's signature does not verify. */
  | 'invalid'
  /** Not a timestamp token. */
  | 'malformed';

export interface TimestampCheck {
  status: TimestampStatus;
  info?: TokenInfo;
  /** The authority the chain leads to (status `valid`). */
  authority?: Pick<TimestampAuthority, 'id' | 'name' | 'qualified'>;
  /** The signer's name as the token states it (any status but `malformed`); text, never markup. */
  signer?: string;
}

const CN = '2.5.4.3';
const O = '2.5.4.10';
const EXT_KEY_USAGE = '2.5.29.37';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';

/** RFC 3161 §2.3: the signer's certificate has one critical extended key usage, timeStamping. */
function certifiedForTimestamping(cert: pkijs.Certificate | undefined): boolean {
  const ext = cert?.extensions?.find((e) => e.extnID === EXT_KEY_USAGE);
  if (!ext?.critical) return false;
  const usage = ext.parsedValue as pkijs.ExtKeyUsage | undefined;
  return Boolean(usage?.keyPurposes?.length === 1 && usage.keyPurposes[0] === TIME_STAMPING);
}

function certificatesOf(pems: readonly string[]): pkijs.Certificate[] {
  return pems.map((pem) => {
    const b64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    const der = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return pkijs.Certificate.fromBER(der);
  });
}

function nameOf(cert: pkijs.Certificate): string {
  const part = (type: string) =>
    cert.subject.typesAndValues.find((t) => t.type === type)?.value.valueBlock.value as string | undefined;
  return [part(CN), part(O)].filter(Boolean).join(', ').slice(0, 200);
}

const spkiOf = (cert: pkijs.Certificate) => toHex(cert.subjectPublicKeyInfo.toSchema().toBER(false));

/**
 * The token's certificates, less any other certificate of a trusted root's key (a cross-certificate,
 * such as DigiCert's G4 root signed by its older Assured ID root): the shipped root stands in for it,
 * and PKI.js would otherwise follow the cross-certificate to a root that is not shipped and fail.
 */
function withoutCrossCertificates(signed: pkijs.SignedData, trusted: pkijs.Certificate[]) {
  const keys = new Set(trusted.map(spkiOf));
  return signed.certificates?.filter((c) => !(c instanceof pkijs.Certificate && keys.has(spkiOf(c))));
}

/** Whether signer 0's signature holds (and, given roots, its certificate chains to one); its certificate. */
async function signatureHolds(
  signed: pkijs.SignedData,
  data: ArrayBuffer,
  trustedCerts?: pkijs.Certificate[],
  checkDate?: Date,
): Promise<{ holds: boolean; signerCert?: pkijs.Certificate }> {
  const carried = signed.certificates;
  try {
    if (trustedCerts) signed.certificates = withoutCrossCertificates(signed, trustedCerts);
    const result = await signed.verify({
      signer: 0,
      data,
      extendedMode: true,
      checkChain: Boolean(trustedCerts),
      ...(trustedCerts ? { trustedCerts } : {}),
      ...(checkDate ? { checkDate } : {}),
    });
    const holds = Boolean(result.signatureVerified) && (!trustedCerts || Boolean(result.signerCertificateVerified));
    return { holds, ...(result.signerCertificate ? { signerCert: result.signerCertificate } : {}) };
  } catch {
    return { holds: false };
  } finally {
    signed.certificates = carried;
  }
}

export async function verifyTimestamp(
  manifest: Uint8Array,
  token: Uint8Array,
  authorities: readonly VerifyingAuthority[],
): Promise<TimestampCheck> {
  const read = readToken(token);
  if (!read) return { status: 'malformed' };
  const { signed, tst } = read;
  let info: TokenInfo;
  try {
    info = tokenInfo(tst);
  } catch {
    return { status: 'malformed' };
  }
  // PKI.js checks the token's imprint against these bytes too (it needs them for a TSTInfo).
  const data = manifest.buffer.slice(manifest.byteOffset, manifest.byteOffset + manifest.byteLength) as ArrayBuffer;
  const hash = toHex(await crypto.subtle.digest('SHA-256', data));
  const plain = await signatureHolds(signed, data);
  const signerCert =
    plain.signerCert ?? signed.certificates?.find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signer = signerCert ? nameOf(signerCert) : undefined;
  const base = { info, ...(signer ? { signer } : {}) };
  const imprint = tst.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== SHA256_OID || toHex(imprint.hashedMessage.valueBlock.valueHexView) !== hash)
    return { status: 'mismatch', ...base };
  if (!plain.holds) return { status: 'invalid', ...base };
  if (!certifiedForTimestamping(plain.signerCert)) return { status: 'unknown-authority', ...base };
  for (const authority of authorities) {
    if (!authority.certificates?.length) continue;
    let certs: pkijs.Certificate[];
    try {
      certs = certificatesOf(authority.certificates);
    } catch {
      continue;
    }
    if ((await signatureHolds(signed, data, certs, tst.genTime)).holds)
      return {
        status: 'valid',
        ...base,
        authority: { id: authority.id, name: authority.name, qualified: authority.qualified },
      };
  }
  return { status: 'unknown-authority', ...base };
}
