import { describe, expect, it, vi } from 'vitest';
import { boundedText, webUrl } from '@/utils/zod';

describe('zod setup', () => {
  it('bounds text instead of rejecting it', () => {
    expect(boundedText(3).parse('abcdef')).toBe('abc');
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
