import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { browser } from 'wxt/browser';
import { dataUrlToBytes } from './hash';
import { captureThrottle, type Throttle } from './throttle';
import { makeArtefact } from './start-report';
import { planParts, planScrollPositions, type PagePart } from './full-page-plan';
import { CaptureError, toCaptureError, toProblem } from './errors';
import type { Draft } from '@/utils/report/draft';
import type { CaptureContext, CaptureEvents } from './context';

/** Tallest image Vigie produces, in device pixels; taller pages are split into parts. */
export const MAX_PART_HEIGHT = 16_000;

/**
 * Most viewports (screens) a full-page capture covers; a taller page is cut there and the draft
 * says so (`page-cut`). In Chromium each screen costs at least 0.5 s (capture quota): 40 is
 * about 20 s, and the result at most ~32,000 CSS px tall at 800 px per screen.
 */
export const MAX_SCREENS = 40;

/**
 * Injected: measures the page and, on request, hides fixed/sticky elements (restorable). Each
 * hidden element is marked with this capture's `token` and its previous visibility
 * (`token:visible`, `token:-` for none), so that `restorePage` undoes only what this capture did:
 * a page can carry `data-vigie-hidden` attributes of its own.
 */
export function preparePage(hideFixed: boolean, token = '') {
  const root = document.documentElement;
  // A page can remove its root element: there is nothing to measure or scroll.
  if (!root) return null;
  const marker = 'data-vigie-hidden';
  const getStyle = getComputedStyle;
  if (hideFixed) {
    root.style.setProperty('scroll-behavior', 'auto', 'important');
    const all = document.querySelectorAll('body *');
    const limit = Math.min(all.length, 20000);
    for (let i = 0; i < limit; i++) {
      const el = all[i] as HTMLElement;
      const position = getStyle(el).position;
      if (position === 'fixed' || position === 'sticky') {
        el.setAttribute(marker, `${token}:${el.style.getPropertyValue('visibility') || '-'}`);
        el.style.setProperty('visibility', 'hidden', 'important');
      }
    }
  }
  return {
    scrollWidth: root.scrollWidth,
    scrollHeight: root.scrollHeight,
    innerWidth,
    innerHeight: root.clientHeight || innerHeight,
    devicePixelRatio,
    scrollX,
    scrollY,
  };
}

/** Injected: undoes what `preparePage` did with `token` (nothing else) and scrolls back to where the user was. */
export function restorePage(x: number, y: number, token: string) {
  const marker = 'data-vigie-hidden';
  for (const el of Array.from(document.querySelectorAll(`[${marker}]`)) as HTMLElement[]) {
    const value = el.getAttribute(marker) ?? '';
    if (!value.startsWith(`${token}:`)) continue;
    const previous = value.slice(token.length + 1);
    if (previous && previous !== '-') el.style.setProperty('visibility', previous);
    else el.style.removeProperty('visibility');
    el.removeAttribute(marker);
  }
  document.documentElement.style.removeProperty('scroll-behavior');
  scrollTo(x, y);
}

/** Injected: scrolls and reports where the page really is and how tall it is now. */
function scrollPage(y: number) {
  scrollTo(0, y);
  return { scrollY, scrollHeight: document.documentElement.scrollHeight };
}

/** Injected: where the page is, to detect a user scrolling during the capture. */
function readScroll() {
  return { scrollY, scrollHeight: document.documentElement.scrollHeight };
}

type Metrics = NonNullable<ReturnType<typeof preparePage>>;

async function inject<A extends unknown[], R>(tabId: number, func: (...args: A) => R, ...args: A): Promise<R> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return result?.result as R;
}

type CaptureTab = (
  tabId: number,
  options: { rect: { x: number; y: number; width: number; height: number }; scale: number; format: 'png' },
) => Promise<string>;

/** Firefox's `tabs.captureTab` (pictures any part of a tab, in front or not); Chromium has none. Read at each call. */
const firefoxCaptureTab = (): CaptureTab | undefined => {
  const tabs = browser.tabs as unknown as { captureTab?: CaptureTab };
  return tabs.captureTab?.bind(tabs);
};

async function toBitmap(dataUrl: string) {
  const { mime, bytes } = dataUrlToBytes(dataUrl);
  return createImageBitmap(new Blob([bytes], { type: mime }));
}

/** How a full-page capture is run; tests pass a throttle without pacing and no paint delay. */
export interface FullPageOptions {
  /** Aborted: the capture stops before its next slice with `CaptureError('cancelled')`, storing nothing. */
  signal?: AbortSignal;
  throttle?: Throttle;
  /** Time given to the page to paint after scrolling, in ms. */
  settleMs?: number;
}

/** The capture as encoded parts, and the page's height in screens when it was cut at MAX_SCREENS. */
interface Captured {
  blobs: Blob[];
  cutFrom?: number;
}

/** The reported tab as it was when the capture started: every slice is checked against it. */
interface Reported {
  tabId: number;
  windowId: number;
  url: string;
}

function throwIfCancelled(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new CaptureError('cancelled');
}

/**
 * Refuses to go on unless the reported tab is still there, on the same address, and (Chromium,
 * which can only picture the tab in front) still the active tab of its window. Otherwise the
 * next picture could be of another tab, for instance one already reported as CSAM.
 */
async function assertStillReported(reported: Reported, mustBeInFront: boolean) {
  const now = await browser.tabs.get(reported.tabId).catch(() => undefined);
  if (!now) throw new CaptureError('page-changed', 'the tab was closed');
  if (now.url !== reported.url) throw new CaptureError('page-changed', 'the tab left the page');
  if (mustBeInFront && (!now.active || now.windowId !== reported.windowId))
    throw new CaptureError('tab-switched', 'the reported tab is no longer in front');
}

/** How much of a page of `pageHeight` is captured with viewports of `viewportHeight`. */
function limitHeight(pageHeight: number, viewportHeight: number): { height: number; cutFrom?: number } {
  const vh = Math.max(1, viewportHeight);
  const max = MAX_SCREENS * vh;
  if (pageHeight <= max) return { height: pageHeight };
  return { height: max, cutFrom: Math.ceil(pageHeight / vh) };
}

/**
 * Firefox: one `captureTab({rect, scale})` call per part, no scrolling at all (the tab need not
 * be in front). Parts are at most MAX_PART_HEIGHT device pixels tall.
 */
async function captureFirefox(
  captureTab: CaptureTab,
  draftId: string,
  reported: Reported,
  metrics: Metrics,
  events: CaptureEvents,
  signal: AbortSignal | undefined,
): Promise<Captured> {
  const scale = Math.min(metrics.devicePixelRatio, 2);
  const { height, cutFrom } = limitHeight(metrics.scrollHeight, metrics.innerHeight);
  const parts = planParts(height, Math.floor(MAX_PART_HEIGHT / scale));
  const blobs: Blob[] = [];
  for (const [i, part] of parts.entries()) {
    throwIfCancelled(signal);
    await assertStillReported(reported, false);
    events.progress(draftId, i, parts.length);
    const dataUrl = await captureTab(reported.tabId, {
      rect: { x: 0, y: part.top, width: metrics.scrollWidth, height: part.height },
      scale,
      format: 'png',
    });
    const { mime, bytes } = dataUrlToBytes(dataUrl);
    blobs.push(new Blob([bytes], { type: mime }));
  }
  await assertStillReported(reported, false);
  events.progress(draftId, parts.length, parts.length);
  return cutFrom === undefined ? { blobs } : { blobs, cutFrom };
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
async function captureChromium(
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

/** The page's measures, or a clear refusal for a page without a root element (instead of a TypeError). */
function measured(metrics: Metrics | null | undefined): Metrics {
  if (!metrics) throw new CaptureError('capture-failed', 'the page has no root element to scroll');
  return metrics;
}

/** Full-page captures running in this context, by draft, to cancel them. */
const running = new Map<string, AbortController>();

/** Asks the running full-page capture of `draftId` to stop before its next slice; false if none runs. */
export function cancelFullPage(draftId: string): boolean {
  const controller = running.get(draftId);
  controller?.abort();
  return controller !== undefined;
}

/**
 * Takes a full-page screenshot of the draft's tab and stores each part as an artefact; returns the
 * first part's id. Refuses URL-only drafts, closed tabs and tabs that navigated away from the
 * reported URL. Pages taller than MAX_SCREENS viewports are cut there (a `page-cut` problem).
 * Nothing is stored unless the whole capture succeeded. Every failure is a `CaptureError`.
 */
export async function captureFullPage(
  draftId: string,
  context: CaptureContext,
  options: FullPageOptions = {},
): Promise<{ artefactId?: string }> {
  const { store: repo, events } = context;
  const draft = await repo.get(draftId);
  if (!draft) throw new CaptureError('no-draft');
  if (draftIsLinkOnly(draft)) throw new CaptureError('uncapturable', 'URL-only report');
  const tab = await browser.tabs.get(draft.source.tabId).catch(() => undefined);
  if (!tab || tab.url !== draft.observed.tabUrl)
    throw new CaptureError('page-changed', 'the tab was closed or left the page');
  if (running.has(draftId)) throw new CaptureError('capture-failed', 'a full-page capture is already running');
  const controller = new AbortController();
  running.set(draftId, controller);
  options.signal?.addEventListener('abort', () => controller.abort());
  const run = { ...options, signal: controller.signal };
  const reported: Reported = { tabId: tab.id!, windowId: tab.windowId, url: tab.url };
  const composerTab = (await browser.tabs.query({ active: true, windowId: tab.windowId }))[0];

  try {
    let captured: Captured;
    const captureTab = firefoxCaptureTab();
    if (captureTab) {
      const metrics = measured(await inject(tab.id!, preparePage, false));
      captured = await captureFirefox(captureTab, draftId, reported, metrics, events, run.signal);
    } else {
      // Chromium can only picture the visible tab: show the reported page during the capture.
      await browser.tabs.update(tab.id!, { active: true });
      const metrics = measured(await inject(tab.id!, preparePage, false));
      captured = await captureChromium(draftId, reported, metrics, events, run);
    }
    throwIfCancelled(run.signal);
    const { blobs, cutFrom } = captured;
    const problems: Draft['problems'] = [];
    if (cutFrom !== undefined) problems.push({ code: 'page-cut', detail: `${MAX_SCREENS}/${cutFrom}` });
    let firstId: string | undefined;
    for (const [index, blob] of blobs.entries()) {
      const part = blobs.length > 1 ? { index, count: blobs.length } : undefined;
      let artefact;
      try {
        artefact = await makeArtefact(draftId, 'full-page', blob, part ? { part } : {});
      } catch (error) {
        // A part over its limit is not stored; the others are.
        if (!(error instanceof CaptureError && error.code === 'too-large')) throw error;
        problems.push(toProblem(error, 'screenshot-failed'));
        continue;
      }
      const meta = await repo.addArtefact(artefact);
      firstId ??= meta.id;
    }
    if (problems.length > 0)
      await repo.update(draftId, (d) => ({
        ...d,
        problems: [
          ...d.problems,
          ...problems.filter((p) => !d.problems.some((q) => q.code === p.code && q.detail === p.detail)),
        ],
      }));
    await events.draftChanged(draftId);
    return { artefactId: firstId };
  } catch (error) {
    throw toCaptureError(error, 'capture-failed');
  } finally {
    running.delete(draftId);
    if (composerTab?.id !== undefined && composerTab.id !== tab.id)
      await browser.tabs.update(composerTab.id, { active: true }).catch(() => undefined);
  }
}
