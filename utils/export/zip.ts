/**
 * ZIP writing and strict, bounded ZIP reading for evidence packages.
 *
 * Writing: each file is given whole, so its CRC-32 and sizes are known before its local header is
 * written: no data descriptors, no ZIP64, no extra fields. Images and archives are stored (already
 * compressed), texts are deflated. Output chunks are folded into Blobs as they come, so the
 * package is held once, as one Blob.
 *
 * Reading never trusts the file, and reads it the way every ZIP tool must agree on. A reader that
 * trusts only the central directory and a streaming reader (bsdtar, Java's ZipInputStream) that
 * walks the local headers must see the same files with the same bytes, so:
 * - the end record is the only one, ends the file exactly, and points at a central directory that
 *   ends exactly where the end record starts;
 * - every local header matches its central entry (name bytes, flags, method, CRC, sizes), and the
 *   entries, each with its data (and data descriptor, if any), tile the file from offset 0 to the
 *   central directory: no leading bytes, no gap, no unlisted local entry, no overlap, no shared data;
 * - a deflate stream ends exactly where its compressed size says, inflates to exactly its declared
 *   size (inflating stops as soon as it yields more), and matches its CRC-32;
 * - names are unique (also without case or Unicode normalisation differences), UTF-8 as flagged,
 *   relative, without `..`, backslash or NUL; no symbolic links, no Unicode-path extra field
 *   (it renames a file in some tools only), no ZIP64, encryption or multi-disk archive;
 * - entry count, declared sizes (alone, in all, deflated in all, and against their compressed size) are bounded
 *   before anything is inflated, and a time budget stops the work (`ZipBudget`), which yields to
 *   the page between chunks so that it stays responsive.
 * Every refusal is a `ZipReadError` with a `ZipProblem` the page words for people.
 */
import { deflateSync, Inflate } from 'fflate';

const FOLD_BYTES = 8 * 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_DESCRIPTOR = 0x08074b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8 = 0x0800;
const FLAG_MASKED_HEADERS = 0x2000;

// ── CRC-32 (ISO 3309, the one ZIP uses) ─────────────────────────────────────

/** Eight tables for slicing-by-8: table k gives the CRC of a byte followed by k zero bytes. */
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n]! >>> 8) ^ t[t[(k - 1) * 256 + n]! & 0xff]!;
  return t;
})();

/** Continues a CRC-32 over `bytes` (start with 0). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc | 0;
  let i = 0;
  const fast = bytes.length - (bytes.length % 8);
  for (; i < fast; i += 8) {
    const lo = c ^ (bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
    c =
      t[1792 + (lo & 0xff)]! ^
      t[1536 + ((lo >>> 8) & 0xff)]! ^
      t[1280 + ((lo >>> 16) & 0xff)]! ^
      t[1024 + (lo >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^
      t[512 + bytes[i + 5]!]! ^
      t[256 + bytes[i + 6]!]! ^
      t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// ── Writing ─────────────────────────────────────────────────────────────────

interface Written {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const valid = !Number.isNaN(d.getTime());
  const year = valid ? Math.min(2107, Math.max(1980, d.getFullYear())) : 1980;
  const clamped = valid && d.getFullYear() === year;
  return {
    time: clamped ? (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1) : 0,
    date: ((year - 1980) << 9) | ((clamped ? d.getMonth() + 1 : 1) << 5) | (clamped ? d.getDate() : 1),
  };
}

/**
 * Most entries in one ZIP without ZIP64: 0xFFFF in the end record means "see ZIP64", which the
 * reader refuses, so the writer stops one short of it.
 */
export const ZIP_ENTRIES_MAX = 0xfffe;

/** A ZIP would need more entries than `ZIP_ENTRIES_MAX`. */
export class ZipTooManyEntriesError extends Error {
  override name = 'ZipTooManyEntriesError';
  constructor() {
    super(`a ZIP holds at most ${ZIP_ENTRIES_MAX} entries`);
  }
}

export class ZipBlobWriter {
  private readonly blobs: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private offset = 0;
  private readonly entries: Written[] = [];
  private readonly names = new Set<string>();
  private ended = false;

  /** Adds a whole file: `deflate` for text, stored otherwise. */
  add(name: string, bytes: Uint8Array, options: { deflate: boolean; mtime?: Date }): void {
    if (this.ended) throw new Error('ZIP already ended');
    if (this.names.has(name)) throw new Error(`ZIP entry written twice: ${name}`);
    if (this.entries.length >= ZIP_ENTRIES_MAX) throw new ZipTooManyEntriesError();
    const encoded = new TextEncoder().encode(name);
    if (encoded.length === 0 || encoded.length > 0xffff) throw new Error('bad ZIP entry name');
    const data = options.deflate ? deflateSync(bytes, { level: 6 }) : bytes;
    const { time, date } = dosDateTime(options.mtime ?? new Date());
    const entry: Written = {
      name: encoded,
      flags: encoded.some((b) => b >= 0x80) ? FLAG_UTF8 : 0,
      method: options.deflate ? 8 : 0,
      time,
      date,
      crc: crc32(bytes),
      compressedSize: data.length,
      size: bytes.length,
      offset: this.offset,
    };
    if (this.offset + 30 + encoded.length + data.length > 0xfffffffe) throw new Error('ZIP too large (ZIP64)');
    this.names.add(name);
    this.entries.push(entry);
    const header = new Uint8Array(30 + encoded.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, SIG_LOCAL, true);
    v.setUint16(4, 20, true);
    this.common(v, 6, entry);
    header.set(encoded, 30);
    this.push(header);
    this.push(data);
    if (this.pendingBytes >= FOLD_BYTES) this.fold();
  }

  /** Ends the archive: the whole ZIP as one Blob. */
  end(): Blob {
    if (this.ended) throw new Error('ZIP already ended');
    this.ended = true;
    const cdOffset = this.offset;
    for (const e of this.entries) {
      const record = new Uint8Array(46 + e.name.length);
      const v = new DataView(record.buffer);
      v.setUint32(0, SIG_CENTRAL, true);
      v.setUint16(4, (3 << 8) | 20, true); // made by: Unix, 2.0
      v.setUint16(6, 20, true);
      this.common(v, 8, e);
      // +32 comment length, +34 disk, +36 internal attributes: 0.
      v.setUint32(38, (0o100644 << 16) >>> 0, true); // a regular file, rw-r--r--
      v.setUint32(42, e.offset, true);
      record.set(e.name, 46);
      this.push(record);
    }
    const cdSize = this.offset - cdOffset;
    if (this.offset > 0xfffffffe) throw new Error('ZIP too large (ZIP64)');
    const eocd = new Uint8Array(22);
    const v = new DataView(eocd.buffer);
    v.setUint32(0, SIG_END, true);
    v.setUint16(8, this.entries.length, true);
    v.setUint16(10, this.entries.length, true);
    v.setUint32(12, cdSize, true);
    v.setUint32(16, cdOffset, true);
    this.push(eocd);
    this.fold();
    return new Blob(this.blobs, { type: 'application/zip' });
  }

  /** Flags to name length: the fields local headers and central entries share, from `at`. */
  private common(v: DataView, at: number, e: Written) {
    v.setUint16(at, e.flags, true);
    v.setUint16(at + 2, e.method, true);
    v.setUint16(at + 4, e.time, true);
    v.setUint16(at + 6, e.date, true);
    v.setUint32(at + 8, e.crc, true);
    v.setUint32(at + 12, e.compressedSize, true);
    v.setUint32(at + 16, e.size, true);
    v.setUint16(at + 20, e.name.length, true);
  }

  private push(chunk: Uint8Array) {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.offset += chunk.length;
  }

  private fold() {
    if (this.pending.length === 0) return;
    this.blobs.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}

// ── Reading ─────────────────────────────────────────────────────────────────

export const ZIP_LIMITS = {
  /** Largest file accepted. */
  fileBytes: 1024 * 1024 * 1024,
  entries: 1000,
  /** Sum of the declared uncompressed sizes: what inflating and hashing every entry may cost. */
  totalBytes: 1024 * 1024 * 1024,
  /**
   * Sum of the declared sizes of deflated entries: what inflating may cost. Vigie deflates only
   * texts (a few MB); a package re-zipped by another tool that deflates everything stays far below.
   */
  inflatedBytes: 512 * 1024 * 1024,
  /** Largest single entry once inflated. */
  entryBytes: 1024 * 1024 * 1024,
  /** An entry inflating more than this many times its size (and above `ratioFloorBytes`) is a bomb. */
  ratio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Work stops past this time (one verification, its nested packages included). */
  timeMs: 120_000,
};
export type ZipLimits = typeof ZIP_LIMITS;

export type ZipProblem =
  /** Not a ZIP archive, or one cut short or unreadable as one. */
  | 'not-zip'
  | 'too-large'
  | 'too-many-entries'
  /** Declared uncompressed sizes too large, alone, in all, or against their compressed size. */
  | 'bomb'
  /** ZIP64, encryption, a compression method other than stored and deflate, several disks. */
  | 'unsupported'
  /** A local header (or data descriptor) says other than its central entry. */
  | 'mismatch'
  /** Bytes that belong to no listed entry: before, between or after them, in or after a compressed stream. */
  | 'hidden-data'
  /** Two entries overlap or share their data. */
  | 'overlap'
  | 'duplicate-name'
  /** A name other tools would read or write elsewhere: absolute, `..`, backslash, NUL, encoding, link. */
  | 'unsafe-name'
  /** An entry inflates to more or fewer bytes than it declares. */
  | 'size-mismatch'
  | 'crc'
  /** Compressed data that cannot be inflated. */
  | 'damaged'
  /** The time budget ran out. */
  | 'too-slow';

export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
    /** The entry concerned, when there is one. */
    readonly entry?: string,
  ) {
    super(entry === undefined ? detail : `${entry}: ${detail}`);
    this.name = 'ZipReadError';
  }
}

/**
 * The time one verification may take. Shared by every read of that verification; `tick()` between
 * chunks throws `too-slow` past the deadline and lets the page breathe every few milliseconds.
 */
export class ZipBudget {
  private readonly deadline: number;
  private lastYield: number;

  constructor(
    timeMs: number = ZIP_LIMITS.timeMs,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.deadline = now() + timeMs;
    this.lastYield = now();
  }

  /** Throws `too-slow` past the deadline. */
  check(): void {
    if (this.now() > this.deadline) throw new ZipReadError('too-slow', 'time budget exceeded');
  }

  /** `check()`, then a pause (a macrotask) when the page has not had one for a while. */
  async tick(): Promise<void> {
    this.check();
    if (this.now() - this.lastYield < 25) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.lastYield = this.now();
    this.check();
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** Where the entry's data starts and ends (after its local header; before its data descriptor). */
  dataStart: number;
  dataEnd: number;
}

const u16 = (v: DataView, o: number) => v.getUint16(o, true);
const u32 = (v: DataView, o: number) => v.getUint32(o, true);

async function bytesOf(blob: Blob, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.slice(start, end).arrayBuffer());
}

/** Reads small ranges in order through one window: a read brings at least `ahead` bytes (up to 64 KiB). */
class Window {
  private start = 0;
  private bytes = new Uint8Array(0);

  constructor(private readonly blob: Blob) {}

  async get(start: number, length: number, ahead = 0): Promise<Uint8Array<ArrayBuffer>> {
    if (start < this.start || start + length > this.start + this.bytes.length) {
      this.start = start;
      const size = Math.max(length, Math.min(ahead, 64 * 1024));
      this.bytes = await bytesOf(this.blob, start, Math.min(this.blob.size, start + size));
    }
    const from = start - this.start;
    return new Uint8Array(
      this.bytes.buffer,
      this.bytes.byteOffset + from,
      Math.max(0, Math.min(length, this.bytes.length - from)),
    );
  }
}

/** Extra-field IDs refused: ZIP64 sizes, Info-ZIP Unicode path (renames the file in some tools only), AES encryption. */
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const EXTRA_AES = 0x9901;

function checkExtra(extra: Uint8Array, name: string): void {
  const v = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) throw new ZipReadError('not-zip', 'malformed extra field', name);
    const id = u16(v, at);
    const length = u16(v, at + 2);
    if (at + 4 + length > extra.length) throw new ZipReadError('not-zip', 'malformed extra field', name);
    if (id === EXTRA_ZIP64) throw new ZipReadError('unsupported', 'ZIP64 extra field', name);
    if (id === EXTRA_AES) throw new ZipReadError('unsupported', 'encrypted', name);
    if (id === EXTRA_UNICODE_PATH) throw new ZipReadError('unsafe-name', 'Unicode path extra field', name);
    at += 4 + length;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The entry's name, or `unsafe-name` when tools could read or place it differently. */
function nameOf(bytes: Uint8Array, flags: number): string {
  const shown = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (bytes.length === 0) throw new ZipReadError('unsafe-name', 'empty name');
  // Without the UTF-8 flag, tools read bytes above 0x7F as code page 437 (or the system's).
  if (!(flags & FLAG_UTF8) && bytes.some((b) => b >= 0x80))
    throw new ZipReadError('unsafe-name', 'non-ASCII name without the UTF-8 flag', shown);
  let name: string;
  try {
    name = utf8.decode(bytes);
  } catch {
    throw new ZipReadError('unsafe-name', 'name is not UTF-8', shown);
  }
  if (
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name
      .split('/')
      .some((segment, i, all) => segment === '..' || segment === '.' || (segment === '' && i < all.length - 1))
  )
    throw new ZipReadError('unsafe-name', 'absolute path, "..", backslash or NUL', name);
  return name;
}

/** The key two names collide on when extracted to a case-insensitive or normalising file system. */
const collisionKey = (name: string) => name.normalize('NFC').toLowerCase();

/** The one end-of-central-directory record, which ends the file exactly. */
async function findEnd(blob: Blob) {
  const tailStart = Math.max(0, blob.size - 22 - 0xffff);
  const tail = await bytesOf(blob, tailStart, blob.size);
  const view = new DataView(tail.buffer);
  const found: number[] = [];
  for (let i = tail.length - 22; i >= 0; i--)
    if (u32(view, i) === SIG_END && i + 22 + u16(view, i + 20) === tail.length) found.push(i);
  if (found.length === 0) {
    // An end record followed by bytes it does not account for: something was appended.
    for (let i = tail.length - 22; i >= 0; i--)
      if (u32(view, i) === SIG_END && i + 22 + u16(view, i + 20) < tail.length)
        throw new ZipReadError('hidden-data', 'bytes after the end record');
    throw new ZipReadError('not-zip', 'no end of central directory');
  }
  // A second record hidden in the comment would make tools disagree on where the archive ends.
  if (found.length > 1) throw new ZipReadError('hidden-data', 'two end records');
  const at = found[0]!;
  return {
    offset: tailStart + at,
    disk: u16(view, at + 4),
    cdDisk: u16(view, at + 6),
    countOnDisk: u16(view, at + 8),
    count: u16(view, at + 10),
    cdSize: u32(view, at + 12),
    cdOffset: u32(view, at + 16),
  };
}

/**
 * The entries of a ZIP, in file order, after the whole structure is checked (see the top of this
 * file); nothing is inflated yet. Throws `ZipReadError`.
 */
export async function readZipDirectory(
  blob: Blob,
  limits: ZipLimits = ZIP_LIMITS,
  budget = new ZipBudget(limits.timeMs),
): Promise<ZipEntry[]> {
  if (blob.size > limits.fileBytes) throw new ZipReadError('too-large', `${blob.size} bytes`);
  if (blob.size < 22) throw new ZipReadError('not-zip', 'too short');
  const end = await findEnd(blob);
  if (end.count === 0xffff || end.cdSize === 0xffffffff || end.cdOffset === 0xffffffff)
    throw new ZipReadError('unsupported', 'ZIP64');
  if (end.disk !== 0 || end.cdDisk !== 0 || end.countOnDisk !== end.count)
    throw new ZipReadError('unsupported', 'several disks');
  if (end.count > limits.entries) throw new ZipReadError('too-many-entries', `${end.count} entries`);
  if (end.cdOffset + end.cdSize > end.offset) throw new ZipReadError('not-zip', 'central directory out of bounds');
  if (end.cdOffset + end.cdSize < end.offset)
    throw new ZipReadError('hidden-data', 'bytes between the central directory and its end record');
  if (end.count === 0 && end.cdOffset !== 0) throw new ZipReadError('hidden-data', 'bytes before an empty directory');

  const cd = await bytesOf(blob, end.cdOffset, end.cdOffset + end.cdSize);
  const dir = new DataView(cd.buffer);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let inflated = 0;
  let at = 0;
  for (let n = 0; n < end.count; n++) {
    if (n % 256 === 255) await budget.tick();
    if (at + 46 > cd.length || u32(dir, at) !== SIG_CENTRAL) throw new ZipReadError('not-zip', 'bad central directory');
    const madeBy = u16(dir, at + 4);
    const flags = u16(dir, at + 8);
    const method = u16(dir, at + 10);
    const crc = u32(dir, at + 16);
    const compressedSize = u32(dir, at + 20);
    const size = u32(dir, at + 24);
    const nameLength = u16(dir, at + 28);
    const extraLength = u16(dir, at + 30);
    const commentLength = u16(dir, at + 32);
    const disk = u16(dir, at + 34);
    const attributes = u32(dir, at + 38);
    const localOffset = u32(dir, at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > cd.length) throw new ZipReadError('not-zip', 'bad central directory');
    const name = nameOf(cd.subarray(at + 46, at + 46 + nameLength), flags);
    checkExtra(cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), name);
    at = next;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      throw new ZipReadError('unsupported', 'ZIP64', name);
    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS))
      throw new ZipReadError('unsupported', 'encrypted', name);
    if (disk !== 0) throw new ZipReadError('unsupported', 'several disks', name);
    if (method !== 0 && method !== 8) throw new ZipReadError('unsupported', `method ${method}`, name);
    // Java's ZipInputStream cannot find the end of stored data followed by a descriptor.
    if (method === 0 && flags & FLAG_DESCRIPTOR)
      throw new ZipReadError('unsupported', 'stored entry with a data descriptor', name);
    if (madeBy >> 8 === 3 && ((attributes >>> 16) & 0o170000) === 0o120000)
      throw new ZipReadError('unsafe-name', 'symbolic link', name);
    if (method === 0 && compressedSize !== size) throw new ZipReadError('size-mismatch', 'stored sizes differ', name);
    if (size > limits.entryBytes) throw new ZipReadError('bomb', `${size} bytes`, name);
    if (size > limits.ratioFloorBytes && size > compressedSize * limits.ratio)
      throw new ZipReadError('bomb', `ratio ${Math.round(size / Math.max(1, compressedSize))}`, name);
    total += size;
    if (method === 8) inflated += size;
    const key = collisionKey(name);
    if (names.has(key)) throw new ZipReadError('duplicate-name', 'twice', name);
    names.add(key);
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset, dataStart: 0, dataEnd: 0 });
  }
  if (at !== cd.length) throw new ZipReadError('hidden-data', 'bytes after the last central entry');

  // The local side: every header as its central entry says, and the entries tiling [0, cdOffset).
  entries.sort((a, b) => a.localOffset - b.localOffset);
  const window = new Window(blob);
  let expected = 0;
  for (const [n, e] of entries.entries()) {
    if (n % 64 === 63) await budget.tick();
    if (e.localOffset < expected) throw new ZipReadError('overlap', 'overlaps the entry before it', e.name);
    if (e.localOffset > expected)
      throw new ZipReadError(
        'hidden-data',
        expected === 0 ? 'bytes before the first entry' : 'bytes before this entry',
        e.name,
      );
    if (e.localOffset + 30 > end.cdOffset)
      throw new ZipReadError('overlap', 'local header inside the directory', e.name);
    // Enough for this header and, when the entry is small, the next one's.
    const next = entries[n + 1]?.localOffset ?? end.cdOffset;
    const reach = next - e.localOffset + 1024;
    const head = await window.get(e.localOffset, 30, reach <= 64 * 1024 ? reach : 1024);
    const h = new DataView(head.buffer, head.byteOffset, head.byteLength);
    if (head.length < 30 || u32(h, 0) !== SIG_LOCAL) throw new ZipReadError('mismatch', 'no local header', e.name);
    const nameLength = u16(h, 26);
    const extraLength = u16(h, 28);
    const rest = await window.get(e.localOffset + 30, nameLength + extraLength);
    if (rest.length < nameLength + extraLength) throw new ZipReadError('not-zip', 'truncated local header', e.name);
    const localName = rest.subarray(0, nameLength);
    const centralName = new TextEncoder().encode(e.name);
    if (localName.length !== centralName.length || localName.some((b, i) => b !== centralName[i]))
      throw new ZipReadError('mismatch', 'local header names another file', e.name);
    if (u16(h, 6) !== e.flags) throw new ZipReadError('mismatch', 'flags differ', e.name);
    if (u16(h, 8) !== e.method) throw new ZipReadError('mismatch', 'method differs', e.name);
    const [crc, csize, size] = [u32(h, 14), u32(h, 18), u32(h, 22)];
    const descriptor = (e.flags & FLAG_DESCRIPTOR) !== 0;
    const agrees = (local: number, central: number) => local === central || (descriptor && local === 0);
    if (!agrees(crc, e.crc) || !agrees(csize, e.compressedSize) || !agrees(size, e.size))
      throw new ZipReadError('mismatch', 'CRC or sizes differ', e.name);
    checkExtra(rest.subarray(nameLength), e.name);
    e.dataStart = e.localOffset + 30 + nameLength + extraLength;
    e.dataEnd = e.dataStart + e.compressedSize;
    expected = e.dataEnd;
    if (descriptor) {
      const d = await window.get(e.dataEnd, 16);
      const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
      const fields = (o: number) =>
        d.length >= o + 12 && u32(dv, o) === e.crc && u32(dv, o + 4) === e.compressedSize && u32(dv, o + 8) === e.size;
      if (d.length >= 16 && u32(dv, 0) === SIG_DESCRIPTOR && fields(4)) expected += 16;
      else if (fields(0)) expected += 12;
      else throw new ZipReadError('mismatch', 'data descriptor differs', e.name);
    }
    if (expected > end.cdOffset) throw new ZipReadError('overlap', 'data runs into the directory', e.name);
  }
  if (expected !== end.cdOffset) throw new ZipReadError('hidden-data', 'bytes before the central directory');
  // The totals once the structure holds: entries that share data are refused as such first.
  if (total > limits.totalBytes) throw new ZipReadError('bomb', `${total} bytes in all`);
  if (inflated > limits.inflatedBytes) throw new ZipReadError('bomb', `${inflated} bytes to inflate in all`);
  return entries;
}

/** What fflate's `Inflate` keeps between pushes (fflate 0.8, pinned): its state and unread input. */
interface InflateState {
  s: { f?: number; l?: unknown; p?: number };
  p: Uint8Array;
}

function stateOf(inflate: Inflate): InflateState {
  const state = inflate as unknown as Partial<InflateState>;
  if (typeof state.s !== 'object' || state.s === null || !(state.p instanceof Uint8Array))
    throw new Error('fflate Inflate state not as expected');
  return state as InflateState;
}

/** The stream's last block is done. */
const streamEnded = (s: InflateState) => Boolean(s.s.f) && !s.s.l;
/** Whole bytes pushed after the stream's end (the partly read last byte is padding). */
const bytesAfterEnd = (s: InflateState) => s.p.length - ((s.s.p ?? 0) & 7 ? 1 : 0);

const READ = 1024 * 1024;
/** One push of 64 KiB inflates to at most ~64 MiB (deflate's ratio is bounded near 1032:1); smaller pushes cost more. */
const PUSH = 64 * 1024;

/**
 * The bytes of one entry from `readZipDirectory`, exactly its declared size and CRC-32: inflating
 * stops as soon as it yields more; a deflate stream must end exactly at the entry's end.
 */
export async function readZipEntry(
  blob: Blob,
  entry: ZipEntry,
  budget = new ZipBudget(),
): Promise<Uint8Array<ArrayBuffer>> {
  const { name, dataStart: start, dataEnd: end } = entry;
  if (end > blob.size || end - start !== entry.compressedSize) throw new ZipReadError('not-zip', 'out of bounds', name);
  const out = new Uint8Array(entry.size);
  let written = 0;
  let crc = 0;
  if (entry.method === 0) {
    for (let at = start; at < end; at += READ) {
      await budget.tick();
      const bytes = await bytesOf(blob, at, Math.min(end, at + READ));
      out.set(bytes, written);
      written += bytes.length;
      crc = crc32(bytes, crc);
    }
  } else {
    let overflow = false;
    const inflate = new Inflate((chunk) => {
      if (overflow || chunk.length === 0) return;
      if (written + chunk.length > out.length) {
        overflow = true;
        return;
      }
      out.set(chunk, written);
      written += chunk.length;
      crc = crc32(chunk, crc);
    });
    const state = stateOf(inflate);
    const stop = () => {
      if (overflow) throw new ZipReadError('size-mismatch', 'inflates past its declared size', name);
      if (streamEnded(state) && bytesAfterEnd(state) > 0)
        throw new ZipReadError('hidden-data', 'bytes after the end of its compressed data', name);
    };
    try {
      if (start === end) inflate.push(new Uint8Array(0), true);
      for (let at = start; at < end; at += READ) {
        const last = Math.min(end, at + READ);
        const bytes = await bytesOf(blob, at, last);
        for (let i = 0; i < bytes.length; i += PUSH) {
          await budget.tick();
          inflate.push(bytes.subarray(i, i + PUSH), last === end && i + PUSH >= bytes.length);
          stop();
        }
      }
    } catch (error) {
      if (error instanceof ZipReadError) throw error;
      if (overflow) throw new ZipReadError('size-mismatch', 'inflates past its declared size', name);
      throw new ZipReadError('damaged', error instanceof Error ? error.message : 'bad compressed data', name);
    }
    stop();
    if (!streamEnded(state)) throw new ZipReadError('damaged', 'compressed data does not end', name);
  }
  if (written !== out.length) throw new ZipReadError('size-mismatch', 'shorter than declared', name);
  if (crc !== entry.crc) throw new ZipReadError('crc', 'CRC-32 differs', name);
  return out;
}
