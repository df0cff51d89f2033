/**
 * The typed messenger, end to end in WXT's fake browser: `send` on a page, `listen` in the
 * worker, `onEvent` on a page. The one sender guard refuses what does not come from Vigie's own
 * top-level pages; a payload or a reply that does not fit the protocol is a clear error, and a
 * payload of the wrong type does not compile.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureError } from '@/utils/capture/errors';
import { errorResponse, watchMatchReply } from '@/utils/background/replies';
import { onEvent } from '@/utils/messaging/events';
import { listen, type Handlers } from '@/utils/messaging/listen';
import { MessageError, send } from '@/utils/messaging/protocol';
import type { SenderLike } from '@/utils/messaging/guard';

const DRAFT = '3f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
const own = (): SenderLike => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const FORGED: [string, () => SenderLike][] = [
  ['another extension', () => ({ ...own(), id: 'another-extension' })],
  ['a web page', () => ({ id: browser.runtime.id, url: 'https://evil.example/' })],
  ['a framed Vigie page', () => ({ ...own(), frameId: 2 })],
  ['no address', () => ({ id: browser.runtime.id })],
];

/** Messages reach the listeners as if sent from `sender` (the fake browser passes none). */
let sender: SenderLike = own();
beforeEach(() => {
  sender = own();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find(
      (reply: unknown) => reply !== undefined,
    )) as typeof fakeBrowser.runtime.sendMessage);
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

function worker(over: Partial<Handlers> = {}) {
  const handlers: Handlers = {
    'report/start': vi.fn(async () => ({ ok: true as const, draftId: DRAFT })),
    'capture/full-page': vi.fn(async ({ draftId }) => ({ ok: true as const, draftId })),
    'capture/cancel': vi.fn(async ({ draftId }) => ({ ok: true as const, draftId })),
    'handoff/open': vi.fn(async ({ draftId }) => ({ ok: true as const, draftId, tabId: 4 })),
    'watch/match': vi.fn(async () => ({ ok: true as const, matches: [] })),
    ...over,
  };
  listen(handlers, errorResponse);
  return handlers;
}

describe('send and listen', () => {
  it('a request reaches its handler parsed (defaults filled, unknown keys dropped) and its reply comes back parsed', async () => {
    const handlers = worker();
    expect(await send('report/start', { tabId: 3 })).toEqual({ ok: true, draftId: DRAFT });
    expect(handlers['report/start']).toHaveBeenCalledWith({ tabId: 3, csam: false, batch: false });
    expect(await send('handoff/open', { draftId: DRAFT, channelId: 'pharos' })).toEqual({
      ok: true,
      draftId: DRAFT,
      tabId: 4,
    });
  });

  it.each(FORGED)('a request from %s reaches no handler, and its sender gets no reply', async (_, forged) => {
    const handlers = worker();
    sender = forged();
    await expect(send('capture/cancel', { draftId: DRAFT })).rejects.toThrow(MessageError);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('a payload that does not fit reaches no handler; the sender is told which request failed', async () => {
    const handlers = worker();
    const bad = { draftId: DRAFT, channelId: '../evil' } as never;
    await expect(send('handoff/open', bad)).rejects.toThrow(new MessageError('handoff/open: bad reply'));
    expect(handlers['handoff/open']).not.toHaveBeenCalled();
  });

  it('a reply that does not fit the request is an error naming it, never a loose value', async () => {
    worker({
      // No tab id: the page could not open the panel beside the form.
      'handoff/open': async ({ draftId }) => ({ ok: true, draftId }) as never,
      'watch/match': async () => ({ ok: true, matches: [{ listName: 'x', note: '', kind: 'url' }] }) as never,
    });
    await expect(send('handoff/open', { draftId: DRAFT, channelId: 'pharos' })).rejects.toThrow(
      'handoff/open: bad reply',
    );
    await expect(send('watch/match', { tabId: 1 })).rejects.toThrow('watch/match: bad reply');
  });

  it('a handler that throws answers with a failure of the protocol', async () => {
    worker({
      'capture/full-page': async () => {
        throw new CaptureError('no-draft', 'gone');
      },
    });
    expect(await send('capture/full-page', { draftId: DRAFT })).toEqual({
      ok: false,
      error: 'no-draft',
      detail: 'gone',
    });
  });

  it('the payload is typed by the protocol', () => {
    // Never called: what matters is that these lines fail the typecheck.
    const typed = () => {
      // @ts-expect-error: a tab id is a number
      void send('report/start', { tabId: '3' });
      // @ts-expect-error: capture/cancel needs its draft id
      void send('capture/cancel', {});
      // @ts-expect-error: no such request
      void send('eval', { code: '1' });
    };
    expect(typed).toBeTypeOf('function');
  });
});

describe('the watchlist reply', () => {
  const match = { listName: 'Réseau', note: 'Suivi', kind: 'domain' as const };

  it('gives only what the popup shows, at most 50; "no match" when matching fails', async () => {
    expect(await watchMatchReply(async () => [{ ...match, listId: 'x', item: 'example.org' } as typeof match])).toEqual(
      { ok: true, matches: [match] },
    );
    expect((await watchMatchReply(async () => Array.from({ length: 80 }, () => match))).matches).toHaveLength(50);
    expect(await watchMatchReply(() => Promise.reject(new Error('db')))).toEqual({ ok: true, matches: [] });
  });
});

describe('onEvent', () => {
  it('hands over the events of Vigie’s own contexts, parsed; ignores the rest; stops when asked', async () => {
    const seen: unknown[] = [];
    const stop = onEvent((event) => seen.push(event));
    const trigger = (message: unknown, from: SenderLike) => fakeBrowser.runtime.onMessage.trigger(message, from);
    await trigger({ type: 'draft/changed', draftId: DRAFT }, own());
    await trigger({ type: 'capture/progress', draftId: DRAFT, done: 1, total: 0 }, own());
    await trigger({ type: 'report/start', tabId: 1 }, own());
    for (const [, forged] of FORGED) await trigger({ type: 'draft/changed', draftId: DRAFT }, forged());
    expect(seen).toEqual([{ type: 'draft/changed', draftId: DRAFT }]);
    stop();
    await trigger({ type: 'draft/changed', draftId: DRAFT }, own());
    expect(seen).toHaveLength(1);
  });
});
