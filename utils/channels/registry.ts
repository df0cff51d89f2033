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
import type { ListedDoorId } from './eu/countries.data';

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

/** France's channels and the platforms' notices: the ids the code and the French rules name. */
export type FixedChannelId = (typeof serviceChannels)[number]['id'] | (typeof noticeChannels)[number]['id'];
/** The two-letter prefixes of the other member states' doors (`de-…`, `it-…`), never a French channel's. */
export type DoorPrefix = 'at' | 'be' | 'bg' | 'cy' | 'cz' | 'de' | 'dk' | 'ee' | 'es' | 'fi' | 'gr' | 'hr' | 'hu' | 'ie' | 'it' | 'lt' | 'lu' | 'lv' | 'mt' | 'nl' | 'pl' | 'pt' | 'ro' | 'se' | 'si' | 'sk'; // prettier-ignore
/** The one-of-a-kind doors of a member state (`eu/doors.ts` says what each is). */
export const doorSlots = [
  'emergency-112',
  'child-helpline',
  'victim-support',
  'hotline',
  'police-portal',
  'police',
] as const;
export type DoorSlot = (typeof doorSlots)[number];
/**
 * A door of another member state, registered when its country is loaded (`eu/load.ts`). A finite
 * set of names (slot, or a listed entry's stable name: `de-trusted-flagger-hateaid`, never its
 * place in the list), so that `channelById` stays an exact map: the code never names a country's
 * door, and a value of this type comes from a registered door (a route of that country, or
 * `isChannelId` on a stored id).
 */
export type DoorChannelId = `${DoorPrefix}-${DoorSlot}` | ListedDoorId;
export type ChannelId = FixedChannelId | DoorChannelId;
export type ChannelEntry = Channel & { id: ChannelId };

// France's rows are fixed at load; another member state's doors join them when its data is loaded
// (lazily: the composer's first render does not carry 26 countries), so every page that reads a
// route (side panel, packs, PDF, history) finds them by id like any channel.
const all: ChannelEntry[] = [...registry.all];
const byId: Record<string, ChannelEntry> = Object.assign(Object.create(null) as object, registry.byId);

export const channels: readonly ChannelEntry[] = all;
export const channelById = byId as Readonly<Record<ChannelId, ChannelEntry>>;
export const isChannelId = (value: string): value is ChannelId => Object.hasOwn(byId, value);

/**
 * Adds another member state's doors (rows of `eu/doors.ts`), parsed by the channel schema. Idempotent
 * for the same rows; a door can neither take a French channel's id nor a door id twice.
 */
export function registerDoorChannels(rows: readonly Channel[]): void {
  for (const raw of rows) {
    const row = channelSchema.parse(raw) as ChannelEntry;
    if (row.country === undefined || row.country === 'FR') throw new Error(`channels: ${row.id} is not a door`);
    const existing = byId[row.id];
    if (existing?.country === row.country) continue;
    if (existing) throw new Error(`channels: duplicate id ${row.id}`);
    byId[row.id] = row;
    all.push(row);
  }
}

/** The DSA notice channel of a platform detected by Vigie, if any. */
export function noticeChannelFor(platformId: string): ChannelEntry | undefined {
  return channels.find((c) => c.kind === 'platform-notice' && c.platformId === platformId);
}
