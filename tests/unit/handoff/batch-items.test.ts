import { describe, expect, it } from 'vitest';
import {
  channelProgress,
  descriptionProblem,
  exportScope,
  handedOffOn,
  itemPacks,
  itemsTakingShared,
  withDescription,
} from '@/utils/handoff/batch-items';
import { groupByChannel } from '@/utils/handoff/batch';
import { DESCRIPTION_MAX, type Draft } from '@/utils/report/draft';
import { recordHandoff, setHandoffReference } from '@/utils/report/handoffs';
import { CAPTURED_AT, IDENTITY, makeDraft } from './draft-factory';

const LATER = '2026-11-29T10:00:00.000Z';
const post = (n: number, description = '') =>
  makeDraft({
    id: `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    target: {
      context: 'page',
      url: `https://x.com/someone${n}/status/${n}000`,
      pageUrl: `https://x.com/someone${n}/status/${n}000`,
      normalizedUrl: `https://x.com/someone${n}/status/${n}000`,
    },
    narrative: { description },
    qualification: { categoryId: 'hate-incitement', goodFaithAt: CAPTURED_AT, danger: false, role: 'witness' },
  });
const batchOf10 = (describe: (i: number) => string = () => '') =>
  Array.from({ length: 10 }, (_, i) => post(i + 1, describe(i)));

describe('one shared description, adjusted per item', () => {
  it('goes only into the items with no words of their own', () => {
    const items = batchOf10((i) => (i === 3 ? 'Mon propre texte pour le 4.' : i === 5 ? '   ' : ''));
    const ids = itemsTakingShared(items);
    expect(ids).toHaveLength(9);
    expect(ids).not.toContain(items[3]!.id);
    expect(ids).toContain(items[5]!.id); // blank is no description
  });

  it('each item then holds its own text, adjusted independently of the others', () => {
    const shared = 'Appel à la haine visant un groupe, publié en réponse à un article.';
    let items = batchOf10().map((d) => withDescription(d, shared));
    items = items.map((d, i) => (i === 2 ? withDescription(d, `${shared} Ici, une photo du groupe visé.`) : d));
    expect(items.filter((d) => d.narrative.description === shared)).toHaveLength(9);
    expect(items[2]!.narrative.description).toContain('photo du groupe');
    // The rest of the narrative is kept.
    expect(items[2]!.narrative.publishedAt).toBe(batchOf10()[2]!.narrative.publishedAt);
    expect(itemsTakingShared(items)).toEqual([]);
  });

  it('says an empty text and a too long one (counted in characters), never cuts it', () => {
    expect(descriptionProblem('  \n ')).toEqual({ kind: 'empty' });
    expect(descriptionProblem('Un texte.')).toBeNull();
    expect(descriptionProblem('é'.repeat(DESCRIPTION_MAX))).toBeNull();
    expect(descriptionProblem('😀'.repeat(DESCRIPTION_MAX))).toBeNull(); // 2 UTF-16 units each, one character
    expect(descriptionProblem('x'.repeat(DESCRIPTION_MAX + 1))).toEqual({
      kind: 'too-long',
      length: DESCRIPTION_MAX + 1,
      max: DESCRIPTION_MAX,
    });
  });
});

describe('the gate on every item, in the channel’s language', () => {
  it('each item’s pack uses its own description; without one, the gate names it missing', () => {
    const items = batchOf10((i) => (i % 2 === 0 ? `Message haineux numéro ${i + 1}.` : ''));
    for (const [i, d] of items.entries()) {
      const packs = itemPacks(d, ['pharos', 'x-notice', 'point-de-contact'], 'en', IDENTITY);
      expect([...packs.keys()]).toEqual(['pharos', 'x-notice', 'point-de-contact']);
      for (const pack of packs.values()) {
        expect(pack.plainText).not.toMatch(/\(Décrivez|\(Describe|\{\w*\}|undefined/);
        if (i % 2 === 0) expect(pack.plainText).toContain(`Message haineux numéro ${i + 1}.`);
        expect(pack.verdict.missing.includes('description')).toBe(i % 2 === 1);
      }
      // French services get French whatever the text language; the notice, the one chosen.
      expect(packs.get('pharos')!.lang).toBe('fr');
      expect(packs.get('x-notice')!.lang).toBe('en');
    }
  });

  it('no other item’s words leak into an item’s pack', () => {
    const items = batchOf10((i) => `Description propre au contenu ${i + 1}.`);
    const pharos = itemPacks(items[4]!, ['pharos'], 'fr', null).get('pharos')!;
    expect(pharos.plainText).toContain('contenu 5.');
    expect(pharos.plainText).not.toMatch(/contenu (?:[1-46-9]|10)\./);
  });

  it('an item not yet qualified has no pack', () => {
    const d = makeDraft({ qualification: { categoryId: null } });
    expect(itemPacks(d, ['pharos'], 'fr', null).size).toBe(0);
  });
});

describe('hand-off progress per item and channel', () => {
  it('counts the items handed off on each channel, with their references, and names the next', () => {
    let items: Draft[] = batchOf10((i) => `Texte ${i}.`);
    const groups = groupByChannel(items);
    const channels = groups.map((g) => g.channelId);
    expect(channels).toEqual(expect.arrayContaining(['pharos', 'x-notice']));
    let pharos = channelProgress(items, 'pharos');
    expect(pharos).toMatchObject({ done: 0, total: 10, next: items[0]!.id });

    // The walk: item 1 opened and filled, item 2 opened only, item 4 answered with a reference.
    items = items.map((d, i) =>
      i === 0
        ? recordHandoff(recordHandoff(d, 'pharos', 'opened', LATER), 'pharos', 'filled', LATER)
        : i === 1
          ? recordHandoff(d, 'pharos', 'opened', LATER)
          : i === 3
            ? setHandoffReference(d, 'pharos', '  PHAROS-2026-0042 ', LATER)
            : d,
    );
    pharos = channelProgress(items, 'pharos');
    expect(pharos.done).toBe(3);
    expect(pharos.next).toBe(items[2]!.id);
    expect(pharos.items.map((i) => i.done)).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(pharos.items[3]!.reference).toBe('PHAROS-2026-0042');
    // Per channel: PHAROS's record does not make the item done on X.
    expect(handedOffOn(items[0]!, 'x-notice')).toBe(false);
    expect(channelProgress(items, 'x-notice')).toMatchObject({ done: 0, next: items[0]!.id });

    // Every item done: no next.
    const all = items.map((d) => recordHandoff(d, 'pharos', 'copied', LATER));
    expect(channelProgress(all, 'pharos')).toMatchObject({ done: 10, total: 10, next: null });
  });

  it('an emptied reference with no action leaves the item to do', () => {
    const d = setHandoffReference(setHandoffReference(post(1), 'pharos', 'REF-1', LATER), 'pharos', '', LATER);
    // Acknowledged once a reference was given: the channel answered, the item stays done.
    expect(handedOffOn(d, 'pharos')).toBe(true);
    const untouched = setHandoffReference(post(2), 'pharos', '   ', LATER);
    expect(handedOffOn(untouched, 'pharos')).toBe(false);
  });
});

describe('exports from the batch page', () => {
  it('take the batch, or the selection only — never an id outside the batch', () => {
    const batch = batchOf10().map((d) => d.id);
    expect(exportScope(batch, new Set())).toEqual(batch);
    expect(exportScope(batch, new Set([batch[2]!, batch[7]!]))).toEqual([batch[2], batch[7]]);
    // A stale selection (an item removed since, or a report outside the batch) is not exported.
    expect(exportScope(batch, new Set(['00000000-0000-4000-8000-999999999999', batch[1]!]))).toEqual([batch[1]]);
    expect(exportScope(batch, new Set(['00000000-0000-4000-8000-999999999999']))).toEqual(batch);
  });
});
