/**
 * ZIP writing and bounded ZIP reading for evidence packages.
 *
 * Writing streams with fflate (`Zip`): images and archives pass through stored (already
 * compressed, never recompressed), texts are deflated. Output chunks are folded into Blobs as
 * they come, so the package is held once, as one Blob, never as several copies in memory.
 *
 * Reading never trusts the file: the central directory is read first and checked (entry count,
 * declared sizes, compression ratio) before anything is inflated, and inflating stops as soon as
 * an entry yields more than it declared. Only stored (0) and deflated (8) entries, no ZIP64.
 */
import { Inflate, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

const FOLD_BYTES = 8 * 1024 * 1024;

export class ZipBlobWriter {
  private readonly zip: Zip;
  private readonly blobs: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private failure: unknown = null;
  private ended = false;

  constructor() {
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (final) this.ended = true;
    });
  }

  /** Adds a whole file: `deflate` for text, stored otherwise. */
  add(name: string, bytes: Uint8Array, options: { deflate: boolean; mtime?: Date }): void {
    const mtime = options.mtime ?? new Date();
    const file = options.deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    file.mtime = mtime;
    this.zip.add(file);
    file.push(bytes, true);
    this.check();
    if (this.pendingBytes >= FOLD_BYTES) this.fold();
  }

  /** Ends the archive: the whole ZIP as one Blob. */
  end(): Blob {
    this.zip.end();
    this.check();
    if (!this.ended) throw new Error('ZIP not finished');
    this.fold();
    return new Blob(this.blobs, { type: 'application/zip' });
  }

  private fold() {
    if (this.pending.length === 0) return;
    this.blobs.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }

  private check() {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }
}

// ── Reading ─────────────────────────────────────────────────────────────────

export const ZIP_LIMITS = {
  /** Largest package accepted. */
  fileBytes: 1024 * 1024 * 1024,
  entries: 1000,
  /** Sum of the declared uncompressed sizes. */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Largest single entry once inflated. */
  entryBytes: 1024 * 1024 * 1024,
  /** An entry inflating more than this many times its size (and above `ratioFloorBytes`) is a bomb. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipProblem = 'too-large' | 'not-zip' | 'bomb' | 'unsupported';

export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipReadError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (v: DataView, o: number) => v.getUint16(o, true);
const u32 = (v: DataView, o: number) => v.getUint32(o, true);

async function bytesOf(blob: Blob, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

/** The entries of a ZIP, from its central directory, after every bound is checked. Throws `ZipReadError`. */
export async function readZipDirectory(blob: Blob, limits = ZIP_LIMITS): Promise<ZipEntry[]> {
  if (blob.size > limits.fileBytes) throw new ZipReadError('too-large', `${blob.size} bytes`);
  if (blob.size < 22) throw new ZipReadError('not-zip', 'too short');
  const tailStart = Math.max(0, blob.size - 22 - 0xffff);
  const tail = await bytesOf(blob, tailStart, blob.size);
  const view = new DataView(tail.buffer);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(view, i) === 0x06054b50 && i + 22 + u16(view, i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipReadError('not-zip', 'no end of central directory');
  const count = u16(view, eocd + 10);
  const cdSize = u32(view, eocd + 12);
  const cdOffset = u32(view, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new ZipReadError('unsupported', 'ZIP64');
  if (count > limits.entries) throw new ZipReadError('bomb', `${count} entries`);
  if (cdOffset + cdSize > tailStart + eocd) throw new ZipReadError('not-zip', 'central directory out of bounds');
  const cd = await bytesOf(blob, cdOffset, cdOffset + cdSize);
  const dir = new DataView(cd.buffer);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let at = 0;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || u32(dir, at) !== 0x02014b50) throw new ZipReadError('not-zip', 'bad central directory');
    const method = u16(dir, at + 10);
    const compressedSize = u32(dir, at + 20);
    const size = u32(dir, at + 24);
    const nameLength = u16(dir, at + 28);
    const extraLength = u16(dir, at + 30);
    const commentLength = u16(dir, at + 32);
    const localOffset = u32(dir, at + 42);
    if (at + 46 + nameLength > cd.length) throw new ZipReadError('not-zip', 'bad central directory');
    const name = decoder.decode(cd.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipReadError('unsupported', 'ZIP64');
    if (method !== 0 && method !== 8) throw new ZipReadError('unsupported', `method ${method} (${name})`);
    if (method === 0 && compressedSize !== size) throw new ZipReadError('not-zip', `stored sizes differ (${name})`);
    if (size > limits.entryBytes) throw new ZipReadError('bomb', `${name}: ${size} bytes`);
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.ratio)
      throw new ZipReadError('bomb', `${name}: ratio ${Math.round(size / Math.max(1, compressedSize))}`);
    total += size;
    if (total > limits.totalBytes) throw new ZipReadError('bomb', `${total} bytes in all`);
    if (localOffset + 30 + compressedSize > cdOffset) throw new ZipReadError('not-zip', `${name} out of bounds`);
    if (names.has(name)) throw new ZipReadError('not-zip', `${name} twice`);
    names.add(name);
    entries.push({ name, method, compressedSize, size, localOffset });
  }
  return entries;
}

/**
 * The bytes of one entry. Inflating stops with `bomb` as soon as it yields more than the declared
 * size; fewer bytes than declared is `not-zip`.
 */
export async function readZipEntry(blob: Blob, entry: ZipEntry): Promise<Uint8Array<ArrayBuffer>> {
  const head = await bytesOf(blob, entry.localOffset, entry.localOffset + 30);
  const view = new DataView(head.buffer);
  if (head.length < 30 || u32(view, 0) !== 0x04034b50) throw new ZipReadError('not-zip', `${entry.name}: no header`);
  const start = entry.localOffset + 30 + u16(view, 26) + u16(view, 28);
  const end = start + entry.compressedSize;
  if (end > blob.size) throw new ZipReadError('not-zip', `${entry.name} out of bounds`);
  if (entry.method === 0) return bytesOf(blob, start, end);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const inflate = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > out.length) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  // Read by 1 MiB, pushed by 16 KiB: one push can yield at most ~16 MiB (deflate's ratio is
  // bounded near 1032:1), so a lying entry is stopped before it can take much memory.
  const READ = 1024 * 1024;
  const PUSH = 16 * 1024;
  try {
    for (let at = start; at < end && !overflow; at += READ) {
      const stop = Math.min(end, at + READ);
      const bytes = await bytesOf(blob, at, stop);
      for (let i = 0; i < bytes.length && !overflow; i += PUSH) {
        const piece = bytes.subarray(i, i + PUSH);
        inflate.push(piece, stop === end && i + PUSH >= bytes.length);
      }
    }
  } catch (error) {
    if (overflow) throw new ZipReadError('bomb', `${entry.name} inflates past its declared size`);
    throw new ZipReadError('not-zip', `${entry.name}: ${error instanceof Error ? error.message : 'bad data'}`);
  }
  if (overflow) throw new ZipReadError('bomb', `${entry.name} inflates past its declared size`);
  if (written !== out.length) throw new ZipReadError('not-zip', `${entry.name} is shorter than declared`);
  return out;
}
