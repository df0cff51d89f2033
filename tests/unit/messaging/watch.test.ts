import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createWatchListener, watchMatchResponseSchema } from '@/utils/messaging/watch';

const match = { listName: 'Réseau', note: 'Suivi', kind: 'domain' as const };

describe('the popup’s watchlist question', () => {
  const own = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

  it('answers Vigie’s own pages with the matches of the tab, in the shape the popup parses', async () => {
    const answer = vi.fn(async () => [{ ...match, listId: 'x', item: 'example.org' }]);
    const listener = createWatchListener(answer);
    const response = await listener({ type: 'watch/match', tabId: 7 }, own());
    expect(answer).toHaveBeenCalledWith(7);
    // Only what the popup shows crosses: no item, no list id.
    expect(response).toEqual({ ok: true, matches: [match] });
    expect(watchMatchResponseSchema.parse(response)).toEqual(response);
  });

  it('ignores foreign senders, framed pages and malformed requests', () => {
    const answer = vi.fn(async () => []);
    const listener = createWatchListener(answer);
    const request = { type: 'watch/match', tabId: 7 };
    expect(listener(request, { ...own(), id: 'other-extension' })).toBeUndefined();
    expect(listener(request, { id: browser.runtime.id, url: 'https://evil.test/' })).toBeUndefined();
    expect(listener(request, { ...own(), frameId: 3 })).toBeUndefined();
    expect(listener({ type: 'watch/match', tabId: -1 }, own())).toBeUndefined();
    expect(listener({ type: 'watch/match', tabId: '7' }, own())).toBeUndefined();
    expect(listener({ type: 'report/start', tabId: 7 }, own())).toBeUndefined();
    expect(answer).not.toHaveBeenCalled();
  });

  it('answers "no match" when matching fails, and caps the answer', async () => {
    expect(
      await createWatchListener(() => Promise.reject(new Error('db')))({ type: 'watch/match', tabId: 1 }, own()),
    ).toEqual({
      ok: true,
      matches: [],
    });
    const many = Array.from({ length: 80 }, () => match);
    expect(
      (await createWatchListener(async () => many)({ type: 'watch/match', tabId: 1 }, own()))!.matches,
    ).toHaveLength(50);
  });

  it('the popup refuses an answer that does not fit', () => {
    for (const bad of [
      { ok: false, matches: [] },
      { ok: true, matches: [{ ...match, kind: 'url' }] },
      { ok: true, matches: [{ ...match, listName: 'n'.repeat(121) }] },
      { ok: true },
    ])
      expect(watchMatchResponseSchema.safeParse(bad).success).toBe(false);
  });
});
