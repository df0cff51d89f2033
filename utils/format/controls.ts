/**
 * The invisible characters that hostile text uses, defined once: control characters (C0, DEL, C1),
 * which can break a line-based copy or a file format, and the bidirectional formatting
 * characters, which can make a text (an address, a name) read differently than it is stored.
 * Pure; every cleaner of the project builds on these.
 */

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the bidi marks (LRM, RLM, ALM). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
/** Every C0/C1 control character and DEL. */
const CONTROLS = /\p{Cc}/gu;
/** Every control character except the tab and the newline (the layout a text may keep). */
const CONTROLS_BUT_LAYOUT = /(?![\t\n])\p{Cc}/gu;
/** Every control character except the newline. */
const CONTROLS_BUT_NEWLINE = /(?!\n)\p{Cc}/gu;

const PATTERN = { none: CONTROLS, layout: CONTROLS_BUT_LAYOUT, newline: CONTROLS_BUT_NEWLINE } as const;

/**
 * `text` without its control characters, each replaced by `by` (nothing by default). `keep`: the
 * newline only, the tab and the newline (`layout`), or none of them.
 */
export function withoutControlChars(text: string, keep: keyof typeof PATTERN, by = ''): string {
  return text.replace(PATTERN[keep], by);
}

/** `text` without its bidirectional formatting characters, each replaced by `by` (nothing by default). */
export function withoutBidi(text: string, by = ''): string {
  return text.replace(BIDI, by);
}
