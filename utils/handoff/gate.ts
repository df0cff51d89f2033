/**
 * The report-quality gate: every field of a channel's pack is checked before it can be copied,
 * filled, exported or printed. Pure; `buildPack` runs it on every pack it makes, so the composer,
 * the side panel (and the form filler it feeds), the PDF and the package all get checked packs.
 *
 * - No template or placeholder text, ever: a field whose Vigie-written part still holds a stand-in
 *   (« (Décrivez… », an unfilled `{name}`, `undefined`, `null`, `NaN`, `[object …]`) is emptied and
 *   said missing. The user's own words and the page's addresses are not judged (they may hold braces).
 * - The fields the channel requires are there, or named as missing: PHAROS its category box, the
 *   date and time of publication, the place, the address and the comment; a DSA notice the four
 *   elements of Art. 16(2) (explanation, exact addresses, name and email unless the content is one of
 *   those for which the DSA requires none, the good-faith statement); other forms the address and
 *   the description they ask for.
 * - The text is in the channel's language (`outputLanguage`), labels and file names included: a
 *   French channel's field holding English words of Vigie's is emptied, and the other way round.
 * - The publication time is the one derived value (`publicationOf`) the countdown and the PDF use.
 */
import { channelById, type ChannelId } from '@/utils/channels/registry';
import type { Lang } from '@/utils/localized';
import type { PackContext } from './context';
import type { Pack, PackField, PackFieldKey } from './types';

export const gateReasons = ['placeholder', 'language', 'mismatch'] as const;
export type GateReason = (typeof gateReasons)[number];

export interface GateVerdict {
  channelId: ChannelId;
  /** The language of the pack that was checked. */
  lang: Lang;
  /** Nothing missing, nothing rejected: the pack can be handed over as it is. */
  ready: boolean;
  /** The fields the channel requires that the pack does not have (yet), in the pack's order. */
  missing: PackFieldKey[];
  /** Fields whose text failed a check: emptied in the pack, and listed in `missing` if required. */
  rejected: { key: PackFieldKey; reason: GateReason }[];
}

/** Stand-ins and template leftovers that must never leave Vigie. */
export const PLACEHOLDER_MARKERS: readonly RegExp[] = [
  /\((?:Décrivez|Describe)\b/i,
  /\[(?:décrivez|describe)\b/i,
  /\{\w*\}/,
  /\{\{|\}\}/,
  /\bundefined\b/,
  /\bnull\b/,
  /\bNaN\b/,
  /\[object\b/,
];

/** Words of Vigie's English texts that never belong in a French channel's text. */
export const ENGLISH_MARKERS: readonly RegExp[] = [
  /\bscreenshots?\b/i,
  /\bfacts\b/i,
  /\bfull-page\b/,
  /\bdom-snapshot\b/,
  /\bPublished\b/,
  /\bCategory\b/,
  /\bSeen on\b/,
  /\bAddress \(URL\)/,
  /\bWhat happened\b/,
  /\bType of content\b/,
  /\bmaximum penalty\b/,
  /\bIn my view\b/,
  /\bdate (?:given by|you gave|shown by)\b/,
  /\bEvidence \(SHA-256/,
  /\bNot found on the page\b/,
];

/** Words of Vigie's French texts that never belong in an English text. */
export const FRENCH_MARKERS: readonly RegExp[] = [
  /\bVu le\b/,
  /\bPublié le\b/,
  /\bcapture d’écran\b/i,
  /\bDescription des faits\b/,
  /\bpeine maximale\b/,
  /\bAdresse \(URL\)/,
  /\bselon moi\b/,
];

/** What each channel requires, beyond what the pack itself says is missing. */
function requiredOf(pack: Pick<Pack, 'channelId' | 'mode' | 'fields'>, c: PackContext): PackFieldKey[] {
  const channel = channelById[pack.channelId];
  if (channel.id === 'pharos') return ['category', 'publishedAt', 'place', 'url', 'description'];
  if (channel.kind === 'platform-notice')
    return c.route.omitReporterIdentity
      ? ['url', 'description', 'goodFaith']
      : ['url', 'description', 'name', 'email', 'goodFaith'];
  if (pack.mode === 'phone' || pack.mode === 'sms') return [];
  const present = new Set(pack.fields.map((f) => f.key));
  return (['url', 'description'] as const).filter((k) => present.has(k));
}

/** The Vigie-written part of a text: the user's words and the page's addresses and names taken out. */
function vigiePart(text: string, c: PackContext): string {
  const known = [c.description, c.url, c.pageUrl ?? '', c.author, c.authorSpoken, c.place]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length);
  let rest = text;
  for (const k of known) rest = rest.split(k).join(' ');
  return rest;
}

function reasonOf(f: PackField, c: PackContext, lang: Lang): GateReason | null {
  const texts = [f.label, f.value, f.choice ?? ''].map((t) => vigiePart(t, c));
  if (texts.some((t) => PLACEHOLDER_MARKERS.some((m) => m.test(t)))) return 'placeholder';
  const foreign = lang === 'fr' ? ENGLISH_MARKERS : FRENCH_MARKERS;
  // The PHAROS box is picked by its French name, even in an English document: the choice is not judged.
  if ([texts[0]!, texts[1]!].some((t) => foreign.some((m) => m.test(t)))) return 'language';
  if (f.key === 'publishedAt' && f.value && f.iso !== c.published?.value) return 'mismatch';
  if (f.key === 'url' && f.value && !f.value.includes(c.url)) return 'mismatch';
  return null;
}

/** Checks a pack built from `c`: its fields with every rejected one emptied (and marked missing), and the verdict. */
export function gate(
  pack: Omit<Pack, 'plainText' | 'verdict'>,
  c: PackContext,
): {
  fields: PackField[];
  verdict: GateVerdict;
} {
  const lang = pack.lang;
  const rejected: GateVerdict['rejected'] = [];
  const fields = pack.fields.map((f): PackField => {
    if (!f.value && !f.choice) return f;
    const reason = reasonOf(f, c, lang);
    if (!reason) return f;
    rejected.push({ key: f.key, reason });
    const { alt: _alt, choice: _choice, iso: _iso, ...rest } = f;
    return { ...rest, value: '', missing: true };
  });
  const required = new Set(requiredOf(pack, c));
  const missing: PackFieldKey[] = [];
  for (const f of fields) if ((f.missing || !f.value) && (required.has(f.key) || f.missing)) missing.push(f.key);
  for (const key of required) if (!fields.some((f) => f.key === key) && !missing.includes(key)) missing.push(key);
  const unique = [...new Set(missing)];
  return {
    fields,
    verdict: {
      channelId: pack.channelId,
      lang,
      ready: unique.length === 0 && rejected.length === 0,
      missing: unique,
      rejected,
    },
  };
}
