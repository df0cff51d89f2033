import { describe, expect, it } from 'vitest';
import { evidenceItems } from '@/utils/handoff/context';

describe('evidenceItems', () => {
  it('names each file by kind, with its part number for a tall page, the same in every pack', () => {
    const hash = (c: string) => c.repeat(64);
    expect(
      evidenceItems([
        { kind: 'screenshot', sha256: hash('a') },
        { kind: 'full-page', sha256: hash('b'), part: { index: 0 } },
        { kind: 'full-page', sha256: hash('c'), part: { index: 1 } },
      ]),
    ).toEqual([
      { name: 'screenshot', sha256: hash('a') },
      { name: 'full-page-1', sha256: hash('b') },
      { name: 'full-page-2', sha256: hash('c') },
    ]);
  });
});
