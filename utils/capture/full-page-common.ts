/**
 * What both browsers' full-page captures share: the bounds, the options, the reported tab and the
 * checks made before every slice, and how a page function is injected.
 */
import { browser } from 'wxt/browser';
import type { Throttle } from './throttle';
import { CaptureError } from './errors';

/** Tallest image Vigie produces, in device pixels; taller pages are split into parts. */
export const MAX_PART_HEIGHT = 16_000;

/**
 * Most viewports (screens) a full-page capture covers; a taller page is cut there and the draft
 * says so (`page-cut`). In Chromium each screen costs at least 0.5 s (capture quota): 40 is
 * about 20 s, and the result at most ~32,000 CSS px tall at 800 px per screen.
 */
export const MAX_SCREENS = 40;

export async function inject<A extends unknown[], R>(tabId: number, func: (...args: A) => R, ...args: A): Promise<R> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return result?.result as R;
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
export interface Captured {
  blobs: Blob[];
  cutFrom?: number;
}

/** The reported tab as it was when the capture started: every slice is checked against it. */
export interface Reported {
  tabId: number;
  windowId: number;
  url: string;
}

export function throwIfCancelled(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new CaptureError('cancelled');
}

/**
 * Refuses to go on unless the reported tab is still there, on the same address, and (Chromium,
 * which can only picture the tab in front) still the active tab of its window. Otherwise the
 * next picture could be of another tab, for instance one already reported as CSAM.
 */
export async function assertStillReported(reported: Reported, mustBeInFront: boolean) {
  const now = await browser.tabs.get(reported.tabId).catch(() => undefined);
  if (!now) throw new CaptureError('page-changed', 'the tab was closed');
  if (now.url !== reported.url) throw new CaptureError('page-changed', 'the tab left the page');
  if (mustBeInFront && (!now.active || now.windowId !== reported.windowId))
    throw new CaptureError('tab-switched', 'the reported tab is no longer in front');
}

/** How much of a page of `pageHeight` is captured with viewports of `viewportHeight`. */
export function limitHeight(pageHeight: number, viewportHeight: number): { height: number; cutFrom?: number } {
  const vh = Math.max(1, viewportHeight);
  const max = MAX_SCREENS * vh;
  if (pageHeight <= max) return { height: pageHeight };
  return { height: max, cutFrom: Math.ceil(pageHeight / vh) };
}
