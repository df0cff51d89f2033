// `node tests/bench/seal.mjs`: the local work of a seal, in Node — building the RFC 3161 request
// for a manifest (SHA-256 + DER), checking the authority's reply (imprint, nonce), and the offline
// verification of the token (imprint, signature, chain to the shipped certificate). The
// authority's answer itself is excluded: it is made once, beforehand, by `openssl ts -reply` with a
// CA made now (tests/harness/test-tsa.mjs). Prints { sealLocalWorkMs: { p50, p95, max }, runs,
// target } as JSON; bench.mjs includes it. Reported, never asserted.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ssrServer } from './ssr.mjs';
import { makeTestAuthority } from '../harness/test-tsa.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const RUNS = Number(process.env.VIGIE_BENCH_SEAL_RUNS ?? 50);
const TARGET_MS = 50;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (x) => Math.round(x * 1000) / 1000;

const server = await ssrServer(ROOT);
try {
  const { buildTimestampRequest, parseTimestampReply } = await server.ssrLoadModule('/utils/export/timestamp.ts');
  const { verifyTimestamp } = await server.ssrLoadModule('/utils/export/timestamp-verify.ts');
  const authority = makeTestAuthority('Bench TSA');
  const known = [
    {
      id: 'bench',
      name: 'Bench',
      url: 'http://127.0.0.1/',
      qualified: false,
      free: true,
      terms: '',
      checked: '',
      certificates: [authority.caPem],
    },
  ];
  // A manifest of a realistic size (a report with a few dozen files): 16 KiB.
  const manifest = new TextEncoder().encode(`${JSON.stringify({ files: 'x'.repeat(16 * 1024) })}\n`);
  const sha256 = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest));
  const nonce = Uint8Array.from([0x11, 2, 3, 4, 5, 6, 7, 8]);
  const reply = authority.reply(buildTimestampRequest(sha256, nonce));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', manifest));
    buildTimestampRequest(hash, nonce);
    const parsed = parseTimestampReply(reply, { sha256: hash, nonce });
    const check = await verifyTimestamp(manifest, reply, known);
    times.push(performance.now() - t0);
    if (!parsed.ok || check.status !== 'valid') throw new Error(`bench token not valid: ${check.status}`);
  }
  const p50 = percentile(times, 50);
  console.log(
    JSON.stringify({
      sealLocalWorkMs: { p50: round(p50), p95: round(percentile(times, 95)), max: round(Math.max(...times)) },
      runs: RUNS,
      target: { maxMs: TARGET_MS, met: p50 <= TARGET_MS },
    }),
  );
} finally {
  await server.close();
}
