import { describe, expect, it, vi } from 'vitest';
import { boundedText, optionalWebUrl, pageText, webUrl } from '@/utils/zod';

describe('zod setup', () => {
  it('bounds text instead of rejecting it', () => {
    expect(boundedText(3).parse('abcdef')).toBe('abc');
  });

  it('removes bidi controls from page text, then bounds it', () => {
    expect(pageText(100).parse('abc\u202Egnp.exe')).toBe('abcgnp.exe');
    expect(pageText(100).parse('\u2066a\u2069\u200Eb\u200F\u061Cc\u202A\u202B\u202C\u202D\u2067\u2068')).toBe('abc');
    expect(pageText(3).parse('\u202Eabcdef')).toBe('abc');
    expect(pageText(100).parse('كتاب — livre\nligne')).toBe('كتاب — livre\nligne');
  });

  it('cuts a long URL to 8 192 characters instead of refusing it', () => {
    const long = `https://example.org/?q=${'a'.repeat(20_000)}`;
    expect(webUrl().parse(long)).toBe(long.slice(0, 8192));
    expect(optionalWebUrl().parse(long)).toBe(long.slice(0, 8192));
    expect(optionalWebUrl().parse(`javascript:${'a'.repeat(20_000)}`)).toBeUndefined();
  });

  it('accepts only the listed URL schemes', () => {
    expect(webUrl().safeParse('https://example.org/a').success).toBe(true);
    expect(webUrl().safeParse('javascript:alert(1)').success).toBe(false);
    expect(webUrl(['data:']).safeParse('data:image/png;base64,AA').success).toBe(true);
  });

  it('never attempts code generation (the extension CSP forbids it)', async () => {
    const original = globalThis.Function;
    let constructions = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        constructions++;
        return Reflect.construct(target, args);
      },
    });
    try {
      vi.resetModules();
      const fresh = await import('@/utils/zod');
      const schema = fresh.z.object({ a: fresh.z.string(), b: fresh.z.number().optional() });
      expect(schema.parse({ a: 'x', extra: 1 })).toEqual({ a: 'x' });
      expect(constructions).toBe(0);
    } finally {
      globalThis.Function = original;
    }
  });
});
