import { describe, expect, it } from 'vitest';
import { withoutBidi, withoutControlChars } from '@/utils/format/controls';

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
const C1 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)).join('');

describe('control characters, defined once', () => {
  it('removes every C0, DEL and C1 character, keeping what each use asks for', () => {
    const text = `a${C0}\u007f${C1}b`;
    expect(withoutControlChars(text, 'none')).toBe('ab');
    expect(withoutControlChars(text, 'newline')).toBe('a\nb');
    expect(withoutControlChars(text, 'layout')).toBe('a\t\nb');
  });

  it('replaces instead of removing when asked, so words stay apart', () => {
    expect(withoutControlChars('un\u0000deux', 'none', ' ')).toBe('un deux');
  });

  it('leaves letters, spaces and emoji of every script alone', () => {
    const text = 'Élise 李 محمد 🙂 café\u00a0!';
    expect(withoutControlChars(text, 'none')).toBe(text);
    expect(withoutBidi(text)).toBe(text);
  });

  it('removes the bidi overrides, isolates and marks that can disguise an address', () => {
    const spoof = 'https://exa\u202Egpj.exe\u202C\u2066x\u2069\u200E\u200F\u061C';
    expect(withoutBidi(spoof)).toBe('https://exagpj.exex');
    expect(withoutBidi('a\u202Eb', '·')).toBe('a·b');
  });
});
