/**
 * Builds ZIP files byte by byte for the reader's tests, hostile ones included: local entries and
 * central entries are written independently, so they can disagree, overlap, hide or repeat.
 * CRC-32 from node:zlib (not the code under test).
 */
import { crc32 } from 'node:zlib';
import { deflateRawSync } from 'node:zlib';

export interface EntrySpec {
  name: string;
  /** The bytes as stored in the archive (already deflated for method 8). */
  data: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  flags: number;
  extra?: Uint8Array;
  /** Central only: version made by and external attributes. */
  madeBy?: number;
  attributes?: number;
}

export const encoder = new TextEncoder();

/** A stored entry for `bytes`. */
export function stored(name: string, bytes: Uint8Array, over: Partial<EntrySpec> = {}): EntrySpec {
  return {
    name,
    data: bytes,
    method: 0,
    crc: crc32(bytes),
    compressedSize: bytes.length,
    size: bytes.length,
    flags: [...encoder.encode(name)].some((b) => b >= 0x80) ? 0x800 : 0,
    ...over,
  };
}

/** A deflated entry for `bytes` (zlib's raw deflate). */
export function deflated(name: string, bytes: Uint8Array, over: Partial<EntrySpec> = {}): EntrySpec {
  const data = new Uint8Array(deflateRawSync(bytes));
  return { ...stored(name, bytes), data, method: 8, compressedSize: data.length, ...over };
}

export class Forge {
  private readonly parts: Uint8Array[] = [];
  offset = 0;

  raw(bytes: Uint8Array): this {
    this.parts.push(bytes);
    this.offset += bytes.length;
    return this;
  }

  /**
   * Writes a local header and its data; returns the central record to list it (at this offset).
   * `local` overrides what the local header says; `descriptor` writes sizes after the data.
   */
  local(
    e: EntrySpec,
    options: { local?: Partial<EntrySpec>; descriptor?: 'signed' | 'bare'; descriptorOf?: Partial<EntrySpec> } = {},
  ): EntrySpec & { offset: number } {
    const offset = this.offset;
    const l = { ...e, ...options.local };
    const name = encoder.encode(l.name);
    const extra = l.extra ?? new Uint8Array(0);
    const head = new Uint8Array(30 + name.length + extra.length);
    const v = new DataView(head.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, l.flags, true);
    v.setUint16(8, l.method, true);
    v.setUint32(14, l.crc, true);
    v.setUint32(18, l.compressedSize, true);
    v.setUint32(22, l.size, true);
    v.setUint16(26, name.length, true);
    v.setUint16(28, extra.length, true);
    head.set(name, 30);
    head.set(extra, 30 + name.length);
    this.raw(head).raw(l.data);
    if (options.descriptor) {
      const d = { ...e, ...options.descriptorOf };
      const signed = options.descriptor === 'signed';
      const bytes = new Uint8Array(signed ? 16 : 12);
      const dv = new DataView(bytes.buffer);
      let at = 0;
      if (signed) dv.setUint32((at += 4) - 4, 0x08074b50, true);
      dv.setUint32(at, d.crc, true);
      dv.setUint32(at + 4, d.compressedSize, true);
      dv.setUint32(at + 8, d.size, true);
      this.raw(bytes);
    }
    return { ...e, offset };
  }

  /** The central directory for `entries`, then the end record (and what follows it). */
  finish(
    entries: (EntrySpec & { offset: number })[],
    options: { comment?: Uint8Array; between?: Uint8Array; after?: Uint8Array; count?: number } = {},
  ): Uint8Array<ArrayBuffer> {
    const cdOffset = this.offset;
    for (const e of entries) {
      const name = encoder.encode(e.name);
      const extra = e.extra ?? new Uint8Array(0);
      const rec = new Uint8Array(46 + name.length + extra.length);
      const v = new DataView(rec.buffer);
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, e.madeBy ?? 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, e.flags, true);
      v.setUint16(10, e.method, true);
      v.setUint32(16, e.crc, true);
      v.setUint32(20, e.compressedSize, true);
      v.setUint32(24, e.size, true);
      v.setUint16(28, name.length, true);
      v.setUint16(30, extra.length, true);
      v.setUint32(38, e.attributes ?? 0, true);
      v.setUint32(42, e.offset, true);
      rec.set(name, 46);
      rec.set(extra, 46 + name.length);
      this.raw(rec);
    }
    const cdSize = this.offset - cdOffset;
    if (options.between) this.raw(options.between);
    const comment = options.comment ?? new Uint8Array(0);
    const end = new Uint8Array(22 + comment.length);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, options.count ?? entries.length, true);
    v.setUint16(10, options.count ?? entries.length, true);
    v.setUint32(12, cdSize, true);
    v.setUint32(16, cdOffset, true);
    v.setUint16(20, comment.length, true);
    end.set(comment, 22);
    this.raw(end);
    if (options.after) this.raw(options.after);
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const p of this.parts) out.set(p, (at += p.length) - p.length);
    return out;
  }
}

/** A plain, valid ZIP of `entries` (each written once, listed once, in order). */
export function zipOf(...entries: EntrySpec[]): Uint8Array<ArrayBuffer> {
  const f = new Forge();
  return f.finish(entries.map((e) => f.local(e)));
}
