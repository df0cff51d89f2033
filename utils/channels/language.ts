/**
 * The language of what Vigie hands to a channel, whatever the language of the interface. Pure.
 *
 * Every service, help line, association and the complaint are French: PHAROS, THESEE, 17Cyber,
 * the trusted flaggers, the phone lines all work in French, so their packs, scripts and the
 * complaint PDF are written in French. A platform's DSA notice is written in the language the user
 * chose for the texts they send, and always carries its other-language version too (`alt`).
 */
import type { Lang } from '@/utils/localized';
import type { ChannelKind } from './channel.schema';

/** The language of the pack, the notice or the document handed to a channel of this kind. */
export function outputLanguage(channel: { kind: ChannelKind }, preferred: Lang): Lang {
  return channel.kind === 'platform-notice' ? preferred : 'fr';
}
