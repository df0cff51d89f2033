import { describe, expect, it } from 'vitest';
import { composerStepOf, draftIdFromFragment } from '@/utils/report/urls';

const ID = '0b7e2c1a-4f3d-4c8e-9a21-6d5f0e3b7c99';

describe('draftIdFromFragment', () => {
  it('reads the draft id, with or without the "#", percent-encoded or not', () => {
    expect(draftIdFromFragment(`#${ID}`)).toBe(ID);
    expect(draftIdFromFragment(ID)).toBe(ID);
    expect(draftIdFromFragment(`#${encodeURIComponent(ID)}`)).toBe(ID);
    expect(draftIdFromFragment(`#${ID.replace('-', '%2D')}`)).toBe(ID);
  });

  it.each([
    ['a truncated percent-escape', '#%E0%A4%A'],
    ['a lone percent sign', '#%'],
    ['an invalid UTF-8 sequence', '#%C0%80'],
    ['a lone surrogate', '#%ED%A0%80'],
  ])('returns null instead of throwing on %s', (_label, hash) => {
    expect(() => decodeURIComponent(hash.slice(1))).toThrow();
    expect(draftIdFromFragment(hash)).toBeNull();
  });

  it.each(['', '#', '#not-a-draft', `#${ID}x`, `#${ID}%00`, `# ${ID}`])('returns null for %j', (hash) => {
    expect(draftIdFromFragment(hash)).toBeNull();
  });
});

describe('composerStepOf', () => {
  it('reads the one step a link may ask for, and nothing else', () => {
    expect(composerStepOf('?step=hand-over')).toBe('hand-over');
    expect(composerStepOf('')).toBeNull();
    expect(composerStepOf('?step=3')).toBeNull();
    expect(composerStepOf('?step=hand-over%00')).toBeNull();
    expect(composerStepOf('?other=hand-over')).toBeNull();
  });
});
