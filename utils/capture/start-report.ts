import { browser } from 'wxt/browser';
import { detectPlatform, extractPlatform } from '@/utils/platforms/registry';
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
import { pagePublishedAt } from '@/utils/report/publication';
import { DEFAULT_COLLECT_LIMITS, collectPageFacts } from './collect-page-facts';
import { canonicalJson, dataUrlToBytes, sha256Hex } from './hash';
import { MAX_ARTEFACT_BYTES, assertWithinLimit, tooLargeDetail } from './limits';
import { captureThrottle } from './throttle';
import { uncapturableReason } from './capturability';
import { boundUrl, browserLabel, describeTarget, localTimeWithOffset, type MenuClick } from './target';
import { snapshotDom } from './dom-snapshot';
import { CaptureError, errorText, toProblem, withTimeout } from './errors';
import { INTERRUPTED_AT_DEADLINE } from '@/utils/report/capture-errors';
import type { CaptureContext } from './context';

export interface ReportRequest {
  trigger: Draft['trigger'];
  /** The dedicated child-sexual-abuse entry: URLs and times only, ever. */
  csam: boolean;
  tab: { id: number; windowId: number; url?: string; title?: string; index?: number };
  menu?: MenuClick;
  /**
   * Watch-network mode: the finished report joins the volunteer's batch (`CaptureContext.batch`)
   * and no composer tab opens; the batch page reviews and hands off the items together.
   */
  batch?: boolean;
  /**
   * A link read from the user's selection ("Add the selection's links to the batch"): the item is
   * the link's address only (no screenshot, no page facts, no archive: the page shown is not it).
   */
  linkOnly?: boolean;
}

const FACTS_TIMEOUT_MS = 5000;
/**
 * The archive runs before the composer opens (see startReport), so this is also the most it can
 * delay the composer: MHTML and DOM snapshot run in parallel, each bounded by it.
 */
const ARCHIVE_TIMEOUT_MS = 20000;
/**
 * The most a whole capture may take, from the draft's first write to its end (screenshot, facts,
 * archive and every write between). Each step has its own bound, but on a busy machine, or with a
 * page that keeps the browser busy (a `pushState` every few milliseconds), their sum is no bound:
 * past this deadline the draft is marked `interrupted` with what was stored, and the composer
 * opens. A late step writes nothing.
 */
export const CAPTURE_DEADLINE_MS = 25000;

/** What an artefact is made of: a Blob, or bytes already in memory (decoded screenshot, read archive). */
export type ArtefactContent = Blob | { bytes: Uint8Array<ArrayBuffer> | ArrayBuffer; mime: string };

/**
 * An artefact, hashed. Refuses (`CaptureError('too-large')`) content above its kind's limit
 * before reading a byte of it. Bytes already in memory are hashed as they are; a Blob's bytes are
 * read once, for the hash only (no other copy is made).
 */
async function makeArtefact(
  draftId: string,
  kind: Artefact['kind'],
  content: ArtefactContent,
  extra: Partial<Pick<Artefact, 'part' | 'derivedFrom'>> = {},
): Promise<Artefact> {
  const isBlob = content instanceof Blob;
  assertWithinLimit(kind, isBlob ? content.size : content.bytes.byteLength);
  const sha256 = await sha256Hex(isBlob ? await content.arrayBuffer() : content.bytes);
  const blob = isBlob ? content : new Blob([content.bytes], { type: content.mime });
  return {
    schemaVersion: ARTEFACT_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    draftId,
    kind,
    mime: blob.type,
    size: blob.size,
    sha256,
    createdAt: new Date().toISOString(),
    blob,
    ...extra,
  };
}

/**
 * Refuses (`tab-switched`) when the reported tab is known and no longer the one in front of its
 * window: `captureVisibleTab` pictures whatever tab is in front, and a page can bring another one
 * there (`window.open` as the report starts).
 */
async function assertInFront(tabId: number, windowId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab && (tab.active === false || tab.windowId !== windowId))
    throw new CaptureError('tab-switched', 'the reported tab was no longer in front');
}

/** The visible tab, only if it is the reported one before and after the picture (else nothing is kept). */
async function screenshot(tabId: number, windowId: number): Promise<ArtefactContent> {
  const dataUrl = await captureThrottle.run(async () => {
    await assertInFront(tabId, windowId);
    return browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  });
  await assertInFront(tabId, windowId);
  return dataUrlToBytes(dataUrl);
}

/** The tab's address as the browser reports it now, or `undefined` if the tab is gone. */
async function currentTabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
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

/** The browser's own messages for a failure that taking the archive again can cure; never one of ours. */
const TRANSIENT_MHTML_ERROR = /could not be found|NotFoundError|NotReadable|Failed to generate MHTML|temporary file/i;

async function mhtml(tabId: number): Promise<ArtefactContent | null> {
  const pageCapture = (browser as unknown as { pageCapture?: { saveAsMHTML(o: { tabId: number }): Promise<Blob> } })
    .pageCapture;
  if (!pageCapture) return null; // Firefox has no pageCapture: the DOM snapshot serves both.
  // The returned Blob is backed by a temporary file that Chrome may delete before we read it
  // ("A requested file or directory could not be found"): copy the bytes at once, and take the
  // archive again if the file was already gone. A busy renderer or disk can also fail one
  // generation ("Failed to generate MHTML.", "Failed to create a temporary file."): taken again too.
  for (let attempt = 1; ; attempt++) {
    try {
      const blob = await pageCapture.saveAsMHTML({ tabId });
      // Checked before reading: an archive over the limit is never brought into memory.
      assertWithinLimit('mhtml', blob.size);
      return { bytes: await blob.arrayBuffer(), mime: 'multipart/related' };
    } catch (error) {
      // Matches the browser's own error for the vanished temporary file, not a message of ours.
      if (error instanceof CaptureError || attempt >= 3 || !TRANSIENT_MHTML_ERROR.test(errorText(error))) throw error;
    }
  }
}

/**
 * The one path every trigger takes (context menu, toolbar popup, keyboard shortcut).
 *
 * 1. The draft is written first (URLs and times), so a background killed mid-capture leaves it.
 * 2. Screenshot and page facts are taken **before** any extension tab opens, so the picture is
 *    of the reported page; each artefact is hashed and written as soon as it exists.
 * 3. The archive (MHTML, DOM snapshot) is taken while the reported page is still the visible
 *    tab: a page listening to `visibilitychange` could otherwise swap its content or address
 *    once the composer takes the front. The tab's address after the archive is compared with the
 *    one reported; a change is recorded as a `page-changed` problem with both addresses.
 * 4. The composer opens, on a draft that is already complete.
 * URL-only reports (CSAM entry, pages that cannot be captured) skip steps 2 and 3.
 */
export async function startReport(request: ReportRequest, context: CaptureContext): Promise<{ draftId: string }> {
  const repo = context.store;
  const now = new Date();
  const tabUrl = request.tab.url ?? request.menu?.pageUrl ?? '';
  const pageUrl = request.menu?.pageUrl ?? tabUrl;
  const reason = uncapturableReason(tabUrl);
  const urlOnly = request.csam || request.linkOnly === true || reason !== null;
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

  // Where the report goes once stored: the composer, or the batch (no tab opens).
  const toBatch = async () => {
    if (!context.batch) throw new CaptureError('capture-failed', 'no batch');
    await context.batch.add(draft.id);
  };

  if (urlOnly) {
    if (request.batch) await toBatch();
    else await openComposer(draft.id, request.tab);
    return { draftId: draft.id };
  }

  // In Chromium the composer loads in an **inactive** tab while the page is captured: an inactive
  // tab changes nothing of what is captured, and the reported page stays the visible tab until its
  // archive is taken. The composer comes to the front only once everything is stored. Firefox
  // opens it then (a background tab there may wait to load until it is shown: nothing to gain).
  const composerTab =
    import.meta.env.FIREFOX || request.batch
      ? Promise.resolve(undefined)
      : openComposer(draft.id, request.tab, false).catch(() => undefined);

  const deadline = new Deadline(context.captureDeadline ?? CAPTURE_DEADLINE_MS);
  const capture = capturePage(request, context, draft, target, deadline);
  // A step that ends after the deadline rejects with `DeadlineReached`: nothing to report then.
  capture.catch(() => undefined);
  try {
    const ended = await Promise.race([capture.then(() => 'done' as const), deadline.reached]);
    if (ended === 'deadline') {
      await repo.update(draft.id, (d) =>
        d.status === 'capturing'
          ? {
              ...d,
              status: 'interrupted',
              problems: [...d.problems, { code: 'interrupted', detail: INTERRUPTED_AT_DEADLINE }],
            }
          : d,
      );
      await context.events.draftChanged(draft.id);
    }
  } finally {
    deadline.clear();
  }
  if (request.batch) await toBatch();
  else await showComposer(composerTab, draft.id, request.tab);
  return { draftId: draft.id };
}

/** Thrown by a capture step that would write after the capture's deadline. */
class DeadlineReached extends Error {
  constructor() {
    super('capture deadline reached');
    this.name = 'DeadlineReached';
  }
}

/** The capture's deadline: `reached` resolves when it passes; `check()` throws once it has. */
class Deadline {
  expired = false;
  readonly reached: Promise<'deadline'>;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(when: number | Promise<unknown>) {
    this.reached = new Promise((resolve) => {
      const pass = () => {
        this.expired = true;
        resolve('deadline');
      };
      if (typeof when === 'number') this.timer = setTimeout(pass, when);
      else void when.then(pass, pass);
    });
  }

  check(): void {
    if (this.expired) throw new DeadlineReached();
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}

/**
 * Steps 2 and 3 of `startReport`: screenshot, page facts, archive, each stored as soon as it
 * exists. Checks the deadline before every write, so a step that ends late changes nothing.
 */
async function capturePage(
  request: ReportRequest,
  context: CaptureContext,
  draft: Draft,
  target: Draft['target'],
  deadline: Deadline,
): Promise<void> {
  const repo = context.store;
  const problems: Draft['problems'] = [];
  const urlBefore = await currentTabUrl(request.tab.id);
  // The screenshot is hashed as soon as it exists, while the page facts are still being read.
  const [shot, facts] = await Promise.allSettled([
    screenshot(request.tab.id, request.tab.windowId).then((content) => makeArtefact(draft.id, 'screenshot', content)),
    // The raw media URL, only to find the element in the page (what is stored is `target`).
    pageFacts(request.tab.id, request.menu?.srcUrl ?? target.srcUrl),
  ]);

  const artefacts: Artefact[] = [];
  if (shot.status === 'fulfilled') artefacts.push(shot.value);
  else problems.push(toProblem(shot.reason, 'screenshot-failed'));

  let page: PageFacts | null = null;
  if (facts.status === 'fulfilled') {
    const bytes = new TextEncoder().encode(canonicalJson({ observed: draft.observed, target, page: facts.value }));
    try {
      artefacts.push(await makeArtefact(draft.id, 'facts', { bytes, mime: 'application/json' }));
      page = facts.value;
    } catch (error) {
      // Over its limit, nothing of the facts is kept (neither the artefact nor the draft's copy).
      problems.push(toProblem(error, 'facts-failed'));
    }
  } else {
    problems.push(toProblem(facts.reason, 'facts-failed'));
  }

  // A failing platform extractor costs the page's platform details (the URL's stay), never the report.
  const extracted = extractPlatform(target.url, target.pageUrl, page);
  for (const f of extracted.failures)
    problems.push({ code: 'platform-data-failed', detail: `${f.platformId}: ${f.reason}` });

  // One durable commit: screenshot, facts and the updated draft are on disk before the composer opens.
  try {
    deadline.check();
    await repo.commitCapture(draft.id, artefacts, (d) => ({
      ...d,
      // The page's publication claim is read once, here, with the facts it comes from.
      page: page && { ...page, publishedAt: pagePublishedAt(page, d.observed.capturedAt) },
      platform: extracted.data ?? d.platform,
      problems: [...d.problems, ...problems],
    }));
  } catch (error) {
    if (!(error instanceof UrlOnlyRefusal)) throw error;
    // Meanwhile the user qualified this report as child sexual abuse material (from another open
    // page of it): the repository refused the whole capture, which is the rule working, not a
    // failure. The draft ends cleanly, link-only and ready, with nothing from the page.
    deadline.check();
    await repo.update(draft.id, (d) => ({ ...d, status: 'ready' }));
    await context.events.draftChanged(draft.id);
    return;
  }

  // Before the composer comes to the front: the reported page is still the visible tab (step 3).
  // Compared with the address reported (what the draft records), not only with the one at the
  // screenshot: a page can leave between the click and the screenshot (meta refresh), and then
  // screenshot, facts and archive would all be of another page than the one the draft names.
  await archive(
    draft.id,
    request.tab.id,
    urlBefore === undefined ? undefined : (request.tab.url ?? urlBefore),
    context,
    deadline,
  );
}

/** Each address bounded so that both fit a problem's detail. */
const shortUrl = (url: string) => (url.length > 240 ? `${url.slice(0, 239)}…` : url);

/**
 * MHTML (Chromium) and a DOM snapshot (both browsers), then the draft is marked ready. Records a
 * `page-changed` problem if the tab's address after the archive is not `reportedUrl`.
 */
async function archive(
  draftId: string,
  tabId: number,
  reportedUrl: string | undefined,
  { store: repo, events }: CaptureContext,
  deadline: Deadline,
) {
  const problems: Draft['problems'] = [];
  const [mht, dom] = await Promise.allSettled([
    withTimeout(mhtml(tabId), ARCHIVE_TIMEOUT_MS, 'archive-failed', 'mhtml'),
    withTimeout(snapshotDom(tabId), ARCHIVE_TIMEOUT_MS, 'archive-failed', 'dom snapshot'),
  ]);
  const urlAfter = await currentTabUrl(tabId);
  if (reportedUrl !== undefined && urlAfter !== reportedUrl)
    problems.push({
      code: 'page-changed',
      detail: `${shortUrl(inlineUrlForStorage(reportedUrl, false))} → ${shortUrl(urlAfter === undefined ? '(tab closed)' : inlineUrlForStorage(urlAfter, false))}`,
    });
  // Each write may be refused: if the user has meanwhile qualified the report as CSAM, the draft
  // became link-only and no archive may be stored. That refusal is the rule working, not a failure.
  const store = async (kind: Artefact['kind'], content: ArtefactContent) => {
    try {
      const artefact = await makeArtefact(draftId, kind, content);
      deadline.check();
      await repo.addArtefact(artefact);
    } catch (error) {
      if (error instanceof UrlOnlyRefusal) return;
      if (error instanceof DeadlineReached) throw error;
      problems.push(toProblem(error, 'archive-failed'));
    }
  };
  const failed = (label: string, reason: unknown) =>
    problems.push(
      reason instanceof CaptureError && reason.code === 'too-large'
        ? toProblem(reason, 'archive-failed')
        : { code: 'archive-failed', detail: `${label}: ${errorText(reason)}` },
    );
  if (mht.status === 'fulfilled' && mht.value) await store('mhtml', mht.value);
  else if (mht.status === 'rejected') failed('MHTML', mht.reason);
  if (dom.status === 'fulfilled') {
    await store('dom-snapshot', dom.value.blob);
    // A snapshot cut at its limit is stored (marked in its header) and said in the problems.
    if (dom.value.cut)
      problems.push({
        code: 'too-large',
        detail: tooLargeDetail('dom-snapshot', 'over', MAX_ARTEFACT_BYTES['dom-snapshot']),
      });
  } else failed('DOM', dom.reason);
  deadline.check();
  await repo.update(draftId, (d) => ({ ...d, status: 'ready', problems: [...d.problems, ...problems] }));
  await events.draftChanged(draftId);
}

function openComposer(draftId: string, tab: ReportRequest['tab'], active = true) {
  return browser.tabs.create({
    url: composerUrl(draftId),
    windowId: tab.windowId,
    active,
    ...(typeof tab.index === 'number' ? { index: tab.index + 1 } : {}),
    openerTabId: tab.id,
  });
}

/** Brings the composer opened in the background to the front; opens one if it is gone (closed by the user). */
async function showComposer(
  opening: Promise<{ id?: number } | undefined>,
  draftId: string,
  tab: ReportRequest['tab'],
): Promise<void> {
  const opened = await opening;
  if (opened?.id !== undefined) {
    const shown = await browser.tabs.update(opened.id, { active: true }).catch(() => undefined);
    if (shown) return;
  }
  await openComposer(draftId, tab);
}

export { makeArtefact };
