/**
 * The report pack: for one channel, exactly the fields that channel asks, pre-written from the
 * draft and the user's description, each ready to copy or to fill into the official form. The same
 * data feeds the composer, the side panel beside the official form and the evidence package.
 */
import type { ChannelId } from '@/utils/channels/registry';
import type { Lang } from '@/utils/localized';
import type { GateVerdict } from './gate';

/** Stable keys: the form filler matches form controls to them, tests read them. */
export const packFieldKeys = [
  'category',
  'url',
  'pageUrl',
  'place',
  'seenAt',
  'publishedAt',
  'author',
  'description',
  'legalBasis',
  'evidence',
  'name',
  'email',
  'goodFaith',
  'notice',
] as const;
export type PackFieldKey = (typeof packFieldKeys)[number];

/** What kind of form control a value fits. */
export type PackFieldKind = 'text' | 'longtext' | 'url' | 'datetime' | 'email' | 'choice';

export interface PackField {
  key: PackFieldKey;
  /** The field's name as the channel's form calls it, in the pack's language. */
  label: string;
  /** Plain text, ready to paste. Empty when unknown or deliberately left out (see `note`). */
  value: string;
  kind: PackFieldKind;
  /** For a `choice`: the option to pick in the form (e.g. PHAROS's own category). */
  choice?: string;
  /** For a `datetime`: the same moment as ISO 8601 (UTC), for date and time inputs. */
  iso?: string;
  /** Why the value is empty or omitted (e.g. identity not required, DSA Art. 16(2)(c)). */
  note?: string;
  /** The same value in the other language (DSA notices are offered in French and English). */
  alt?: { lang: Lang; value: string };
  /**
   * The value the channel needs is not there yet (e.g. the user has not written the description):
   * the value is empty, `note` says what to do, and nothing is copied or filled in its place.
   */
  missing?: true;
}

export type PackMode = 'form' | 'in-app' | 'phone' | 'sms' | 'chat';

export interface Pack {
  channelId: ChannelId;
  lang: Lang;
  mode: PackMode;
  /** "PHAROS — formulaire de signalement", "3018 — appeler" … */
  title: string;
  fields: PackField[];
  /** What only the user can do on the channel's side (in-app steps, captcha, consent, attachments). */
  steps: string[];
  /** For phone and SMS lines: the number to call or text, digits only. */
  phone?: string;
  /** For phone lines: a short script of what to say. */
  script?: string;
  /** Every field as clean plain text: what "copy all" puts on the clipboard. */
  plainText: string;
  /** The report-quality gate's verdict on this pack (`gate.ts`): ready, or what is missing. */
  verdict: GateVerdict;
}

/** The optional identity for DSA notices (settings; empty by default). */
export interface ReporterIdentity {
  name: string;
  email: string;
}
