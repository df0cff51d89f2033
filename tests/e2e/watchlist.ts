import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { normalizeUrl } from '../../utils/report/normalize-url';

/**
 * A watchlist as an association would publish it: a JSON file naming `url` by the SHA-256 of its
 * normalized form (not the URL itself), signed with a fresh Ed25519 key (openssl's raw output).
 */
export function signedWatchlist(url: string, name: string, note: string) {
  const hash = createHash('sha256').update(normalizeUrl(url), 'utf8').digest('hex');
  const list = Buffer.from(
    JSON.stringify({ format: 'vigie-watchlist', version: 1, name, note, sha256: [hash], domains: ['elsewhere.test'] }),
  );
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const rawKey = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('base64');
  const signature = Buffer.from(sign(null, list, privateKey).toString('base64'));
  // The same list with one byte changed: its signature no longer matches.
  const tampered = Buffer.from(list.toString('utf8').replace('elsewhere.test', 'elsewhere.tesu'));
  return { list, rawKey, signature, tampered, hash };
}
