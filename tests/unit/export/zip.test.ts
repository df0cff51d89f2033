import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  readZipDirectory,
  readZipEntry,
  ZIP_ENTRIES_MAX,
  ZIP_LIMITS,
  ZipBlobWriter,
  ZipTooManyEntriesError,
  ZipBudget,
  ZipReadError,
  type ZipProblem,
} from '@/utils/export/zip';
import { deflated, encoder, Forge, stored, zipOf } from './zip-forge';
import { pngLike } from './helpers';

/** Reads every entry as the verify page does; the problem of the first refusal, or 'ok'. */
async function problemOf(bytes: Uint8Array, limits = ZIP_LIMITS, budget?: ZipBudget): Promise<ZipProblem | 'ok'> {
  const blob = new Blob([bytes as BlobPart]);
  try {
    for (const e of await readZipDirectory(blob, limits, budget)) await readZipEntry(blob, e, budget);
    return 'ok';
  } catch (error) {
    if (error instanceof ZipReadError) return error.problem;
    throw error;
  }
}

async function readAll(bytes: Uint8Array | Blob): Promise<Record<string, Uint8Array>> {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]);
  const out: Record<string, Uint8Array> = {};
  for (const e of await readZipDirectory(blob)) out[e.name] = await readZipEntry(blob, e);
  return out;
}

const shot = pngLike(3000);
const altered = pngLike(3000, 9);
const report = encoder.encode('{"report": "as signed"}\n'.repeat(50));

describe('crc32', () => {
  it('is the CRC-32 ZIP uses, and continues over chunks', () => {
    expect(crc32(encoder.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(report.subarray(100), crc32(report.subarray(0, 100)))).toBe(crc32(report));
  });
});

describe('ZipBlobWriter writes only what the strict reader accepts', () => {
  it('stored and deflated entries, a non-ASCII name, an empty file: read back exactly, here and by fflate', async () => {
    const w = new ZipBlobWriter();
    w.add('evidence/screenshot.png', shot, { deflate: false, mtime: new Date('2026-03-01T10:00:00Z') });
    w.add('report.json', report, { deflate: true });
    w.add('évidence/note.txt', encoder.encode('é'), { deflate: true });
    w.add('empty.txt', new Uint8Array(0), { deflate: true });
    w.add('empty.bin', new Uint8Array(0), { deflate: false });
    const blob = w.end();
    const entries = await readZipDirectory(blob);
    expect(entries.map((e) => [e.name, e.method, e.flags])).toEqual([
      ['evidence/screenshot.png', 0, 0],
      ['report.json', 8, 0],
      ['évidence/note.txt', 8, 0x800],
      ['empty.txt', 8, 0],
      ['empty.bin', 0, 0],
    ]);
    const read = await readAll(blob);
    expect(read['evidence/screenshot.png']).toEqual(shot);
    expect(read['report.json']).toEqual(report);
    expect(new TextDecoder().decode(read['évidence/note.txt'])).toBe('é');
    expect(read['empty.txt']).toEqual(new Uint8Array(0));
    expect(unzipSync(new Uint8Array(await blob.arrayBuffer()))['report.json']).toEqual(report);
  });

  it('stops one entry short of the ZIP64 marker, which the reader refuses, with an error of its own', async () => {
    const w = new ZipBlobWriter();
    const empty = new Uint8Array(0);
    for (let i = 0; i < ZIP_ENTRIES_MAX; i++) w.add(`${i}`, empty, { deflate: false });
    expect(() => w.add('one-more', empty, { deflate: false })).toThrow(ZipTooManyEntriesError);
    // What was written is a valid ZIP: its end record holds the count, not the ZIP64 marker.
    const bytes = new Uint8Array(await w.end().arrayBuffer());
    const end = new DataView(bytes.buffer, bytes.length - 22);
    expect(end.getUint32(0, true)).toBe(0x06054b50);
    expect(end.getUint16(10, true)).toBe(ZIP_ENTRIES_MAX);
  });

  it('refuses the same name twice rather than writing an archive the reader refuses', () => {
    const w = new ZipBlobWriter();
    w.add('a.txt', report, { deflate: true });
    expect(() => w.add('a.txt', report, { deflate: true })).toThrow();
  });

  it('a ZIP written by a standard writer (zlib deflate, sizes in the local header) is accepted', async () => {
    expect(await problemOf(zipOf(stored('a.png', shot), deflated('b.json', report)))).toBe('ok');
  });
});

describe('the strict reader refuses what other ZIP readers would read differently', () => {
  it('an unlisted local entry holding an altered file, between, before or after the listed ones', async () => {
    for (const where of ['between', 'before', 'after'] as const) {
      const f = new Forge();
      if (where === 'before') f.local(stored('evidence/screenshot.png', altered));
      const a = f.local(stored('evidence/screenshot.png', shot));
      if (where === 'between') f.local(stored('evidence/screenshot.png', altered));
      const b = f.local(deflated('report.json', report));
      if (where === 'after') f.local(stored('evidence/screenshot.png', altered));
      expect(await problemOf(f.finish([a, b])), where).toBe('hidden-data');
    }
  });

  it('a local header that names another file', async () => {
    const f = new Forge();
    const a = f.local(stored('evidence/screenshot.png', shot), { local: { name: 'evidence/screenshot.exe' } });
    expect(await problemOf(f.finish([a]))).toBe('mismatch');
  });

  it('a local header that disagrees on flags, method, CRC or sizes', async () => {
    const cases = [
      { flags: 0x0002 },
      { method: 8 },
      { crc: crc32(altered) },
      { size: shot.length - 1, compressedSize: shot.length - 1 },
    ];
    for (const local of cases) {
      const f = new Forge();
      const a = f.local(stored('a.png', shot), { local });
      expect(await problemOf(f.finish([a])), JSON.stringify(local)).toBe('mismatch');
    }
  });

  it('overlapping entries, and two names for one entry’s data', async () => {
    const f = new Forge();
    const a = f.local(stored('a.png', shot));
    const b = f.local(stored('b.png', shot));
    // A third entry whose header sits inside a's data.
    expect(await problemOf(f.finish([a, b, { ...b, name: 'c.png', offset: a.offset + 40 }]))).toBe('overlap');
    const g = new Forge();
    const one = g.local(stored('a.png', shot));
    expect(await problemOf(g.finish([one, { ...one, name: 'b.png' }]))).toBe('overlap');
  });

  it('995 central entries sharing one deflated 1 MiB entry are refused from the structure, before inflating', async () => {
    const f = new Forge();
    const one = f.local(deflated('e0', new Uint8Array(1024 * 1024)));
    const all = Array.from({ length: 995 }, (_, i) => ({ ...one, name: `e${i}` }));
    let inflatedAny = false;
    const zip = f.finish(all);
    const blob = new Blob([zip]);
    const refusal = await readZipDirectory(blob).then(
      async (entries) => {
        inflatedAny = true;
        for (const e of entries) await readZipEntry(blob, e);
        return 'ok';
      },
      (e: unknown) => (e as ZipReadError).problem,
    );
    expect(refusal).toBe('overlap');
    expect(inflatedAny).toBe(false);
  });

  it('duplicate names, also when they differ only in case or Unicode normalisation', async () => {
    for (const [x, y] of [
      ['a.png', 'a.png'],
      ['Evidence/A.png', 'evidence/a.png'],
      ['caf\u00e9.png', 'cafe\u0301.png'],
    ] as const)
      expect(await problemOf(zipOf(stored(x, shot), stored(y, altered))), y).toBe('duplicate-name');
  });

  it('a huge-ratio entry and outsized declared sizes are refused before inflating: bomb', async () => {
    // Two entries of 1,000 MiB at ratio 117, as in the issue (an 18 MB file).
    const size = 1000 * 1024 * 1024;
    const packed = new Uint8Array(Math.ceil(size / 117));
    const f = new Forge();
    const a = f.local(stored('a.bin', packed, { method: 8, size }));
    const b = f.local(stored('b.bin', packed, { method: 8, size }));
    expect(await problemOf(f.finish([a, b]))).toBe('bomb');
    // At ratio 1,000, one entry alone.
    const zeros = deflated('zeros.bin', new Uint8Array(8 * 1024 * 1024));
    expect(zeros.size / zeros.compressedSize).toBeGreaterThan(ZIP_LIMITS.ratio);
    expect(await problemOf(zipOf(zeros))).toBe('bomb');
    // Under the ratio and the total, but more to inflate than the deflated entries may declare in all.
    const inflating = { ...ZIP_LIMITS, ratio: Number.POSITIVE_INFINITY, inflatedBytes: 2000 };
    expect(await problemOf(zipOf(deflated('a', report), stored('b', pngLike(9000))), inflating)).toBe('ok');
    expect(await problemOf(zipOf(deflated('a', report), deflated('b', report)), inflating)).toBe('bomb');
    // Under the ratio, but over the total.
    const limits = { ...ZIP_LIMITS, ratio: Number.POSITIVE_INFINITY, totalBytes: 10_000 };
    expect(await problemOf(zipOf(deflated('a', report), deflated('b', pngLike(9000))), limits)).toBe('bomb');
  });

  it('a declared size that lies, either way, is refused: size-mismatch (inflating stops at the declared size)', async () => {
    const real = deflated('report.json', report);
    expect(await problemOf(zipOf({ ...real, size: 10 }))).toBe('size-mismatch');
    expect(await problemOf(zipOf({ ...real, size: report.length + 1 }))).toBe('size-mismatch');
    expect(await problemOf(zipOf(stored('a.png', shot, { size: shot.length + 1 })))).toBe('size-mismatch');
    // Inflating stops once past the declared size: 100 MB of zeros declared as 5 bytes yields nothing more.
    const big = deflated('z', new Uint8Array(100_000_000), { size: 5 });
    await expect(
      readZipEntry(new Blob([zipOf(big)]), (await readZipDirectory(new Blob([zipOf(big)])))[0]!),
    ).rejects.toMatchObject({
      problem: 'size-mismatch',
    });
  });

  it('leading and trailing garbage, and bytes between the directory and its end record', async () => {
    const zip = zipOf(stored('a.png', shot));
    const junk = encoder.encode('MZ garbage');
    expect(await problemOf(new Uint8Array([...junk, ...zip]))).toBe('hidden-data');
    expect(await problemOf(new Uint8Array([...zip, ...junk]))).toBe('hidden-data');
    const f = new Forge();
    expect(await problemOf(f.finish([f.local(stored('a.png', shot))], { between: junk }))).toBe('hidden-data');
    // Leading bytes with every offset shifted to match (a self-extracting prefix): still hidden data.
    const g = new Forge().raw(junk);
    expect(await problemOf(g.finish([g.local(stored('a.png', shot))]))).toBe('hidden-data');
  });

  it('a second end record hidden in the comment', async () => {
    const inner = zipOf(stored('b.png', altered));
    const f = new Forge();
    expect(
      await problemOf(f.finish([f.local(stored('a.png', shot))], { comment: inner.subarray(inner.length - 22) })),
    ).toBe('hidden-data');
    // An honest comment is fine.
    const g = new Forge();
    expect(
      await problemOf(g.finish([g.local(stored('a.png', shot))], { comment: encoder.encode('made by hand') })),
    ).toBe('ok');
  });

  it('bytes after the end of a deflate stream, inside its compressed size', async () => {
    const e = deflated('report.json', report);
    const data = new Uint8Array([...e.data, ...encoder.encode('PK\u0003\u0004 hidden')]);
    expect(await problemOf(zipOf({ ...e, data, compressedSize: data.length }))).toBe('hidden-data');
  });

  it('a wrong CRC-32, damaged or empty deflate data', async () => {
    expect(await problemOf(zipOf(stored('a.png', shot, { crc: crc32(altered) })))).toBe('crc');
    expect(await problemOf(zipOf(deflated('r.json', report, { crc: 1 })))).toBe('crc');
    const e = deflated('r.json', report);
    const cut = e.data.subarray(0, e.data.length >> 1);
    expect(await problemOf(zipOf({ ...e, data: cut, compressedSize: cut.length }))).toBe('damaged');
    const bad = new Uint8Array([0xff, 0xff, 0xff, 0xff]);
    expect(await problemOf(zipOf({ ...e, data: bad, compressedSize: bad.length }))).toBe('damaged');
    expect(await problemOf(zipOf({ ...e, data: new Uint8Array(0), compressedSize: 0, size: 0, crc: 0 }))).toBe(
      'damaged',
    );
  });

  it('unsafe names: parent, absolute, backslash, NUL, a link, non-ASCII without the UTF-8 flag, a Unicode-path extra field', async () => {
    for (const name of [
      '../evil.png',
      'evidence/../../evil.png',
      '/etc/evil.png',
      'evidence\\evil.png',
      'a\u0000.png',
      'C:/x.png',
    ])
      expect(await problemOf(zipOf(stored(name, shot))), name).toBe('unsafe-name');
    const link = stored('evidence/screenshot.png', encoder.encode('/etc/passwd'), {
      madeBy: (3 << 8) | 20,
      attributes: (0o120777 << 16) >>> 0,
    });
    expect(await problemOf(zipOf(link))).toBe('unsafe-name');
    expect(await problemOf(zipOf(stored('café.png', shot, { flags: 0 })))).toBe('unsafe-name');
    const unicodePath = new Uint8Array([0x75, 0x70, 5, 0, 1, 0, 0, 0, 0x78]);
    expect(await problemOf(zipOf(stored('a.png', shot, { extra: unicodePath })))).toBe('unsafe-name');
    // A regular Unix file (mode 0644) and a directory are fine.
    const file = stored('evidence/a.png', shot, { madeBy: (3 << 8) | 20, attributes: (0o100644 << 16) >>> 0 });
    expect(await problemOf(zipOf(stored('evidence/', new Uint8Array(0)), file))).toBe('ok');
  });

  it('ZIP64, encryption, other methods, several disks, a stored entry with a data descriptor: unsupported', async () => {
    const zip64 = new Uint8Array([1, 0, 0, 0]);
    expect(await problemOf(zipOf(stored('a.png', shot, { extra: zip64 })))).toBe('unsupported');
    expect(await problemOf(zipOf(stored('a.png', shot, { flags: 1 })))).toBe('unsupported');
    expect(await problemOf(zipOf(stored('a.png', shot, { method: 12 })))).toBe('unsupported');
    const f = new Forge();
    const e = stored('a.png', shot, { flags: 0x0008 });
    expect(await problemOf(f.finish([f.local(e, { descriptor: 'signed' })]))).toBe('unsupported');
    const disks = zipOf(stored('a.png', shot));
    new DataView(disks.buffer).setUint16(disks.length - 22 + 4, 1, true);
    expect(await problemOf(disks)).toBe('unsupported');
  });

  it('deflated entries with data descriptors (signed or bare) are read when they agree, refused when not', async () => {
    for (const descriptor of ['signed', 'bare'] as const) {
      const f = new Forge();
      const e = deflated('report.json', report, { flags: 0x0008 });
      const a = f.local(e, { descriptor, local: { crc: 0, compressedSize: 0, size: 0 } });
      const b = f.local(stored('a.png', shot));
      const zip = f.finish([a, b]);
      expect(await problemOf(zip), descriptor).toBe('ok');
      expect((await readAll(zip))['report.json']).toEqual(report);
      const g = new Forge();
      const lying = g.local(e, {
        descriptor,
        descriptorOf: { size: 5 },
        local: { crc: 0, compressedSize: 0, size: 0 },
      });
      expect(await problemOf(g.finish([lying])), descriptor).toBe('mismatch');
    }
  });

  it('too many entries, too large a file', async () => {
    const many = Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) => stored(`f${i}`, new Uint8Array([i & 0xff])));
    expect(await problemOf(zipOf(...many))).toBe('too-many-entries');
    expect(await problemOf(zipOf(stored('a.png', shot)), { ...ZIP_LIMITS, fileBytes: 100 })).toBe('too-large');
  });

  it('work past the time budget is stopped with too-slow, not left to run', async () => {
    let now = 0;
    // Each look at the clock is a second later: the budget of 10 s runs out while reading.
    const budget = new ZipBudget(10_000, () => (now += 1000));
    const zip = zipOf(...Array.from({ length: 20 }, (_, i) => deflated(`r${i}.json`, report)));
    expect(await problemOf(zip, ZIP_LIMITS, budget)).toBe('too-slow');
    expect(await problemOf(zip, ZIP_LIMITS, new ZipBudget(10_000, () => 0))).toBe('ok');
  });

  it('checking the structure reads the headers, not the data: a few kB per entry at most', async () => {
    const big = Array.from({ length: 50 }, (_, i) => stored(`big${i}`, pngLike(200_000, i + 1)));
    const small = Array.from({ length: 200 }, (_, i) => deflated(`s${i}`, encoder.encode('x'.repeat(i))));
    const blob = new Blob([zipOf(...big, ...small)]);
    let read = 0;
    const counting = {
      size: blob.size,
      slice: (start: number, end: number) => {
        read += end - start;
        return blob.slice(start, end);
      },
    } as unknown as Blob;
    expect(await readZipDirectory(counting)).toHaveLength(250);
    expect(blob.size).toBeGreaterThan(10_000_000);
    expect(read).toBeLessThan(200_000);
  });

  it('a refusal names the entry concerned', async () => {
    const error = await readZipDirectory(new Blob([zipOf(stored('../evil.png', shot))])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZipReadError);
    expect((error as ZipReadError).entry).toBe('../evil.png');
  });
});
