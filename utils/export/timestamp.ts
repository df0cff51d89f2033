/**
 * RFC 3161 timestamp of an evidence package ("Sceller avec un horodatage"): the SHA-256 of the
 * exact bytes of `manifest.json` — that hash alone — is sent to a timestamp authority, only when
 * the user clicks; the authority's reply (a DER `TimeStampResp`) is kept with the draft and goes
 * into the package as `manifest.tsr`, so `openssl ts -verify -in manifest.tsr -data manifest.json`
 * checks it without Vigie.
 *
 * Parsing and DER encoding by PKI.js / asn1js (loaded lazily: this module is imported on the click
 * only). Never throws on a bad answer: every failure is a `SealProblem` the UI can name.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toHex } from './signing';

export const SHA256_OID = '2.16.840.1.101.3.4.2.1';
export { TOKEN_NAME } from './timestamp-name';
/** A reply larger than this is not a timestamp (real ones are a few KiB). */
export const REPLY_MAX_BYTES = 64 * 1024;
export const SEAL_TIMEOUT_MS = 20_000;
/** Beyond this gap between the authority's time and this computer's, the user is told. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export type SealProblem =
  | 'offline'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'rejected'
  | 'malformed'
  | 'wrong-imprint'
  | 'wrong-nonce'
  | 'permission';

export interface TokenInfo {
  genTime: string;
  /** Serial number, hex. */
  serial: string;
  policy: string;
}

export type ReplyResult =
  | { ok: true; token: Uint8Array<ArrayBuffer>; info: TokenInfo; skewMs: number }
  | { ok: false; problem: SealProblem; detail: string };

const view = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

/** A random positive 64-bit nonce. */
export function newNonce(): Uint8Array<ArrayBuffer> {
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  return nonce;
}

/** DER `TimeStampReq` (v1) for a SHA-256 hash, asking for the signer's certificate. */
export function buildTimestampRequest(sha256: Uint8Array, nonce: Uint8Array): Uint8Array<ArrayBuffer> {
  if (sha256.length !== 32) throw new Error('a SHA-256 hash is 32 bytes');
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: view(sha256) }),
    }),
    nonce: new asn1js.Integer({ valueHex: view(nonce) }),
    certReq: true,
  });
  return new Uint8Array(request.toSchema().toBER(false));
}

/** The signed data and TSTInfo of a reply (`TimeStampResp`) or of a bare token (`ContentInfo`). */
export function readToken(bytes: Uint8Array): { signed: pkijs.SignedData; tst: pkijs.TSTInfo } | null {
  try {
    const asn = asn1js.fromBER(view(bytes));
    if (asn.offset === -1) return null;
    let content: pkijs.ContentInfo;
    try {
      const reply = new pkijs.TimeStampResp({ schema: asn.result });
      if (!reply.timeStampToken) return null;
      content = reply.timeStampToken;
    } catch {
      content = new pkijs.ContentInfo({ schema: asn.result });
    }
    if (content.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    const signed = new pkijs.SignedData({ schema: content.content });
    const econtent = signed.encapContentInfo.eContent;
    if (signed.encapContentInfo.eContentType !== '1.2.840.113549.1.9.16.1.4' || !econtent) return null;
    const tst = pkijs.TSTInfo.fromBER(econtent.getValue());
    return { signed, tst };
  } catch {
    return null;
  }
}

export function tokenInfo(tst: pkijs.TSTInfo): TokenInfo {
  return {
    genTime: tst.genTime.toISOString(),
    serial: toHex(tst.serialNumber.valueBlock.valueHexView),
    policy: tst.policy,
  };
}

/** Checks an authority's answer against the request it was given (imprint, nonce, status). */
export function parseTimestampReply(
  bytes: Uint8Array,
  expected: { sha256: Uint8Array; nonce: Uint8Array },
  now: Date = new Date(),
): ReplyResult {
  let reply: pkijs.TimeStampResp;
  try {
    reply = pkijs.TimeStampResp.fromBER(view(bytes));
  } catch (error) {
    return { ok: false, problem: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  }
  const status = reply.status.status;
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods)
    return { ok: false, problem: 'rejected', detail: `status ${status}` };
  const token = readToken(bytes);
  if (!token) return { ok: false, problem: 'malformed', detail: 'no timestamp token' };
  const { tst } = token;
  if (tst.messageImprint.hashAlgorithm.algorithmId !== SHA256_OID)
    return { ok: false, problem: 'wrong-imprint', detail: tst.messageImprint.hashAlgorithm.algorithmId };
  if (toHex(tst.messageImprint.hashedMessage.valueBlock.valueHexView) !== toHex(expected.sha256))
    return { ok: false, problem: 'wrong-imprint', detail: 'the token is for another hash' };
  if (!tst.nonce || toHex(tst.nonce.valueBlock.valueHexView) !== toHex(expected.nonce))
    return { ok: false, problem: 'wrong-nonce', detail: 'the token answers another request' };
  const info = tokenInfo(tst);
  return { ok: true, token: new Uint8Array(bytes), info, skewMs: tst.genTime.getTime() - now.getTime() };
}

export interface SendOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** POSTs a request to an authority; the answer's bytes (bounded) or the reason there are none. */
export async function sendTimestampRequest(
  url: string,
  body: Uint8Array<ArrayBuffer>,
  options: SendOptions = {},
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: SealProblem; detail: string }> {
  const doFetch = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('timeout', 'TimeoutError')),
    options.timeoutMs ?? SEAL_TIMEOUT_MS,
  );
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query' },
      body,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: controller.signal,
    });
    if (!response.ok) return { ok: false, problem: 'http', detail: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > REPLY_MAX_BYTES) return { ok: false, problem: 'too-large', detail: `${declared} bytes` };
    const bytes = await readBounded(response, REPLY_MAX_BYTES);
    if (!bytes) return { ok: false, problem: 'too-large', detail: `over ${REPLY_MAX_BYTES} bytes` };
    return { ok: true, bytes };
  } catch (error) {
    const timedOut = controller.signal.aborted && !options.signal?.aborted;
    return {
      ok: false,
      problem: timedOut ? 'timeout' : 'offline',
      detail: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

async function readBounded(response: Response, max: number): Promise<Uint8Array | null> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).slice(0, max + 1);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export type SealResult =
  | { ok: true; token: Uint8Array<ArrayBuffer>; info: TokenInfo; skewMs: number }
  | { ok: false; problem: SealProblem; detail: string };

/** The whole exchange for one manifest: hash, request, send, check. Only the hash leaves. */
export async function sealManifest(
  manifest: Uint8Array<ArrayBuffer>,
  url: string,
  options: SendOptions & { now?: () => Date } = {},
): Promise<SealResult> {
  const sha256 = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest));
  const nonce = newNonce();
  const sent = await sendTimestampRequest(url, buildTimestampRequest(sha256, nonce), options);
  if (!sent.ok) return sent;
  return parseTimestampReply(sent.bytes, { sha256, nonce }, options.now?.() ?? new Date());
}
