/**
 * Every channel Vigie can point to, parsed by its schema at load: malformed data fails loudly, at
 * build and test time, never in the UI. Schema: `channel.schema.ts`; rows: `channels.data.ts` and
 * `notices.data.ts`.
 */
import { defineRegistry } from '@/utils/registry';
import { channelSchema, type Channel } from './channel.schema';
import { serviceChannels } from './channels.data';
import { noticeChannels } from './notices.data';
// Build-time alias (`wxt.config.ts`): the test forms in the e2e builds, `./no-test-channels` elsewhere.
import { testFormChannels, testFormOverrides } from '#test-channels';

export { channelKinds, channelOperators, channelSchema, type Channel, type ChannelKind } from './channel.schema';

// The e2e builds (`--mode e2e`) add test forms; elsewhere the branch is dropped with the module.
// Official forms with a test stand-in (PHAROS) open the stand-in there, so tests click the real buttons.
const e2e = import.meta.env.MODE === 'e2e';
const testRows = e2e ? (testFormChannels() as never[]) : [];
const services = e2e
  ? serviceChannels.map((c) => {
      const url = testFormOverrides()[c.id];
      return url && 'entry' in c ? { ...c, url } : c;
    })
  : serviceChannels;
const registry = defineRegistry('channels', channelSchema, [...services, ...noticeChannels, ...testRows]);

export type ChannelId = (typeof serviceChannels)[number]['id'] | (typeof noticeChannels)[number]['id'];
export type ChannelEntry = Channel & { id: ChannelId };

export const channels: readonly ChannelEntry[] = registry.all;
export const channelById: Readonly<Record<ChannelId, ChannelEntry>> = registry.byId;
export const isChannelId = registry.has;

/** The DSA notice channel of a platform detected by Vigie, if any. */
export function noticeChannelFor(platformId: string): ChannelEntry | undefined {
  return channels.find((c) => c.kind === 'platform-notice' && c.platformId === platformId);
}
