import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { startReport, type ReportRequest } from '@/utils/capture/start-report';
import { cancelFullPage, captureFullPage } from '@/utils/capture/full-page';
import { CaptureError } from '@/utils/capture/errors';
import type { CaptureContext } from '@/utils/capture/context';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { renameStoredChannels } from '@/utils/db/renamed-channels';
import { listen } from '@/utils/messaging/listen';
import { notifyDraftChanged, notifyProgress } from '@/utils/messaging/events';
import {
  MENU_BATCH,
  MENU_BATCH_LINKS,
  MENU_REPORT,
  MENU_REPORT_CSAM,
  registerContextMenus,
} from '@/utils/capture/menus';
import { addToBatchAndShow, showBatchCount, syncBatchMenu } from '@/utils/background/batch';
import { addSelectionLinks } from '@/utils/background/batch-links';
import { linksNoteText } from '@/utils/background/links-note';
import { addToBatch, BATCH_MAX, readBatch } from '@/utils/db/batch-repo';
import { openFormTab } from '@/utils/background/open-form';
import { errorResponse, watchMatchReply } from '@/utils/background/replies';
import { isChannelId } from '@/utils/channels/registry';
import { registerCountry } from '@/utils/channels/eu/abroad';
import { matchesForTab, registerWatchListeners } from '@/utils/watch/watcher';

/** The capture path stores drafts through the repository and tells extension pages through messages. */
const capture: CaptureContext = {
  store: draftsRepository,
  events: { draftChanged: notifyDraftChanged, progress: notifyProgress },
  batch: { add: addToBatchAndShow },
};

/**
 * Wiring only. Every listener is registered synchronously at the top level (an `await` before
 * registration loses the event that woke the worker); the work is delegated to utils/.
 * Nothing in this worker's globals is trusted to survive: every step is persisted in IndexedDB.
 */
export default defineBackground(() => {
  const startedAt = new Date().toISOString();

  browser.runtime.onInstalled.addListener((details) => {
    void registerContextMenus().then(syncBatchMenu);
    if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    // Records an older version left (before the CSAM rule read every door) are put right once,
    // after an update: every write since goes through the rule.
    if (details.reason === 'update')
      void draftsRepository
        .enforceLinkOnly()
        .catch((error: unknown) => console.error('Vigie: CSAM rule on older records failed', error));
    // Hand-offs stored with a door's old, place-based id (`eu` lists) take its stable name, once.
    if (details.reason === 'update')
      void renameStoredChannels().catch((error: unknown) =>
        console.error('Vigie: renaming stored channel ids failed', error),
      );
  });

  const onMenuClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === MENU_BATCH_LINKS) {
      if (tab?.id !== undefined && tab.windowId !== undefined)
        void selectionLinks(tabRef(tab), info.pageUrl, info.frameId);
      return;
    }
    if (info.menuItemId !== MENU_REPORT && info.menuItemId !== MENU_REPORT_CSAM && info.menuItemId !== MENU_BATCH)
      return;
    if (!tab?.id || tab.windowId === undefined) return;
    void run({
      trigger: 'context-menu',
      csam: info.menuItemId === MENU_REPORT_CSAM,
      batch: info.menuItemId === MENU_BATCH,
      tab: tabRef(tab),
      menu: {
        pageUrl: info.pageUrl,
        linkUrl: info.linkUrl,
        srcUrl: info.srcUrl,
        frameUrl: info.frameUrl,
        frameId: info.frameId,
        selectionText: info.selectionText,
        mediaType: info.mediaType,
      },
    });
  };
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  // e2e builds only (dropped from production bundles): Firefox has no `onClicked.dispatch`, so its
  // specs run this same listener from an extension page (`runtime.getBackgroundPage()`).
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { vigieE2e: { menuClicked: onMenuClicked } });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'report-page') return;
    void (async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (active?.id !== undefined && active.windowId !== undefined)
        await run({ trigger: 'shortcut', csam: false, tab: tabRef(active) });
    })();
  });

  // Every request of the protocol; the watchlist answers the popup's question about its tab.
  listen(
    {
      'report/start': async ({ tabId, csam, batch }) => {
        const tab = await browser.tabs.get(tabId).catch(() => undefined);
        if (tab?.id === undefined) throw new CaptureError('no-tab');
        const request = { trigger: 'popup', csam, batch: batch && !csam, tab: tabRef(tab) } as const;
        const { draftId } = await startReport(request, capture);
        return { ok: true, draftId };
      },
      'capture/full-page': async ({ draftId }) => ({ ok: true, draftId, ...(await captureFullPage(draftId, capture)) }),
      'handoff/open': ({ draftId, channelId }) => {
        // Another member state's door (`de-hotline`): its country's doors are registered first.
        const door = /^([a-z]{2})-/.exec(channelId);
        if (door && !isChannelId(channelId)) registerCountry(door[1]!.toUpperCase());
        return openFormTab(draftId, channelId);
      },
      // The running capture then answers its own request with `cancelled`.
      'capture/cancel': async ({ draftId }) => {
        cancelFullPage(draftId);
        return { ok: true, draftId };
      },
      'watch/match': ({ tabId }) => watchMatchReply(() => matchesForTab(tabId)),
    },
    errorResponse,
  );

  // Watchlists (with watch mode): the badge on every tab.
  registerWatchListeners();

  void draftsRepository
    .markInterrupted(startedAt)
    .catch((error: unknown) => console.error('Vigie: recovery failed', error));
});

function tabRef(tab: Browser.tabs.Tab): ReportRequest['tab'] {
  return { id: tab.id!, windowId: tab.windowId!, url: tab.url, title: tab.title, index: tab.index };
}

/** Each link of the selection becomes a URL-only item of the batch (no screenshot: the page shown is not the item). */
async function selectionLinks(tab: ReportRequest['tab'], pageUrl: string | undefined, frameId: number | undefined) {
  try {
    const note = await addSelectionLinks({ tabId: tab.id, frameId }, async (linkUrl) => {
      if ((await readBatch()).items.length >= BATCH_MAX) return 'full';
      await startReport(
        { trigger: 'context-menu', csam: false, batch: true, linkOnly: true, tab, menu: { pageUrl, linkUrl } },
        { ...capture, batch: { add: async (id) => void (await addToBatch(id)) } },
      );
      return 'added';
    });
    await showBatchCount((await readBatch()).items.length).catch(() => undefined);
    // Said at once on the toolbar button (its tooltip), after the count; the batch page says it too.
    await browser.action.setTitle({ title: linksNoteText(note) }).catch(() => undefined);
  } catch (error) {
    console.error('Vigie: adding the selection links failed', error);
  }
}

async function run(request: ReportRequest) {
  try {
    await startReport(request, capture);
  } catch (error) {
    console.error('Vigie: report failed', error);
  }
}
