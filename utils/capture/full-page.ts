import { browser } from 'wxt/browser';
import { dataUrlToBytes } from './hash';
import { captureThrottle } from './throttle';
import { makeArtefact } from './start-report';
import { planParts, planScrollPositions, type PagePart } from './full-page-plan';
import { CaptureError, toCaptureError } from './errors';
import type { CaptureContext, CaptureEvents } from './context';

/** Tallest image Vigie produces, in device pixels; taller pages are split into parts. */
export const MAX_PART_HEIGHT = 16_000;

/** Injected: measures the page and, on request, hides fixed/sticky elements (restorable). */
function preparePage(hideFixed: boolean) {
  const root = document.documentElement;
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
        el.setAttribute(marker, el.style.getPropertyValue('visibility') || '-');
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

/** Injected: undoes `preparePage` and scrolls back to where the user was. */
function restorePage(x: number, y: number) {
  const marker = 'data-vigie-hidden';
  for (const el of Array.from(document.querySelectorAll(`[${marker}]`)) as HTMLElement[]) {
    const previous = el.getAttribute(marker);
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

type Metrics = ReturnType<typeof preparePage>;

async function inject<A extends unknown[], R>(tabId: number, func: (...args: A) => R, ...args: A): Promise<R> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, func, args });
  return result?.result as R;
}

const firefoxCaptureTab = (
  browser.tabs as unknown as {
    captureTab?: (
      tabId: number,
      options: { rect: { x: number; y: number; width: number; height: number }; scale: number; format: 'png' },
    ) => Promise<string>;
  }
).captureTab;

async function toBitmap(dataUrl: string) {
  const { mime, bytes } = dataUrlToBytes(dataUrl);
  return createImageBitmap(new Blob([bytes], { type: mime }));
}

/**
 * Firefox: one `captureTab({rect, scale})` call per part, no scrolling at all.
 * Parts are at most MAX_PART_HEIGHT device pixels tall.
 */
async function captureFirefox(
  draftId: string,
  tabId: number,
  metrics: Metrics,
  events: CaptureEvents,
): Promise<Blob[]> {
  const scale = Math.min(metrics.devicePixelRatio, 2);
  const parts = planParts(metrics.scrollHeight, Math.floor(MAX_PART_HEIGHT / scale));
  const blobs: Blob[] = [];
  for (const [i, part] of parts.entries()) {
    events.progress(draftId, i, parts.length);
    const dataUrl = await firefoxCaptureTab!(tabId, {
      rect: { x: 0, y: part.top, width: metrics.scrollWidth, height: part.height },
      scale,
      format: 'png',
    });
    const { mime, bytes } = dataUrlToBytes(dataUrl);
    blobs.push(new Blob([bytes], { type: mime }));
  }
  events.progress(draftId, parts.length, parts.length);
  return blobs;
}

/**
 * Chromium: scroll and stitch. The first viewport keeps fixed/sticky elements (headers as the
 * user saw them); they are hidden for the rest so they do not repeat down the image. Captures go
 * through the shared throttle (2 per second). Aborts if the page height changes or the user
 * scrolls; the page is always restored.
 */
async function captureChromium(
  draftId: string,
  tabId: number,
  windowId: number,
  first: Metrics,
  events: CaptureEvents,
): Promise<Blob[]> {
  const positions = planScrollPositions(first.scrollHeight, first.innerHeight);
  const dpr = first.devicePixelRatio;
  const parts = planParts(first.scrollHeight, Math.floor(MAX_PART_HEIGHT / dpr));
  const canvases = parts.map(
    (p) => new OffscreenCanvas(Math.round(first.innerWidth * dpr), Math.round(p.height * dpr)),
  );
  try {
    for (const [i, y] of positions.entries()) {
      events.progress(draftId, i, positions.length);
      const at = await inject(tabId, scrollPage, y);
      if (Math.abs(at.scrollHeight - first.scrollHeight) > 2)
        throw new CaptureError('page-changed', 'the page height changed');
      if (i === 1) await inject(tabId, preparePage, true);
      // Let the page paint after scrolling before taking the picture.
      await new Promise((r) => setTimeout(r, 80));
      const dataUrl = await captureThrottle.run(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
      const check = await inject(tabId, readScroll);
      if (Math.abs(check.scrollY - at.scrollY) > 1) throw new CaptureError('user-scrolled');
      if (Math.abs(check.scrollHeight - first.scrollHeight) > 2)
        throw new CaptureError('page-changed', 'the page height changed');
      const bitmap = await toBitmap(dataUrl);
      drawTile(bitmap, at.scrollY, first.innerHeight, parts, canvases, dpr);
      bitmap.close();
    }
  } finally {
    await inject(tabId, restorePage, first.scrollX, first.scrollY).catch(() => undefined);
  }
  events.progress(draftId, positions.length, positions.length);
  return Promise.all(canvases.map((c) => c.convertToBlob({ type: 'image/png' })));
}

/** Draws one viewport capture (taken at page offset `top`) into every part it overlaps. */
function drawTile(
  bitmap: ImageBitmap,
  top: number,
  viewportHeight: number,
  parts: PagePart[],
  canvases: OffscreenCanvas[],
  dpr: number,
) {
  for (const [i, part] of parts.entries()) {
    const from = Math.max(top, part.top);
    const to = Math.min(top + viewportHeight, part.top + part.height);
    if (to <= from) continue;
    const ctx = canvases[i]!.getContext('2d')!;
    const sy = (from - top) * dpr;
    const h = (to - from) * dpr;
    ctx.drawImage(bitmap, 0, sy, bitmap.width, h, 0, (from - part.top) * dpr, bitmap.width, h);
  }
}

/**
 * Takes a full-page screenshot of the draft's tab and stores each part as an artefact; returns the
 * first part's id. Refuses URL-only drafts, closed tabs and tabs that navigated away from the
 * reported URL. Every failure is a `CaptureError`.
 */
export async function captureFullPage(draftId: string, context: CaptureContext): Promise<{ artefactId?: string }> {
  const { store: repo, events } = context;
  const draft = await repo.get(draftId);
  if (!draft) throw new CaptureError('no-draft');
  if (draft.mode === 'url-only') throw new CaptureError('uncapturable', 'URL-only report');
  const tab = await browser.tabs.get(draft.source.tabId).catch(() => undefined);
  if (!tab || tab.url !== draft.observed.tabUrl)
    throw new CaptureError('page-changed', 'the tab was closed or left the page');
  const composerTab = (await browser.tabs.query({ active: true, windowId: tab.windowId }))[0];

  try {
    let blobs: Blob[];
    if (firefoxCaptureTab) {
      const metrics = await inject(tab.id!, preparePage, false);
      blobs = await captureFirefox(draftId, tab.id!, metrics, events);
    } else {
      // Chromium can only picture the visible tab: show the reported page during the capture.
      await browser.tabs.update(tab.id!, { active: true });
      const metrics = await inject(tab.id!, preparePage, false);
      blobs = await captureChromium(draftId, tab.id!, tab.windowId, metrics, events);
    }
    let lastId: string | undefined;
    for (const [index, blob] of blobs.entries()) {
      const part = blobs.length > 1 ? { index, count: blobs.length } : undefined;
      const meta = await repo.addArtefact(await makeArtefact(draftId, 'full-page', blob, part ? { part } : {}));
      lastId ??= meta.id;
    }
    await events.draftChanged(draftId);
    return { artefactId: lastId };
  } catch (error) {
    throw toCaptureError(error, 'capture-failed');
  } finally {
    if (composerTab?.id !== undefined && composerTab.id !== tab.id)
      await browser.tabs.update(composerTab.id, { active: true }).catch(() => undefined);
  }
}
