import { describe, expect, it } from 'vitest';
import { planParts, planScrollPositions } from '@/utils/capture/full-page-plan';

describe('planScrollPositions', () => {
  it('covers the page and clamps the last viewport to the bottom', () => {
    expect(planScrollPositions(2500, 800)).toEqual([0, 800, 1600, 1700]);
  });
  it('is a single position for a page shorter than the viewport', () => {
    expect(planScrollPositions(500, 800)).toEqual([0]);
  });
  it('has no duplicate when the height is a multiple of the viewport', () => {
    expect(planScrollPositions(1600, 800)).toEqual([0, 800]);
  });
});

describe('planParts', () => {
  it('splits tall pages into bands no taller than the cap, covering every pixel once', () => {
    const parts = planParts(40_060, 16_000);
    expect(parts).toEqual([
      { top: 0, height: 16_000 },
      { top: 16_000, height: 16_000 },
      { top: 32_000, height: 8_060 },
    ]);
    expect(parts.reduce((s, p) => s + p.height, 0)).toBe(40_060);
  });
  it('always returns at least one part', () => {
    expect(planParts(0, 100)).toEqual([{ top: 0, height: 1 }]);
  });
});
