import { describe, expect, it } from 'vitest';
import {
  batchNoticeGaps,
  batchNoticeText,
  batchWarnings,
  groupByChannel,
  readyToHandOff,
  routeOf,
} from '@/utils/handoff/batch';
import { contextOf } from '@/utils/handoff/context';
import type { Draft } from '@/utils/report/draft';
import { CAPTURED_AT, IDENTITY, makeDraft } from './draft-factory';

const GOOD_FAITH = { goodFaithAt: CAPTURED_AT };
const xPost = (n: number, over: Parameters<typeof makeDraft>[0] = {}) =>
  makeDraft({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    target: {
      context: 'page',
      url: `https://x.com/someone${n}/status/${n}000`,
      pageUrl: `https://x.com/someone${n}/status/${n}000`,
      normalizedUrl: `https://x.com/someone${n}/status/${n}000`,
    },
    narrative: { description: `Message haineux numéro ${n}.` },
    ...over,
    qualification: { categoryId: 'hate-incitement', ...GOOD_FAITH, ...over.qualification },
  });
const ctx = (draft: Draft, lang: 'fr' | 'en' = 'fr') =>
  contextOf({ draft, route: routeOf(draft)!, lang, identity: IDENTITY, evidence: [] });

describe('the gate of a batch notice', () => {
  it('a batch of 10 without descriptions: every item named missing, no stand-in in any text', () => {
    const items = Array.from({ length: 10 }, (_, i) => ctx(xPost(i, { narrative: { description: '' } }), 'en'));
    expect(batchNoticeGaps(items)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const lang of ['fr', 'en'] as const)
      expect(batchNoticeText(items, lang)).not.toMatch(/\(Décrivez|\(Describe|\{\w*\}|undefined|null/);
  });

  it('only the items without the user’s words are missing', () => {
    const items = [ctx(xPost(1)), ctx(xPost(2, { narrative: { description: '' } })), ctx(xPost(3))];
    expect(batchNoticeGaps(items)).toEqual([1]);
    expect(batchNoticeGaps([ctx(xPost(1))])).toEqual([]);
  });
});

describe('batch hand-off', () => {
  it('hands over only qualified reports confirmed in good faith, with no danger', () => {
    expect(readyToHandOff(xPost(1))).toBe(true);
    expect(readyToHandOff(xPost(2, { qualification: { goodFaithAt: null } }))).toBe(false);
    expect(readyToHandOff(xPost(3, { qualification: { categoryId: null } }))).toBe(false);
    expect(readyToHandOff(xPost(4, { qualification: { danger: true } }))).toBe(false);
    expect(readyToHandOff(xPost(5, { qualification: { danger: null } }))).toBe(false);
  });

  it('groups the reports by channel, each report keeping its own route', () => {
    const hate = [xPost(1), xPost(2)];
    const scam = makeDraft({
      id: '00000000-0000-4000-8000-000000000009',
      platform: null,
      // A scam whose victim reports it: THESEE, not PHAROS.
      qualification: { categoryId: 'online-scam', role: 'targeted', ...GOOD_FAITH },
    });
    const groups = groupByChannel([...hate, scam, xPost(3, { qualification: { goodFaithAt: null } })]);
    const byId = new Map(groups.map((g) => [g.channelId, g.drafts.map((d) => d.id)]));
    expect(byId.get('pharos')).toEqual(hate.map((d) => d.id));
    expect(byId.get('x-notice')).toEqual(hate.map((d) => d.id));
    expect(byId.get('x-notice')).not.toContain(scam.id);
    for (const step of routeOf(scam)!.steps) expect(byId.get(step.channelId)).toContain(scam.id);
    expect([...byId.values()].flat()).not.toContain('00000000-0000-4000-8000-000000000003');
  });

  it('writes one notice listing every item with its address and its own explanation', () => {
    const text = batchNoticeText([ctx(xPost(1)), ctx(xPost(2))], 'fr');
    expect(text).toContain('2 contenus distincts');
    expect(text).toContain('Contenu 1 sur 2');
    expect(text).toContain('Contenu 2 sur 2');
    expect(text).toContain('https://x.com/someone1/status/1000');
    expect(text).toContain('https://x.com/someone2/status/2000');
    expect(text.indexOf('Message haineux numéro 1.')).toBeLessThan(text.indexOf('Message haineux numéro 2.'));
    expect(text).toContain(IDENTITY.email);
    expect(text.match(/bonne foi/g)).toHaveLength(2);
    expect(batchNoticeText([ctx(xPost(1), 'en')], 'en')).toContain('1 separate items');
    expect(batchNoticeText([], 'fr')).toBe('');
  });

  it('leaves the identity out for every item when one item needs none (DSA Art. 16(2)(c))', () => {
    const grooming = xPost(2, { qualification: { categoryId: 'grooming', minor: true } });
    const text = batchNoticeText([ctx(xPost(1)), ctx(grooming)], 'fr');
    expect(text).not.toContain(IDENTITY.email);
    expect(text).toContain('directive 2011/93/UE');
  });
});

describe('batch warnings against repeated reporting', () => {
  const handedOff = (n: number, channelId: string, at: string) =>
    xPost(n, {
      handoffs: [{ channelId, at, lastAt: at, actions: ['copied'], reference: null, acknowledgedAt: null }],
    });

  it('say where and since when the same content was handed off, repeats in the batch, and watchlists', () => {
    const one = xPost(1);
    const same = xPost(2, { target: { ...one.target } });
    const fresh = xPost(3);
    const listed = xPost(4);
    const earlier = [
      handedOff(5, 'x-notice', '2026-11-20T10:00:00.000Z'),
      handedOff(6, 'pharos', '2026-11-18T10:00:00.000Z'),
      handedOff(7, 'pharos', '2026-11-21T10:00:00.000Z'),
      xPost(8), // an unsent draft of the same content is no warning
    ];
    const warnings = batchWarnings(
      [one, same, fresh, listed],
      new Map([
        [one.id, earlier],
        [same.id, [one, ...earlier]],
        [fresh.id, [xPost(8)]],
      ]),
      new Map([[listed.id, ['Réseau A', 'Réseau A']]]),
    );
    expect(warnings.get(one.id)).toEqual({
      sentBefore: { channelIds: ['pharos', 'x-notice'], at: '2026-11-18T10:00:00.000Z' },
      repeatedInBatch: true,
      lists: [],
    });
    expect(warnings.get(same.id)?.repeatedInBatch).toBe(true);
    expect(warnings.has(fresh.id)).toBe(false);
    expect(warnings.get(listed.id)).toEqual({ sentBefore: null, repeatedInBatch: false, lists: ['Réseau A'] });
  });
});
