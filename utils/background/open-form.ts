/**
 * The background's half of "open the official form beside the pack" (`handoff/open`): a new tab
 * on the channel's form, with Vigie's side panel (Chrome `sidePanel`, Firefox `sidebar_action`)
 * set for that tab only. The page's half (`utils/messaging/open-form.ts`) opens the panel in the
 * user's click.
 */
import { browser } from 'wxt/browser';
import { channelById, isChannelId } from '@/utils/channels/registry';
import { draftsRepository } from '@/utils/db/drafts-repo';
import type { Reply } from '@/utils/messaging/protocol';
import { panelPath } from '@/utils/handoff/panel-params';
import { sidebarAction } from '@/utils/messaging/open-form';

/** Background (`handoff/open`): the tab of the form, with the panel set for that tab only. */
export async function openFormTab(draftId: string, channelId: string): Promise<Reply<'handoff/open'>> {
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
