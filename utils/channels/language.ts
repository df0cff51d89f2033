/**
 * The language of what Vigie hands to a channel, whatever the language of the interface. Pure.
 *
 * Every service, help line, association and the complaint are French: PHAROS, THESEE, 17Cyber,
 * the trusted flaggers, the phone lines all work in French, so their packs, scripts and the
 * complaint PDF are written in French. A platform's DSA notice is written in the language the user
 * chose for the texts they send, and always carries its other-language version too (`alt`).
 * Another member state's doors (`country`) get their own language when Vigie writes it (a Belgian
 * door working in French gets French), English otherwise: Vigie writes French and English only, and
 * never hands a French text to a German hotline because the interface is French.
 */
import type { Lang } from '@/utils/localized';
import type { ChannelKind } from './channel.schema';

/** The language of the pack, the notice or the document handed to a channel of this kind. */
export function outputLanguage(
  channel: { kind: ChannelKind; country?: string | undefined; language?: string | undefined },
  preferred: Lang,
): Lang {
  if (channel.kind === 'platform-notice') return preferred;
  if (channel.country !== undefined && channel.country !== 'FR') return channel.language === 'fr' ? 'fr' : 'en';
  return 'fr';
}

/**
 * The other language Vigie writes: a platform's notice carries its version in it (`alt`), and the
 * form filler reads a form's options in it when the form is not in the pack's.
 */
export function otherLanguage(lang: Lang): Lang {
  return lang === 'fr' ? 'en' : 'fr';
}
