/**
 * "Open the official form beside the pack": a new tab on the channel's form, and Vigie's side
 * panel (Chrome `sidePanel`, Firefox `sidebar_action`) showing that draft's pack for that tab.
 *
 * Two halves: `openOfficialForm` runs in an extension page (the composer), **called directly
 * from the click handler**: browsers open a side panel only in a user gesture, and Firefox only
 * synchronously inside it. `openFormTab` is the background's `handoff/open` handler.
 */
import { browser } from 'wxt/browser';
import { channelById, isChannelId } from '@/utils/channels/registry';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { responseSchema, type ErrorCode, type Response } from '@/utils/messaging/protocol';
import { panelPath } from '@/utils/handoff/panel-params';

export type OpenFormResult =
  | { ok: true; tabId: number; /** false when the browser refused to open the panel (no gesture) */ panelOpen: boolean }
  | { ok: false; error: ErrorCode };

interface SidebarAction {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string | null }): Promise<void>;
}
const sidebarAction = () => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

/** Extension page, in the click handler: opens the form's tab, then the panel beside it. */
export function openOfficialForm(draftId: string, channelId: string): Promise<OpenFormResult> {
  // Firefox honours sidebarAction.open() only synchronously in the user's click: before any await.
  // The sidebar first shows the composer window's panel, then the form tab's own once it is active.
  const sidebarOpened = import.meta.env.FIREFOX
    ? (sidebarAction()
        ?.open()
        .then(() => true)
        .catch(() => false) ?? Promise.resolve(false))
    : null;
  return (async () => {
    const raw: unknown = await browser.runtime.sendMessage({ type: 'handoff/open', draftId, channelId });
    const response = responseSchema.safeParse(raw);
    if (!response.success) return { ok: false, error: 'capture-failed' } as const;
    if (!response.data.ok) return { ok: false, error: response.data.error } as const;
    const tabId = response.data.tabId;
    if (tabId === undefined) return { ok: false, error: 'no-tab' } as const;
    if (sidebarOpened) return { ok: true, tabId, panelOpen: await sidebarOpened } as const;
    try {
      // Chrome keeps the click's transient activation for a few seconds: enough for one round trip.
      await browser.sidePanel.open({ tabId });
      return { ok: true, tabId, panelOpen: true } as const;
    } catch {
      return { ok: true, tabId, panelOpen: false } as const;
    }
  })();
}

/** Background (`handoff/open`): the tab of the form, with the panel set for that tab only. */
export async function openFormTab(draftId: string, channelId: string): Promise<Response> {
  if (!isChannelId(channelId)) return { ok: false, error: 'no-channel' };
  const url = channelById[channelId].url;
  if (!url) return { ok: false, error: 'no-channel' };
  if (!(await draftsRepository.get(draftId))) return { ok: false, error: 'no-draft' };
  const tab = await browser.tabs.create({ url, active: true });
  if (tab.id === undefined) return { ok: false, error: 'no-tab' };
  const path = panelPath(draftId, channelId, tab.id);
  const sidebar = sidebarAction();
  if (import.meta.env.FIREFOX && sidebar)
    await sidebar.setPanel({ tabId: tab.id, panel: browser.runtime.getURL(path) });
  else await browser.sidePanel.setOptions({ tabId: tab.id, path: path.slice(1), enabled: true });
  return { ok: true, draftId, tabId: tab.id };
}
