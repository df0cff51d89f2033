/**
 * The full-page screenshot of a report's tab: checks the draft and the tab, runs the browser's
 * way (Firefox: `full-page-firefox.ts`; Chromium: `full-page-chromium.ts`; the functions injected
 * into the page: `full-page-in-page.ts`), stores the parts as artefacts, and can be cancelled.
 */
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { browser } from 'wxt/browser';
import { makeArtefact } from './start-report';
import { CaptureError, toCaptureError, toProblem } from './errors';
import type { Draft } from '@/utils/report/draft';
import type { CaptureContext } from './context';
import { preparePage, type Metrics } from './full-page-in-page';
import {
  inject,
  MAX_SCREENS,
  throwIfCancelled,
  type Captured,
  type FullPageOptions,
  type Reported,
} from './full-page-common';
import { captureFirefox, firefoxCaptureTab } from './full-page-firefox';
import { captureChromium } from './full-page-chromium';

export { MAX_PART_HEIGHT, MAX_SCREENS, type FullPageOptions } from './full-page-common';

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
