/**
 * A name read from a file (an archive entry, a manifest path), shown so that what a person reads is
 * what the name is: every character that is invisible or changes how the text around it is drawn
 * becomes a visible marker such as `⟨U+202E⟩`. Without this, `photo\u202Egnp.exe` reads
 * "photoexe.png", and a zero-width space makes two different names look alike.
 *
 * Marked: control characters (C0, DEL, C1), format characters (bidi marks, embeddings, overrides
 * and isolates, zero-width characters, the byte order mark, tags…), line and paragraph separators,
 * every other default-ignorable character (fillers, variation selectors) and spaces other than
 * U+0020. Display only: the name itself is never changed where it is stored or compared.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Zs}]/gu;

export function visibleName(name: string): string {
  return name.replace(HIDDEN, (c) =>
    c === ' ' ? c : `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
