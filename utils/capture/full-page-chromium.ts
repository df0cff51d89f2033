/** Chromium's full page: scroll the reported tab in front, picture each viewport, stitch the slices into parts. */
import { browser } from 'wxt/browser';
import { dataUrlToBytes } from './hash';
import { captureThrottle } from './throttle';
import { planParts, planScrollPositions, type PagePart } from './full-page-plan';
import { CaptureError } from './errors';
import type { CaptureEvents } from './context';
import { preparePage, readScroll, restorePage, scrollPage, type Metrics } from './full-page-in-page';
import {
  assertStillReported,
  inject,
  limitHeight,
  MAX_PART_HEIGHT,
  throwIfCancelled,
  type Captured,
  type FullPageOptions,
  type Reported,
} from './full-page-common';

async function toBitmap(dataUrl: string) {
  const { mime, bytes } = dataUrlToBytes(dataUrl);
  return createImageBitmap(new Blob([bytes], { type: mime }));
}

/**
 * Draws viewport slices into the output parts, keeping only the canvases of the parts being
 * drawn (one, two where a slice straddles a boundary): a part is encoded to PNG and its canvas
 * dropped as soon as no later slice can reach it. Memory does not grow with the page.
 */
class Stitcher {
  private readonly canvases = new Map<number, OffscreenCanvas>();
  private next = 0;
  readonly blobs: Blob[] = [];

  constructor(
    private readonly parts: PagePart[],
    private readonly width: number,
    private readonly dpr: number,
  ) {}

  private canvas(i: number) {
    let canvas = this.canvases.get(i);
    if (!canvas) {
      canvas = new OffscreenCanvas(this.width, Math.round(this.parts[i]!.height * this.dpr));
      this.canvases.set(i, canvas);
    }
    return canvas;
  }

  /** Draws a viewport capture taken at page offset `top` into every part it overlaps. */
  draw(bitmap: ImageBitmap, top: number, viewportHeight: number) {
    for (let i = this.next; i < this.parts.length; i++) {
      const part = this.parts[i]!;
      const from = Math.max(top, part.top);
      const to = Math.min(top + viewportHeight, part.top + part.height);
      if (part.top >= top + viewportHeight) break;
      if (to <= from) continue;
      const sy = (from - top) * this.dpr;
      const h = (to - from) * this.dpr;
      this.canvas(i)
        .getContext('2d')!
        .drawImage(bitmap, 0, sy, bitmap.width, h, 0, (from - part.top) * this.dpr, bitmap.width, h);
    }
  }

  /** Encodes, in order, every part that ends at or above `bottom` (all of them by default). */
  async finish(bottom = Infinity) {
    while (this.next < this.parts.length) {
      const part = this.parts[this.next]!;
      if (part.top + part.height > bottom) break;
      const canvas = this.canvas(this.next);
      this.blobs.push(await canvas.convertToBlob({ type: 'image/png' }));
      this.canvases.delete(this.next);
      this.next++;
    }
  }
}

/**
 * Chromium: scroll and stitch. The first viewport keeps fixed/sticky elements (headers as the
 * user saw them); they are hidden for the rest so they do not repeat down the image. Captures go
 * through the shared throttle (2 per second). Before every slice (and again after its picture)
 * the reported tab must still be in front on the same address; aborts if it is not, if the page
 * height changes, if the user scrolls or cancels. The page is always restored.
 */
export async function captureChromium(
  draftId: string,
  reported: Reported,
  first: Metrics,
  events: CaptureEvents,
  options: FullPageOptions,
): Promise<Captured> {
  const { signal } = options;
  const throttle = options.throttle ?? captureThrottle;
  const settleMs = options.settleMs ?? 80;
  const { tabId, windowId } = reported;
  const { height, cutFrom } = limitHeight(first.scrollHeight, first.innerHeight);
  const positions = planScrollPositions(height, first.innerHeight);
  const dpr = first.devicePixelRatio;
  const stitcher = new Stitcher(
    planParts(height, Math.floor(MAX_PART_HEIGHT / dpr)),
    Math.round(first.innerWidth * dpr),
    dpr,
  );
  // Marks what this capture hides, so that only that is restored (see preparePage).
  const token = crypto.randomUUID();
  try {
    for (const [i, y] of positions.entries()) {
      throwIfCancelled(signal);
      await assertStillReported(reported, true);
      events.progress(draftId, i, positions.length);
      const at = await inject(tabId, scrollPage, y);
      if (Math.abs(at.scrollHeight - first.scrollHeight) > 2)
        throw new CaptureError('page-changed', 'the page height changed');
      if (i === 1) await inject(tabId, preparePage, true, token);
      // Let the page paint after scrolling before taking the picture.
      if (settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
      // Checked again inside the queue, right before the picture: the queue may have waited.
      const dataUrl = await throttle.run(async () => {
        throwIfCancelled(signal);
        await assertStillReported(reported, true);
        return browser.tabs.captureVisibleTab(windowId, { format: 'png' });
      });
      // And after it: a switch during the call would have pictured another tab.
      await assertStillReported(reported, true);
      const check = await inject(tabId, readScroll);
      if (Math.abs(check.scrollY - at.scrollY) > 1) throw new CaptureError('user-scrolled');
      if (Math.abs(check.scrollHeight - first.scrollHeight) > 2)
        throw new CaptureError('page-changed', 'the page height changed');
      const bitmap = await toBitmap(dataUrl);
      try {
        stitcher.draw(bitmap, at.scrollY, first.innerHeight);
      } finally {
        bitmap.close();
      }
      // Later slices start at or below this one: parts above its bottom are complete.
      if (i < positions.length - 1) await stitcher.finish(at.scrollY + first.innerHeight);
    }
  } finally {
    await inject(tabId, restorePage, first.scrollX, first.scrollY, token).catch(() => undefined);
  }
  await stitcher.finish();
  events.progress(draftId, positions.length, positions.length);
  return cutFrom === undefined ? { blobs: stitcher.blobs } : { blobs: stitcher.blobs, cutFrom };
}
