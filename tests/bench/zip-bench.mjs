// The verify page against hostile ZIP files, in the built extension's real page: the time from
// choosing the file to the verdict shown, and the verdict (`data-result`). The ZIPs are written
// here byte by byte (node:zlib for deflate and CRC-32):
//  - shared995: 995 central entries pointing at one deflated 1 MiB entry (a ~55 kB file): refused
//    from the structure (`overlap`) before anything is inflated;
//  - ratio117: two 1,000 MiB entries at ratio 117 (an 18 MB file): refused from the directory (`bomb`);
//  - worstAccepted: the most work the bounds let through: a manifest listing one entry that
//    inflates to 500 MiB (the deflated entries may declare 512 MiB in all) at a ratio under the
//    limit (~8 MB file). Everything is
//    inflated, CRC-checked and hashed; the file is then named as changed (its listed SHA-256 is
//    not its own) and the package as not verifiable (no signature).
import { generateKeyPairSync, randomFillSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, constants, createDeflateRaw, deflateRawSync } from 'node:zlib';

const round = (x) => Math.round(x * 10) / 10;

/** Writes local entries, then a central directory listing `central` (each: entry + offset). */
class Forge {
  parts = [];
  offset = 0;
  raw(bytes) {
    this.parts.push(bytes);
    this.offset += bytes.length;
  }
  local(e) {
    const offset = this.offset;
    const name = Buffer.from(e.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.compressedSize, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    this.raw(head);
    this.raw(name);
    for (const chunk of e.data) this.raw(chunk);
    return { ...e, offset };
  }
  finish(central) {
    const cdOffset = this.offset;
    for (const e of central) {
      const name = Buffer.from(e.name);
      const rec = Buffer.alloc(46);
      rec.writeUInt32LE(0x02014b50, 0);
      rec.writeUInt16LE(20, 4);
      rec.writeUInt16LE(20, 6);
      rec.writeUInt16LE(e.method, 10);
      rec.writeUInt32LE(e.crc, 16);
      rec.writeUInt32LE(e.compressedSize, 20);
      rec.writeUInt32LE(e.size, 24);
      rec.writeUInt16LE(name.length, 28);
      rec.writeUInt32LE(e.offset, 42);
      this.raw(rec);
      this.raw(name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length, 8);
    end.writeUInt16LE(central.length, 10);
    end.writeUInt32LE(this.offset - cdOffset, 12);
    end.writeUInt32LE(cdOffset, 16);
    this.raw(end);
    return Buffer.concat(this.parts);
  }
}

const deflated = (name, bytes) => {
  const data = deflateRawSync(bytes);
  return { name, method: 8, crc: crc32(bytes), size: bytes.length, compressedSize: data.length, data: [data] };
};

function shared995() {
  const f = new Forge();
  const one = f.local(deflated('e0', Buffer.alloc(1024 * 1024)));
  return f.finish(Array.from({ length: 995 }, (_, i) => ({ ...one, name: `e${i}` })));
}

function ratio117() {
  const size = 1000 * 1024 * 1024;
  const packed = Buffer.alloc(Math.ceil(size / 117));
  const f = new Forge();
  const entry = (name) => f.local({ name, method: 8, crc: 0, size, compressedSize: packed.length, data: [packed] });
  return f.finish([entry('a.bin'), entry('b.bin')]);
}

/** 500 MiB that deflate ~60:1: each 64 KiB block is 660 fresh random bytes and zeros. */
async function bigEntry(name) {
  const size = 500 * 1024 * 1024;
  const block = Buffer.alloc(64 * 1024);
  const out = [];
  let compressedSize = 0;
  let crc = 0;
  const deflate = createDeflateRaw({ level: 1, strategy: constants.Z_DEFAULT_STRATEGY });
  deflate.on('data', (chunk) => {
    out.push(chunk);
    compressedSize += chunk.length;
  });
  const done = new Promise((resolve) => deflate.on('end', resolve));
  for (let at = 0; at < size; at += block.length) {
    randomFillSync(block, 0, 660);
    crc = crc32(block, crc);
    if (!deflate.write(Buffer.from(block))) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, method: 8, crc, size, compressedSize, data: out };
}

async function worstAccepted() {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
  const big = await bigEntry('evidence/page.mhtml');
  const manifest = {
    format: 'vigie-evidence-package',
    version: 1,
    createdAt: '2026-12-01T10:00:00.000Z',
    vigieVersion: '0.1.0',
    reportId: '6f1c1d1e-3b7a-4c55-9d0e-2f4b8a9c0d11',
    capturedAt: '2026-12-01T09:59:00.000Z',
    lang: 'fr',
    copies: 'original',
    linkOnly: false,
    files: [{ path: big.name, size: big.size, sha256: '0'.repeat(64), type: 'multipart/related', role: 'mhtml' }],
    publicKey: { jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, fingerprint: '0'.repeat(64) },
    signature: {
      file: 'manifest.sig',
      algorithm: 'ECDSA-P256-SHA256',
      encoding: 'base64 IEEE-P1363 r||s',
      signed: 'the exact bytes of manifest.json',
    },
  };
  const f = new Forge();
  const m = f.local(deflated('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)));
  const b = f.local(big);
  return f.finish([m, b]);
}

/** Runs in the verify page once a file is chosen: time until the result is shown. */
async function timeVerifyResult(t0) {
  await new Promise((resolve) => {
    const check = () => document.querySelector('[data-testid=verify-result]') && resolve();
    check();
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true });
  });
  return performance.now() - t0;
}

/** Each hostile file: its size, the verify page's time to a verdict, and that verdict. */
export async function zipBench(vigie, stage = () => {}) {
  const folder = mkdtempSync(join(tmpdir(), 'vigie-bench-zip-'));
  const verify = await vigie.context.newPage();
  const out = {};
  try {
    for (const [name, make] of Object.entries({ shared995, ratio117, worstAccepted })) {
      stage(`verify page: ${name}`);
      const bytes = await make();
      const path = join(folder, `${name}.zip`);
      writeFileSync(path, bytes);
      await verify.goto(vigie.url('verify.html'));
      const t0 = await verify.evaluate(() => performance.now());
      await verify.getByTestId('verify-file').setInputFiles(path);
      const ms = await verify.evaluate(timeVerifyResult, t0);
      const result = await verify.getByTestId('verify-result').getAttribute('data-result');
      out[name] = { fileBytes: bytes.length, ms: round(ms), result };
    }
  } finally {
    await verify.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return out;
}
