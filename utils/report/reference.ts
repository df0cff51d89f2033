/**
 * The reference number a channel gives back, as the user pastes it. Without zod, so that the
 * schemas and the smallest pages can share the bound.
 */

/** The longest reference number kept (a channel's reference is a few dozen characters at most). */
export const REFERENCE_MAX = 300;

const isControl = (ch: string) => {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || c === 0x7f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
};

/** How long a pasted reference is once cleaned, when it is over `REFERENCE_MAX`; `null` when it fits. */
export function referenceOverflow(raw: string): number | null {
  const length = cleanReference(raw, Infinity)?.length ?? 0;
  return length > REFERENCE_MAX ? length : null;
}

/** The reference a user pastes: trimmed, one line, bounded. Empty means "none". */
export function cleanReference(raw: string, max = REFERENCE_MAX): string | null {
  // Control characters (line breaks included) and bidi overrides become spaces: one plain line.
  const one = [...raw]
    .map((ch) => (isControl(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return one === '' ? null : one.slice(0, max);
}
