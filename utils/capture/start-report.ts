import { browser } from 'wxt/browser';
import { detectPlatform } from '@/utils/platforms/registry';
import {
  ARTEFACT_SCHEMA_VERSION,
  emptyQualification,
  UrlOnlyRefusal,
  type Artefact,
  type Draft,
} from '@/utils/report/draft';
import { parsePageFacts, type PageFacts } from '@/utils/report/page-facts';
import { composerUrl } from '@/utils/report/urls';
import { inlineUrlForStorage } from '@/utils/report/inline-url';
import { DEFAULT_COLLECT_LIMITS, collectPageFacts } from './collect-page-facts';
import { canonicalJson, dataUrlToBytes, sha256Hex } from './hash';
import { captureThrottle } from './throttle';
import { uncapturableReason } from './capturability';
import { boundUrl, browserLabel, describeTarget, localTimeWithOffset, type MenuClick } from './target';
import { snapshotDom } from './dom-snapshot';
import { CaptureError, errorText, toProblem, withTimeout } from './errors';
import type { CaptureContext } from './context';

export interface ReportRequest {
  trigger: Draft['trigger'];
  /** The dedicated child-sexual-abuse entry: URLs and times only, ever. */
  csam: boolean;
  tab: { id: number; windowId: number; url?: string; title?: string; index?: number };
  menu?: MenuClick;
}

const FACTS_TIMEOUT_MS = 5000;
const ARCHIVE_TIMEOUT_MS = 20000;

async function makeArtefact(
  draftId: string,
  kind: Artefact['kind'],
  blob: Blob,
  extra: Partial<Pick<Artefact, 'part' | 'derivedFrom'>> = {},
): Promise<Artefact> {
  return {
    schemaVersion: ARTEFACT_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    draftId,
    kind,
    mime: blob.type,
    size: blob.size,
    sha256: await sha256Hex(blob),
    createdAt: new Date().toISOString(),
    blob,
    ...extra,
  };
}

async function screenshot(windowId: number): Promise<Blob> {
  const dataUrl = await captureThrottle.run(() => browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
  const { mime, bytes } = dataUrlToBytes(dataUrl);
  return new Blob([bytes], { type: mime });
}

async function pageFacts(tabId: number, srcUrl: string | undefined): Promise<PageFacts> {
  const [result] = await withTimeout(
    browser.scripting.executeScript({
      target: { tabId },
      func: collectPageFacts,
      args: [DEFAULT_COLLECT_LIMITS, srcUrl ?? null],
    }),
    FACTS_TIMEOUT_MS,
    'facts-timeout',
    'page facts',
  );
  const facts = parsePageFacts(result?.result);
  if (!facts) throw new CaptureError('facts-failed', 'unreadable page facts');
  return facts;
}

async function mhtml(tabId: number): Promise<Blob | null> {
  const pageCapture = (browser as unknown as { pageCapture?: { saveAsMHTML(o: { tabId: number }): Promise<Blob> } })
    .pageCapture;
  if (!pageCapture) return null; // Firefox has no pageCapture: the DOM snapshot serves both.
  // The returned Blob is backed by a temporary file that Chrome may delete before we read it
  // ("A requested file or directory could not be found"): copy the bytes at once, and take the
  // archive again if the file was already gone.
  for (let attempt = 1; ; attempt++) {
    try {
      const blob = await pageCapture.saveAsMHTML({ tabId });
      return new Blob([await blob.arrayBuffer()], { type: 'multipart/related' });
    } catch (error) {
      // Matches the browser's own error for the vanished temporary file, not a message of ours.
      if (attempt >= 3 || !/could not be found|NotFoundError|NotReadable/i.test(errorText(error))) throw error;
    }
  }
}

/**
 * The one path every trigger takes (context menu, toolbar popup, keyboard shortcut).
 *
 * 1. The draft is written first (URLs and times), so a background killed mid-capture leaves it.
 * 2. Screenshot and page facts are taken **before** any extension tab opens, so the picture is
 *    of the reported page; each artefact is hashed and written as soon as it exists.
 * 3. The composer opens; the archive (MHTML, DOM snapshot) follows and the composer updates.
 * URL-only reports (CSAM entry, pages that cannot be captured) skip steps 2 and 3's archive.
 */
export async function startReport(request: ReportRequest, context: CaptureContext): Promise<{ draftId: string }> {
  const repo = context.store;
  const now = new Date();
  const tabUrl = request.tab.url ?? request.menu?.pageUrl ?? '';
  const pageUrl = request.menu?.pageUrl ?? tabUrl;
  const reason = uncapturableReason(tabUrl);
  const urlOnly = request.csam || reason !== null;
  // Long addresses are cut, never refused (the CSAM entry included); each cut is recorded.
  const described = await describeTarget(request.menu, pageUrl, urlOnly);
  const storedTabUrl = await boundUrl('tabUrl', inlineUrlForStorage(tabUrl, urlOnly));
  const target = storedTabUrl.cut ? { ...described, cut: [...described.cut, storedTabUrl.cut] } : described;

  const draft = await repo.create({
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    status: urlOnly ? 'ready' : 'capturing',
    mode: urlOnly ? 'url-only' : 'full',
    csam: request.csam,
    trigger: request.trigger,
    target,
    observed: {
      tabUrl: storedTabUrl.value,
      tabTitle: urlOnly ? undefined : request.tab.title,
      capturedAt: now.toISOString(),
      localTime: localTimeWithOffset(now),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
      browser: browserLabel(navigator.userAgent),
      extensionVersion: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent.slice(0, 1000),
    },
    source: { tabId: request.tab.id, windowId: request.tab.windowId },
    page: null,
    platform: detectPlatform(target.url, target.pageUrl, null),
    problems: reason ? [{ code: 'uncapturable', detail: reason }] : [],
    qualification: emptyQualification(),
  });

  if (urlOnly) {
    await openComposer(draft.id, request.tab);
    return { draftId: draft.id };
  }

  const problems: Draft['problems'] = [];
  // The screenshot is hashed as soon as it exists, while the page facts are still being read.
  const [shot, facts] = await Promise.allSettled([
    screenshot(request.tab.windowId).then((blob) => makeArtefact(draft.id, 'screenshot', blob)),
    // The raw media URL, only to find the element in the page (what is stored is `target`).
    pageFacts(request.tab.id, request.menu?.srcUrl ?? target.srcUrl),
  ]);

  const artefacts: Artefact[] = [];
  if (shot.status === 'fulfilled') artefacts.push(shot.value);
  else problems.push(toProblem(shot.reason, 'screenshot-failed'));

  let page: PageFacts | null = null;
  if (facts.status === 'fulfilled') {
    page = facts.value;
    const json = new Blob([canonicalJson({ observed: draft.observed, target, page })], { type: 'application/json' });
    artefacts.push(await makeArtefact(draft.id, 'facts', json));
  } else {
    problems.push(toProblem(facts.reason, 'facts-failed'));
  }

  // One durable commit: screenshot, facts and the updated draft are on disk before the composer opens.
  try {
    await repo.commitCapture(draft.id, artefacts, (d) => ({
      ...d,
      page,
      platform: detectPlatform(target.url, target.pageUrl, page) ?? d.platform,
      problems: [...d.problems, ...problems],
    }));
  } catch (error) {
    if (!(error instanceof UrlOnlyRefusal)) throw error;
    // Meanwhile the user qualified this report as child sexual abuse material (from another open
    // page of it): the repository refused the whole capture, which is the rule working, not a
    // failure. The draft ends cleanly, link-only and ready, with nothing from the page.
    await repo.update(draft.id, (d) => ({ ...d, status: 'ready' }));
    await context.events.draftChanged(draft.id);
    await openComposer(draft.id, request.tab);
    return { draftId: draft.id };
  }

  await openComposer(draft.id, request.tab);
  await archive(draft.id, request.tab.id, context);
  return { draftId: draft.id };
}

/** MHTML (Chromium) and a DOM snapshot (both browsers), then the draft is marked ready. */
async function archive(draftId: string, tabId: number, { store: repo, events }: CaptureContext) {
  const problems: Draft['problems'] = [];
  const [mht, dom] = await Promise.allSettled([
    withTimeout(mhtml(tabId), ARCHIVE_TIMEOUT_MS, 'archive-failed', 'mhtml'),
    withTimeout(snapshotDom(tabId), ARCHIVE_TIMEOUT_MS, 'archive-failed', 'dom snapshot'),
  ]);
  // Each write may be refused: if the user has meanwhile qualified the report as CSAM, the draft
  // became link-only and no archive may be stored. That refusal is the rule working, not a failure.
  const store = async (kind: Artefact['kind'], blob: Blob) => {
    try {
      await repo.addArtefact(await makeArtefact(draftId, kind, blob));
    } catch (error) {
      if (!(error instanceof UrlOnlyRefusal))
        problems.push({ code: 'archive-failed', detail: `${kind}: ${errorText(error)}` });
    }
  };
  if (mht.status === 'fulfilled' && mht.value) await store('mhtml', mht.value);
  else if (mht.status === 'rejected')
    problems.push({ code: 'archive-failed', detail: `MHTML: ${errorText(mht.reason)}` });
  if (dom.status === 'fulfilled') await store('dom-snapshot', dom.value);
  else problems.push({ code: 'archive-failed', detail: `DOM: ${errorText(dom.reason)}` });
  await repo.update(draftId, (d) => ({ ...d, status: 'ready', problems: [...d.problems, ...problems] }));
  await events.draftChanged(draftId);
}

async function openComposer(draftId: string, tab: ReportRequest['tab']) {
  await browser.tabs.create({
    url: composerUrl(draftId),
    windowId: tab.windowId,
    ...(typeof tab.index === 'number' ? { index: tab.index + 1 } : {}),
    openerTabId: tab.id,
  });
}

export { makeArtefact };
