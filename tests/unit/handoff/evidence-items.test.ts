import { describe, expect, it } from 'vitest';
import { artefactKinds } from '@/utils/report/draft';
import { contextOf, evidenceItems } from '@/utils/handoff/context';
import { makeDraft, packInput } from './draft-factory';

describe('evidenceItems', () => {
  it('names each file by kind in words of both languages, with its part number for a tall page', () => {
    const hash = (c: string) => c.repeat(64);
    expect(
      evidenceItems([
        { kind: 'screenshot', sha256: hash('a') },
        { kind: 'full-page', sha256: hash('b'), part: { index: 0 } },
        { kind: 'full-page', sha256: hash('c'), part: { index: 1 } },
      ]),
    ).toEqual([
      { name: { fr: 'capture d’écran', en: 'screenshot' }, sha256: hash('a') },
      { name: { fr: 'capture de la page entière, partie 1', en: 'full-page capture, part 1' }, sha256: hash('b') },
      { name: { fr: 'capture de la page entière, partie 2', en: 'full-page capture, part 2' }, sha256: hash('c') },
    ]);
  });

  it('a French pack never names a file by its code name', () => {
    const draft = makeDraft();
    const items = evidenceItems(artefactKinds.map((kind, i) => ({ kind, sha256: String(i).repeat(64) })));
    const c = contextOf({ ...packInput(draft, 'pharos'), evidence: items });
    const names = c.evidence.map((e) => e.name).join('\n');
    for (const code of ['screenshot', 'full-page', 'dom-snapshot', 'facts']) expect(names).not.toContain(code);
    expect(c.evidence).toHaveLength(artefactKinds.length);
  });
});
