/**
 * "Open the official form beside the pack": a new tab on the channel's form, and Vigie's side
 * panel (Chrome `sidePanel`, Firefox `sidebar_action`) showing that draft's pack for that tab.
 *
 * Two halves: `openOfficialForm` runs in an extension page (the composer), **called directly
 * from the click handler**: browsers open a side panel only in a user gesture, and Firefox only
 * synchronously inside it. `openFormTab` (`utils/background/open-form.ts`) is the background's
 * `handoff/open` handler.
 */
import { browser } from 'wxt/browser';
import type { ErrorCode } from './protocol';
import { MessageError, send } from './protocol';

export type OpenFormResult =
  | { ok: true; tabId: number; /** false when the browser refused to open the panel (no gesture) */ panelOpen: boolean }
  | { ok: false; error: ErrorCode };

interface SidebarAction {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string | null }): Promise<void>;
}
export const sidebarAction = () => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

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
    // A reply that does not fit the protocol is a failure; the browser's own errors propagate.
    const response = await send('handoff/open', { draftId, channelId }).catch((e: unknown) => {
      if (e instanceof MessageError) return null;
      throw e;
    });
    if (response === null) return { ok: false, error: 'capture-failed' } as const;
    if (!response.ok) return { ok: false, error: response.error } as const;
    const tabId = response.tabId;
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
