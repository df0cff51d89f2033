import { describe, expect, it } from 'vitest';
import {
  applyKeyCommand,
  applyRedaction,
  BLUR_MIN_CELL,
  blurGrid,
  canAddRegion,
  newRegion,
  normalizeRegion,
  normalizeRegions,
  REDACTION_MAX_REGIONS,
  regionFromPoints,
  regionKeyCommand,
  type RawImage,
  type RedactionRegion,
} from '@/utils/export/redact';
import { redactionSchema } from '@/utils/report/draft';

const size = { width: 200, height: 100 };

/** An image whose every pixel differs from its neighbours (high frequency), opaque. */
function noisy(width: number, height: number, seed = 1): RawImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let s = seed;
  for (let i = 0; i < data.length; i += 4) {
    const p = i / 4;
    const checker = ((p % width) + Math.floor(p / width)) % 2 === 0 ? 255 : 0;
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    data[i] = checker;
    data[i + 1] = (s >> 16) & 0xff;
    data[i + 2] = 255 - checker;
    data[i + 3] = 255;
  }
  return { width, height, data };
}

const pixel = (img: RawImage, x: number, y: number) =>
  Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));
const inside = (r: RedactionRegion, x: number, y: number) =>
  x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
const copy = (img: RawImage): RawImage => ({ ...img, data: new Uint8ClampedArray(img.data) });

/** Coordinates of the pixels outside `regions` whose bytes changed (one `expect`, not one per pixel). */
function changedOutside(out: RawImage, original: RawImage, regions: RedactionRegion[]): string[] {
  const changed: string[] = [];
  for (let y = 0; y < original.height; y++)
    for (let x = 0; x < original.width; x++)
      if (!regions.some((r) => inside(r, x, y)) && pixel(out, x, y).join() !== pixel(original, x, y).join())
        changed.push(`${x},${y}`);
  return changed;
}

/** The distinct colours inside a rectangle. */
function colours(img: RawImage, r: Pick<RedactionRegion, 'x' | 'y' | 'width' | 'height'>): Set<string> {
  const values = new Set<string>();
  for (let y = r.y; y < r.y + r.height; y++)
    for (let x = r.x; x < r.x + r.width; x++) values.add(pixel(img, x, y).join());
  return values;
}

describe('regions', () => {
  it('grows a drawn rectangle to whole pixels, any corner first', () => {
    expect(normalizeRegion({ x: 10.6, y: 5.2, width: 20.1, height: 9.9 }, 'blur', size)).toEqual({
      x: 10,
      y: 5,
      width: 21,
      height: 11,
      mode: 'blur',
    });
    // Drawn from the bottom-right corner up to the top-left.
    expect(regionFromPoints({ x: 50, y: 40 }, { x: 20, y: 10 }, 'black', size)).toEqual({
      x: 20,
      y: 10,
      width: 30,
      height: 30,
      mode: 'black',
    });
  });

  it('cuts a rectangle to the image, and drops one outside it or empty', () => {
    expect(normalizeRegion({ x: -30, y: 90, width: 60, height: 50 }, 'black', size)).toEqual({
      x: 0,
      y: 90,
      width: 30,
      height: 10,
      mode: 'black',
    });
    expect(normalizeRegion({ x: 190, y: -5, width: 500, height: 500 }, 'blur', size)).toEqual({
      x: 190,
      y: 0,
      width: 10,
      height: 100,
      mode: 'blur',
    });
    expect(normalizeRegion({ x: 250, y: 10, width: 20, height: 20 }, 'blur', size)).toBeNull();
    expect(normalizeRegion({ x: 10, y: 10, width: 0, height: 20 }, 'blur', size)).toBeNull();
    expect(regionFromPoints({ x: 10.3, y: 4 }, { x: 10.3, y: 40 }, 'blur', size)).toBeNull();
    expect(normalizeRegion({ x: Number.NaN, y: 10, width: 5, height: 20 }, 'blur', size)).toBeNull();
    expect(normalizeRegion({ x: 0, y: 0, width: Infinity, height: 20 }, 'blur', size)).toBeNull();
  });

  it('keeps at most REDACTION_MAX_REGIONS regions, and the stored schema refuses more', () => {
    const many = Array.from({ length: REDACTION_MAX_REGIONS + 5 }, (_, i) => ({
      x: i,
      y: 0,
      width: 5,
      height: 5,
      mode: 'black' as const,
    }));
    const kept = normalizeRegions(many, size);
    expect(kept).toHaveLength(REDACTION_MAX_REGIONS);
    expect(canAddRegion(kept)).toBe(false);
    expect(canAddRegion(kept.slice(1))).toBe(true);
    expect(newRegion(kept, 'blur', size)).toBeNull();
    const record = { originalSha256: 'a'.repeat(64), regions: many };
    expect(redactionSchema.safeParse(record).success).toBe(false);
    expect(redactionSchema.safeParse({ ...record, regions: kept }).success).toBe(true);
    expect(redactionSchema.safeParse({ ...record, regions: [] }).success).toBe(false);
  });

  it('adds regions inside the image, each shifted from the last', () => {
    const first = newRegion([], 'blur', size)!;
    expect(first).toEqual({ x: 75, y: 38, width: 50, height: 25, mode: 'blur' });
    const second = newRegion([first], 'black', size)!;
    expect(second).toMatchObject({ x: 85, y: 48, mode: 'black' });
    const tiny = newRegion([first, second], 'blur', { width: 3, height: 2 })!;
    expect(tiny.x + tiny.width).toBeLessThanOrEqual(3);
    expect(tiny.y + tiny.height).toBeLessThanOrEqual(2);
  });
});

describe('keyboard', () => {
  it('arrows move by 1 px, with Shift by 10; Alt or Ctrl resize; Delete and Backspace remove', () => {
    expect(regionKeyCommand({ key: 'ArrowRight' })).toEqual({ kind: 'move', dx: 1, dy: 0 });
    expect(regionKeyCommand({ key: 'ArrowUp', shiftKey: true })).toEqual({ kind: 'move', dx: 0, dy: -10 });
    expect(regionKeyCommand({ key: 'ArrowDown', altKey: true })).toEqual({ kind: 'resize', dw: 0, dh: 1 });
    expect(regionKeyCommand({ key: 'ArrowLeft', ctrlKey: true, shiftKey: true })).toEqual({
      kind: 'resize',
      dw: -10,
      dh: 0,
    });
    expect(regionKeyCommand({ key: 'Delete' })).toEqual({ kind: 'delete' });
    expect(regionKeyCommand({ key: 'Backspace' })).toEqual({ kind: 'delete' });
    expect(regionKeyCommand({ key: 'ArrowLeft', metaKey: true })).toBeNull();
    expect(regionKeyCommand({ key: 'a' })).toBeNull();
    expect(regionKeyCommand({ key: 'Tab' })).toBeNull();
  });

  it('moves stop at the image edge with the size kept; resizes keep 1 px and stay inside', () => {
    const r: RedactionRegion = { x: 5, y: 5, width: 20, height: 10, mode: 'blur' };
    expect(applyKeyCommand(r, { kind: 'move', dx: 1, dy: 0 }, size)).toMatchObject({ x: 6, y: 5, width: 20 });
    expect(applyKeyCommand(r, { kind: 'move', dx: -10, dy: -10 }, size)).toMatchObject({ x: 0, y: 0, width: 20 });
    expect(applyKeyCommand({ ...r, x: 175 }, { kind: 'move', dx: 10, dy: 0 }, size)).toMatchObject({
      x: 180,
      width: 20,
    });
    expect(applyKeyCommand(r, { kind: 'resize', dw: 10, dh: -1 }, size)).toMatchObject({ width: 30, height: 9 });
    expect(applyKeyCommand(r, { kind: 'resize', dw: -100, dh: -100 }, size)).toMatchObject({ width: 1, height: 1 });
    expect(applyKeyCommand({ ...r, x: 190 }, { kind: 'resize', dw: 10, dh: 1000 }, size)).toMatchObject({
      width: 10,
      height: 95,
    });
    expect(applyKeyCommand(r, { kind: 'move', dx: 1, dy: 1 }, size).mode).toBe('blur');
  });
});

describe('applyRedaction', () => {
  it('black: opaque black inside, every byte outside untouched', () => {
    const original = noisy(64, 48);
    const region: RedactionRegion = { x: 10, y: 7, width: 21, height: 13, mode: 'black' };
    const out = applyRedaction(copy(original), [region]);
    expect([...colours(out, region)]).toEqual(['0,0,0,255']);
    expect(colours(original, region).size).toBeGreaterThan(100);
    expect(changedOutside(out, original, [region])).toEqual([]);
  });

  it('blur: each cell of a high-frequency pattern becomes one flat colour; outside untouched', () => {
    const original = noisy(120, 90);
    const region: RedactionRegion = { x: 13, y: 9, width: 81, height: 67, mode: 'blur' };
    const out = applyRedaction(copy(original), [region]);
    const { xs, ys } = blurGrid(region);
    expect(xs.length).toBeGreaterThan(2);
    for (let row = 0; row + 1 < ys.length; row++)
      for (let col = 0; col + 1 < xs.length; col++) {
        expect(xs[col + 1]! - xs[col]!).toBeGreaterThanOrEqual(BLUR_MIN_CELL);
        expect(ys[row + 1]! - ys[row]!).toBeGreaterThanOrEqual(BLUR_MIN_CELL);
        const values = colours(out, {
          x: region.x + xs[col]!,
          y: region.y + ys[row]!,
          width: xs[col + 1]! - xs[col]!,
          height: ys[row + 1]! - ys[row]!,
        });
        expect(values.size).toBe(1);
        const [r, g, b, a] = [...values][0]!.split(',').map(Number);
        expect(a).toBe(255);
        for (const c of [r, g, b]) expect(c === 255 || c! % 32 === 0).toBe(true);
      }
    // Across the whole region: a few flat colours, not the hundreds of the pattern.
    expect(colours(original, region).size).toBeGreaterThan(200);
    expect(colours(out, region).size).toBeLessThanOrEqual((xs.length - 1) * (ys.length - 1));
    expect(changedOutside(out, original, [region])).toEqual([]);
  });

  it('blur keeps nothing of the detail: two different patterns with the same cell means give the same pixels', () => {
    const a = noisy(64, 64, 7);
    const b = copy(a);
    // b: a with each horizontal pair of pixels swapped (same means per even-width cell, different detail).
    for (let y = 0; y < 64; y++)
      for (let x = 0; x < 64; x += 2) {
        const i = (y * 64 + x) * 4;
        for (let c = 0; c < 4; c++) [b.data[i + c], b.data[i + 4 + c]] = [a.data[i + 4 + c]!, a.data[i + c]!];
      }
    expect(b.data).not.toEqual(a.data);
    const region: RedactionRegion = { x: 0, y: 0, width: 64, height: 64, mode: 'blur' };
    expect(blurGrid(region).xs.every((x) => x % 2 === 0)).toBe(true);
    expect(applyRedaction(copy(a), [region]).data).toEqual(applyRedaction(copy(b), [region]).data);
  });

  it('a blur region smaller than a cell becomes one colour; cells never cross the region edge', () => {
    const original = noisy(40, 40);
    const region: RedactionRegion = { x: 3, y: 4, width: 9, height: 5, mode: 'blur' };
    const out = applyRedaction(copy(original), [region]);
    expect(colours(out, region).size).toBe(1);
    expect(changedOutside(out, original, [region])).toEqual([]);
  });

  it('black wins where black and blur overlap; regions outside the image are cut, not written past it', () => {
    const original = noisy(50, 30);
    const blur: RedactionRegion = { x: 0, y: 0, width: 40, height: 30, mode: 'blur' };
    const black = { x: 30, y: 20, width: 100, height: 100, mode: 'black' } as RedactionRegion;
    const out = applyRedaction(copy(original), [black, blur]);
    expect(out.data.length).toBe(original.data.length);
    expect(pixel(out, 35, 25)).toEqual([0, 0, 0, 255]);
    expect(pixel(out, 49, 29)).toEqual([0, 0, 0, 255]);
    expect(pixel(out, 45, 5)).toEqual(pixel(original, 45, 5));
    expect(pixel(out, 5, 5)).not.toEqual([0, 0, 0, 255]);
  });

  it('refuses pixel data that does not match the image size', () => {
    expect(() => applyRedaction({ width: 10, height: 10, data: new Uint8ClampedArray(12) }, [])).toThrow();
  });
});
