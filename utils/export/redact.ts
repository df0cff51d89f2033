/**
 * Redaction of screenshots: the user hides rectangles (a victim's face or name, third parties)
 * before evidence leaves the browser. The result is a new image whose hidden pixels are destroyed,
 * not covered: the original artefact is never changed.
 *
 * Everything here but `redactArtefact` is pure. Regions are in the original image's pixels.
 *
 * Keyboard (the editor's selected region):
 * - arrows move it by 1 px, Shift + arrows by 10 px;
 * - Alt + arrows (Option on a Mac) or Ctrl + arrows resize it from its bottom-right corner
 *   (→ / ↓ grow, ← / ↑ shrink), by 1 px, or 10 px with Shift;
 * - Delete or Backspace removes it.
 * Meta (⌘) + arrows are left to the system.
 */
import { REDACTION_MAX_REGIONS, type RedactionMode, type RedactionRegion } from '@/utils/report/draft';

export { REDACTION_MAX_REGIONS, type RedactionMode, type RedactionRegion };

export interface ImageSize {
  width: number;
  height: number;
}

/** Decoded RGBA pixels, row by row (what `ImageData` is). */
export interface RawImage extends ImageSize {
  data: Uint8ClampedArray;
}

/** A rectangle as drawn: fractional, any corner first (negative size), maybe outside the image. */
export interface DrawnRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * A drawn rectangle as a region: whole pixels, grown outwards to every pixel it touches (hide
 * more rather than less), cut to the image. `null` if nothing of it is inside the image.
 */
export function normalizeRegion(rect: DrawnRect, mode: RedactionMode, size: ImageSize): RedactionRegion | null {
  const values = [rect.x, rect.y, rect.width, rect.height, size.width, size.height];
  if (!values.every(Number.isFinite) || rect.width === 0 || rect.height === 0) return null;
  const left = clamp(Math.floor(Math.min(rect.x, rect.x + rect.width)), 0, Math.floor(size.width));
  const right = clamp(Math.ceil(Math.max(rect.x, rect.x + rect.width)), 0, Math.floor(size.width));
  const top = clamp(Math.floor(Math.min(rect.y, rect.y + rect.height)), 0, Math.floor(size.height));
  const bottom = clamp(Math.ceil(Math.max(rect.y, rect.y + rect.height)), 0, Math.floor(size.height));
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left, y: top, width: right - left, height: bottom - top, mode: mode === 'black' ? 'black' : 'blur' };
}

/** Regions made valid for an image: each normalised, empty ones dropped, at most `REDACTION_MAX_REGIONS`. */
export function normalizeRegions(regions: readonly RedactionRegion[], size: ImageSize): RedactionRegion[] {
  return regions
    .map((r) => normalizeRegion(r, r.mode, size))
    .filter((r): r is RedactionRegion => r !== null)
    .slice(0, REDACTION_MAX_REGIONS);
}

/** The region between two points of a pointer drag (in image pixels). */
export function regionFromPoints(
  a: { x: number; y: number },
  b: { x: number; y: number },
  mode: RedactionMode,
  size: ImageSize,
): RedactionRegion | null {
  return normalizeRegion({ x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y }, mode, size);
}

/** Whether one more region may be added. */
export const canAddRegion = (regions: readonly unknown[]) => regions.length < REDACTION_MAX_REGIONS;

/**
 * The region the "add" button (keyboard path) creates: a quarter of the image in each direction,
 * centred, shifted by 10 px per existing region (cycling every 10) so that new ones do not hide
 * each other.
 * `null` when the list is full.
 */
export function newRegion(
  existing: readonly RedactionRegion[],
  mode: RedactionMode,
  size: ImageSize,
): RedactionRegion | null {
  if (!canAddRegion(existing) || size.width < 1 || size.height < 1) return null;
  const width = Math.max(1, Math.round(size.width / 4));
  const height = Math.max(1, Math.round(size.height / 4));
  const shift = (existing.length % 10) * 10;
  const x = clamp(Math.round((size.width - width) / 2) + shift, 0, size.width - width);
  const y = clamp(Math.round((size.height - height) / 2) + shift, 0, size.height - height);
  return { x, y, width, height, mode };
}

export type RegionKeyCommand =
  { kind: 'move'; dx: number; dy: number } | { kind: 'resize'; dw: number; dh: number } | { kind: 'delete' };

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** What a key press does to the selected region (see the module's comment); `null`: not ours. */
export function regionKeyCommand(event: KeyLike): RegionKeyCommand | null {
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'delete' };
  const arrow = ARROWS[event.key];
  if (!arrow || event.metaKey) return null;
  const step = event.shiftKey ? 10 : 1;
  const [h, v] = arrow;
  if (event.altKey || event.ctrlKey) return { kind: 'resize', dw: h * step, dh: v * step };
  return { kind: 'move', dx: h * step, dy: v * step };
}

/**
 * A region moved or resized, kept inside the image: a move stops at the edge (the size is kept),
 * a resize keeps at least 1 px and never passes the edge.
 */
export function applyKeyCommand(
  region: RedactionRegion,
  command: Exclude<RegionKeyCommand, { kind: 'delete' }>,
  size: ImageSize,
): RedactionRegion {
  if (command.kind === 'move')
    return {
      ...region,
      x: clamp(region.x + command.dx, 0, Math.max(0, size.width - region.width)),
      y: clamp(region.y + command.dy, 0, Math.max(0, size.height - region.height)),
    };
  return {
    ...region,
    width: clamp(region.width + command.dw, 1, Math.max(1, size.width - region.x)),
    height: clamp(region.height + command.dh, 1, Math.max(1, size.height - region.y)),
  };
}

/** Smallest side of a blur cell, in pixels. */
export const BLUR_MIN_CELL = 16;
/** A blurred region is at most this many cells across its shorter side. */
export const BLUR_CELLS_ACROSS = 4;

/**
 * The pixelation grid of a blur region: cell edges (offsets inside the region, first 0, last the
 * length) along x and y. Cells are at least `BLUR_MIN_CELL` px (unless the region is smaller) and
 * at least a quarter of the region's shorter side: big enough that nothing readable survives.
 * Computed from the region only, so the result never depends on where the image's own edges are.
 */
export function blurGrid(region: Pick<RedactionRegion, 'width' | 'height'>): { xs: number[]; ys: number[] } {
  const cell = Math.max(BLUR_MIN_CELL, Math.ceil(Math.min(region.width, region.height) / BLUR_CELLS_ACROSS));
  const edges = (length: number) => {
    const cells = Math.max(1, Math.floor(length / cell));
    return Array.from({ length: cells + 1 }, (_, i) => Math.round((i * length) / cells));
  };
  return { xs: edges(region.width), ys: edges(region.height) };
}

/** Colour levels kept after pixelation: each channel of a cell's mean is rounded to a multiple of 32. */
const FLATTEN_STEP = 32;
const flatten = (mean: number) => Math.min(255, Math.round(mean / FLATTEN_STEP) * FLATTEN_STEP);

/**
 * Destroys the regions' pixels, in place (returns the same image). `black`: opaque black. `blur`:
 * each grid cell (`blurGrid`) becomes one opaque colour, its mean flattened to a few levels;
 * there is no reversible filter, nothing finer than a cell survives. Blur regions are done
 * first, so black always wins where they overlap. Pixels outside every region are untouched.
 * Regions are normalised to the image first (`normalizeRegions`).
 */
export function applyRedaction<T extends RawImage>(image: T, regions: readonly RedactionRegion[]): T {
  if (image.data.length !== image.width * image.height * 4) throw new Error('Image data does not match its size');
  const valid = normalizeRegions(regions, image);
  for (const region of valid.filter((r) => r.mode === 'blur')) pixelate(image, region);
  for (const region of valid.filter((r) => r.mode === 'black')) fill(image, region, [0, 0, 0]);
  return image;
}

function fill(image: RawImage, region: Pick<RedactionRegion, 'x' | 'y' | 'width' | 'height'>, rgb: number[]) {
  const { data, width } = image;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * width + x) * 4;
      data[i] = rgb[0]!;
      data[i + 1] = rgb[1]!;
      data[i + 2] = rgb[2]!;
      data[i + 3] = 255;
    }
  }
}

function pixelate(image: RawImage, region: RedactionRegion) {
  const { data, width } = image;
  const { xs, ys } = blurGrid(region);
  for (let row = 0; row + 1 < ys.length; row++) {
    for (let col = 0; col + 1 < xs.length; col++) {
      const cell = {
        x: region.x + xs[col]!,
        y: region.y + ys[row]!,
        width: xs[col + 1]! - xs[col]!,
        height: ys[row + 1]! - ys[row]!,
      };
      const sum = [0, 0, 0];
      for (let y = cell.y; y < cell.y + cell.height; y++) {
        for (let x = cell.x; x < cell.x + cell.width; x++) {
          const i = (y * width + x) * 4;
          sum[0]! += data[i]!;
          sum[1]! += data[i + 1]!;
          sum[2]! += data[i + 2]!;
        }
      }
      const count = cell.width * cell.height;
      fill(
        image,
        cell,
        sum.map((s) => flatten(s / count)),
      );
    }
  }
}

/**
 * A redacted copy of an image artefact, as a PNG: decoded into the canvas (sRGB), regions
 * destroyed (`applyRedaction`), encoded again. Runs in a page or a worker (`createImageBitmap`,
 * `OffscreenCanvas`). Captures are opaque, so every pixel outside the regions decodes to the same
 * bytes as the original's.
 */
export async function redactArtefact(original: Blob, regions: readonly RedactionRegion[]): Promise<Blob> {
  // Default colour conversion: the canvas is sRGB, and so is the PNG written (it carries no profile).
  const bitmap = await createImageBitmap(original, { premultiplyAlpha: 'none' });
  try {
    const size = { width: bitmap.width, height: bitmap.height };
    const valid = normalizeRegions(regions, size);
    if (valid.length === 0) throw new Error('No region inside the image');
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(bitmap, 0, 0);
    const image = context.getImageData(0, 0, size.width, size.height);
    applyRedaction(image, valid);
    context.putImageData(image, 0, 0);
    return await canvas.convertToBlob({ type: 'image/png' });
  } finally {
    bitmap.close();
  }
}
