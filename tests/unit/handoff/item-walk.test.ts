import { describe, expect, it } from 'vitest';
import { itemPacks, itemWalk } from '@/utils/handoff/batch-items';
import { routeOf } from '@/utils/handoff/batch';
import { channelById, isChannelId, type ChannelId } from '@/utils/channels/registry';
import type { Draft } from '@/utils/report/draft';
import { recordHandoff } from '@/utils/report/handoffs';
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
    narrative: { description, publishedAt: '2026-11-20T08:30:00.000Z', publishedAtSource: 'user' },
    qualification: { categoryId: 'hate-incitement', goodFaithAt: CAPTURED_AT, danger: false, role: 'witness' },
  });
/** The walk serves the one-report-per-item forms, as the batch page says (`walksWithItem`). */
const walks = (id: ChannelId) => channelById[id].kind !== 'platform-notice' && channelById[id].url !== undefined;
const packsFor = (items: Draft[]) => {
  const packs = new Map(
    items.map((d) => [
      d.id,
      itemPacks(d, (routeOf(d)?.steps ?? []).map((s) => s.channelId).filter(isChannelId), 'fr', IDENTITY),
    ]),
  );
  return (id: string) => packs.get(id);
};
const handed = (d: Draft, channels: readonly string[]) =>
  channels.reduce((x, c) => recordHandoff(x, c, 'opened', LATER, { ready: true, missing: [] }), d);

describe('the item walk: one action hands an item to every form of its route', () => {
  const items = Array.from({ length: 10 }, (_, i) => post(i + 1, `Appel à la haine, contenu ${i + 1}.`));
  const perItem = [...packsFor(items)(items[0]!.id)!.keys()].filter(walks);

  it('serves the route’s one-report-per-item forms, never the platform notice', () => {
    expect(perItem).toContain('pharos');
    expect(perItem).not.toContain('x-notice');
    const walk = itemWalk(items, packsFor(items), walks);
    expect(walk).toMatchObject({ done: 0, total: 10, waiting: [] });
    expect(walk.next).toEqual({ draftId: items[0]!.id, index: 0, ready: perItem, blocked: [] });
  });

  it('moves on once an item was handed to every one of them, and only the channels still to do are given', () => {
    const progressed = items.map((d, i) =>
      i === 0 ? handed(d, perItem) : i === 1 ? handed(d, perItem.slice(0, 1)) : d,
    );
    const walk = itemWalk(progressed, packsFor(progressed), walks);
    expect(walk.done).toBe(1);
    expect(walk.next).toMatchObject({ draftId: items[1]!.id, index: 1, ready: perItem.slice(1) });
    // The notice being copied does not count as the item's forms done.
    const noticeOnly = items.map((d) => recordHandoff(d, 'x-notice', 'copied', LATER));
    expect(itemWalk(noticeOnly, packsFor(noticeOnly), walks).done).toBe(0);
  });

  it('all done when every item was handed to all its forms', () => {
    const all = items.map((d) => handed(d, perItem));
    expect(itemWalk(all, packsFor(all), walks)).toEqual({ next: null, waiting: [], done: 10, total: 10 });
  });

  it('an item whose gate is not ready is not handed over: it waits with what is missing, and the walk goes on', () => {
    const mixed = items.map((d, i) => (i === 0 || i === 2 ? post(i + 1, '') : d));
    const walk = itemWalk(mixed, packsFor(mixed), walks);
    expect(walk.next).toMatchObject({ draftId: items[1]!.id, index: 1 });
    expect(walk.waiting.map((w) => w.index)).toEqual([0, 2]);
    for (const w of walk.waiting) {
      expect(w.ready).toEqual([]);
      expect(w.blocked.map((b) => b.channelId)).toEqual(expect.arrayContaining(['pharos']));
      for (const b of w.blocked) expect(b.missing).toContain('description');
    }
    // Nothing ready anywhere: no next, every item says why.
    const none = items.map((_, i) => post(i + 1, ''));
    const stuck = itemWalk(none, packsFor(none), walks);
    expect(stuck.next).toBeNull();
    expect(stuck.waiting).toHaveLength(10);
  });

  it('an item not qualified (no pack) has nothing to hand over', () => {
    const unqualified = makeDraft({ qualification: { categoryId: null } });
    expect(itemWalk([unqualified], packsFor([unqualified]), walks)).toEqual({
      next: null,
      waiting: [],
      done: 1,
      total: 1,
    });
  });
});
