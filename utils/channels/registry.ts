/**
 * Every channel Vigie can point to, parsed by its schema at load: malformed data fails loudly, at
 * build and test time, never in the UI. Schema: `channel.schema.ts`; rows: `channels.data.ts` and
 * `notices.data.ts`.
 */
import { defineRegistry } from '@/utils/registry';
import { channelSchema, type Channel } from './channel.schema';
import { serviceChannels } from './channels.data';
import { noticeChannels } from './notices.data';
import { testFormChannels } from '@/tests/fixtures/forms/channels';

export { channelKinds, channelOperators, channelSchema, type Channel, type ChannelKind } from './channel.schema';

// The e2e builds (`--mode e2e`) add test forms; elsewhere the branch is dropped with the module.
const testRows = import.meta.env.MODE === 'e2e' ? (testFormChannels() as never[]) : [];
const registry = defineRegistry('channels', channelSchema, [...serviceChannels, ...noticeChannels, ...testRows]);

export type ChannelId = (typeof serviceChannels)[number]['id'] | (typeof noticeChannels)[number]['id'];
export type ChannelEntry = Channel & { id: ChannelId };

export const channels: readonly ChannelEntry[] = registry.all;
export const channelById: Readonly<Record<ChannelId, ChannelEntry>> = registry.byId;
export const isChannelId = registry.has;

/** The DSA notice channel of a platform detected by Vigie, if any. */
export function noticeChannelFor(platformId: string): ChannelEntry | undefined {
  return channels.find((c) => c.kind === 'platform-notice' && c.platformId === platformId);
}
