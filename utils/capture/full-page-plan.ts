/** A horizontal band of the page, in CSS pixels. */
export interface PagePart {
  top: number;
  height: number;
}

/** Splits a page of `pageHeight` CSS px into bands of at most `maxHeight` px (at least one). */
export function planParts(pageHeight: number, maxHeight: number): PagePart[] {
  const total = Math.max(1, Math.ceil(pageHeight));
  const max = Math.max(1, Math.floor(maxHeight));
  const parts: PagePart[] = [];
  for (let top = 0; top < total; top += max) parts.push({ top, height: Math.min(max, total - top) });
  return parts;
}

/**
 * Scroll offsets that cover the page with viewports of `viewportHeight`: 0, vh, 2vh…, the last
 * one clamped so it ends at the bottom (the browser clamps too; the real offset is re-read).
 */
export function planScrollPositions(pageHeight: number, viewportHeight: number): number[] {
  const vh = Math.max(1, Math.floor(viewportHeight));
  const lastTop = Math.max(0, Math.ceil(pageHeight) - vh);
  const positions: number[] = [];
  for (let y = 0; y < lastTop; y += vh) positions.push(y);
  positions.push(lastTop);
  return positions;
}
