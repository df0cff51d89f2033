/**
 * The side panel's address: `sidepanel.html#draft=<uuid>&channel=<id>[&tab=<id>]`. The fragment
 * is read defensively: anything malformed gives `null`, and the panel says so.
 */
import { isChannelId, type ChannelId } from '@/utils/channels/registry';

export interface PanelParams {
  draftId: string;
  channelId: ChannelId;
  /** The tab of the official form, when the background opened it. */
  tabId: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function panelPath(draftId: string, channelId: string, tabId?: number): `/sidepanel.html${string}` {
  const params = new URLSearchParams({ draft: draftId, channel: channelId });
  if (tabId !== undefined) params.set('tab', String(tabId));
  return `/sidepanel.html#${params.toString()}`;
}

export function parsePanelFragment(hash: string): PanelParams | null {
  if (hash.length > 500) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  const draftId = params.get('draft') ?? '';
  const channelId = params.get('channel') ?? '';
  const tab = params.get('tab');
  if (!UUID.test(draftId) || !isChannelId(channelId)) return null;
  if (tab !== null && !/^[0-9]{1,10}$/.test(tab)) return null;
  return { draftId: draftId.toLowerCase(), channelId, tabId: tab === null ? null : Number(tab) };
}
