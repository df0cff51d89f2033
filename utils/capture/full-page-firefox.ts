/** Firefox's full page: the whole document pictured by `tabs.captureTab`, part by part, without scrolling. */
import { browser } from 'wxt/browser';
import { dataUrlToBytes } from './hash';
import { planParts } from './full-page-plan';
import type { CaptureEvents } from './context';
import type { Metrics } from './full-page-in-page';
import {
  assertStillReported,
  limitHeight,
  MAX_PART_HEIGHT,
  throwIfCancelled,
  type Captured,
  type Reported,
} from './full-page-common';

export type CaptureTab = (
  tabId: number,
  options: { rect: { x: number; y: number; width: number; height: number }; scale: number; format: 'png' },
) => Promise<string>;

/** Firefox's `tabs.captureTab` (pictures any part of a tab, in front or not); Chromium has none. Read at each call. */
export const firefoxCaptureTab = (): CaptureTab | undefined => {
  const tabs = browser.tabs as unknown as { captureTab?: CaptureTab };
  return tabs.captureTab?.bind(tabs);
};

/**
 * Firefox: one `captureTab({rect, scale})` call per part, no scrolling at all (the tab need not
 * be in front). Parts are at most MAX_PART_HEIGHT device pixels tall.
 */
export async function captureFirefox(
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
