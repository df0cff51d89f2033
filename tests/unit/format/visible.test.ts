import { describe, expect, it } from 'vitest';
import { visibleName } from '@/utils/format/visible';

describe('visibleName: what a person reads is what the name is', () => {
  it('a right-to-left override is shown, so "photo‮gnp.exe" does not read "photoexe.png"', () => {
    expect(visibleName('photo\u202Egnp.exe')).toBe('photo⟨U+202E⟩gnp.exe');
  });

  it('every bidi mark, embedding, override and isolate is shown', () => {
    const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    for (const cp of bidi)
      expect(visibleName(`a${String.fromCodePoint(cp)}b`)).toBe(
        `a⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩b`,
      );
  });

  it('control characters, zero-width characters, BOM, tags and odd spaces are shown', () => {
    expect(visibleName('a\u0000b\u0007c\nd\u007fe\u0085f')).toBe('a⟨U+0000⟩b⟨U+0007⟩c⟨U+000A⟩d⟨U+007F⟩e⟨U+0085⟩f');
    expect(visibleName('shot\u200B.png')).toBe('shot⟨U+200B⟩.png');
    expect(visibleName('\uFEFFreport.txt')).toBe('⟨U+FEFF⟩report.txt');
    expect(visibleName('x\u{E0041}y')).toBe('x⟨U+E0041⟩y');
    expect(visibleName('a\u00A0b\u2003c\u2028d')).toBe('a⟨U+00A0⟩b⟨U+2003⟩c⟨U+2028⟩d');
    expect(visibleName('a\u00ADb\u3164c')).toBe('a⟨U+00AD⟩b⟨U+3164⟩c');
  });

  it('ordinary names, accents, other scripts and plain spaces are unchanged', () => {
    for (const name of [
      'evidence/screenshot.png',
      'évidence/capture d’écran.png',
      'תמונה.png',
      'スクリーン.png',
      'a b',
    ])
      expect(visibleName(name)).toBe(name);
  });
});
