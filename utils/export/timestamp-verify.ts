/**
 * Offline check of a package's timestamp (`manifest.tsr`) against its `manifest.json`: the token's
 * message imprint must be the SHA-256 of the manifest's exact bytes, its signature must verify with
 * the signer certificate it carries, and that certificate must chain to one of the authorities'
 * shipped certificates (`timestamp-authorities.ts`). Pure: bytes in, verdict out; never throws.
 */
import * as pkijs from 'pkijs';
import { toHex } from './signing';
import { readToken, SHA256_OID, tokenInfo, type TokenInfo } from './timestamp';
import type { TimestampAuthority } from './timestamp-authorities';

export type TimestampStatus =
  /** Imprint matches, signature valid, chains to a shipped authority. */
  | 'valid'
  /** The token is for other bytes: the manifest was altered after the seal. */
  | 'mismatch'
  /** Imprint matches and the signature holds, but the signer chains to no shipped authority. */
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

async function signatureHolds(
  signed: pkijs.SignedData,
  data: ArrayBuffer,
  trustedCerts?: pkijs.Certificate[],
  checkDate?: Date,
): Promise<boolean> {
  try {
    const result = await signed.verify({
      signer: 0,
      data,
      extendedMode: true,
      checkChain: Boolean(trustedCerts),
      ...(trustedCerts ? { trustedCerts } : {}),
      ...(checkDate ? { checkDate } : {}),
    });
    return Boolean(result.signatureVerified) && (!trustedCerts || Boolean(result.signerCertificateVerified));
  } catch {
    return false;
  }
}

export async function verifyTimestamp(
  manifest: Uint8Array,
  token: Uint8Array,
  authorities: readonly TimestampAuthority[],
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
  const firstCert = signed.certificates?.find((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signer = firstCert ? nameOf(firstCert) : undefined;
  const base = { info, ...(signer ? { signer } : {}) };
  const data = manifest.buffer.slice(manifest.byteOffset, manifest.byteOffset + manifest.byteLength) as ArrayBuffer;
  const hash = toHex(await crypto.subtle.digest('SHA-256', data));
  const imprint = tst.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== SHA256_OID || toHex(imprint.hashedMessage.valueBlock.valueHexView) !== hash)
    return { status: 'mismatch', ...base };
  if (!(await signatureHolds(signed, data))) return { status: 'invalid', ...base };
  for (const authority of authorities) {
    if (authority.certificates.length === 0) continue;
    let certs: pkijs.Certificate[];
    try {
      certs = certificatesOf(authority.certificates);
    } catch {
      continue;
    }
    if (await signatureHolds(signed, data, certs, tst.genTime))
      return {
        status: 'valid',
        ...base,
        authority: { id: authority.id, name: authority.name, qualified: authority.qualified },
      };
  }
  return { status: 'unknown-authority', ...base };
}
