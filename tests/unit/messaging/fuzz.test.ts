/**
 * Message fuzzing: thousands of random and malformed messages, from random senders, go through the
 * real listener wrapper. Nothing from a foreign or sub-frame sender reaches a handler; from Vigie's
 * own pages, only messages that parse as a request do, already parsed; the listener never throws.
 * The generator is seeded, so a failure names a reproducible case.
 */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createListener, type Handlers } from '@/utils/messaging/listen';
import { parseRequest } from '@/utils/messaging/requests';
import type { SenderLike } from '@/utils/messaging/guard';

/** A small deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  'report/start',
  'capture/full-page',
  'capture/cancel',
  'handoff/open',
  'watch/match',
  'x',
  '',
  'REPORT/START',
  '__proto__',
  'constructor',
];
const UUID = '3f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';

function fuzzMessage(r: () => number, depth = 0): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  switch (Math.floor(r() * 12)) {
    case 0:
      return null;
    case 1:
      return pick([0, -1, NaN, Infinity, 1e308, 42]);
    case 2:
      return 'x'.repeat(Math.floor(r() * 200_000));
    case 3:
      return [fuzzMessage(r, depth + 1)];
    case 4:
      return JSON.parse('{"__proto__": {"polluted": true}, "type": "report/start", "tabId": 1}');
    case 5:
      return { constructor: { prototype: { ok: true } }, type: pick(TYPES) };
    case 6:
      return { type: pick(TYPES), tabId: pick([1, -1, 1.5, '1', null, 2 ** 53]), csam: pick([true, 'yes', 1]) };
    case 7:
      return { type: pick(TYPES), draftId: pick([UUID, 'not-a-uuid', UUID.toUpperCase(), '', 'x'.repeat(10_000)]) };
    case 8:
      return {
        type: 'handoff/open',
        draftId: UUID,
        channelId: pick(['pharos', '../etc', 'PHAROS', 'x'.repeat(500), 'a--b', 'javascript:alert(1)']),
      };
    case 9:
      return depth < 4 ? { type: pick(TYPES), nested: fuzzMessage(r, depth + 1) } : {};
    case 10:
      return { type: pick(TYPES), tabId: Math.floor(r() * 1000), extra: 'x'.repeat(Math.floor(r() * 5000)) };
    default:
      return { type: 'report/start', tabId: Math.floor(r() * 100) };
  }
}

function fuzzSender(r: () => number, id: string, origin: string): SenderLike {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  return {
    id: pick([id, id, 'another-extension', undefined, '']),
    url: pick([
      `${origin}composer.html`,
      `${origin}popup.html`,
      'https://evil.example/page.html',
      'http://127.0.0.1/',
      `${origin.replace(/\/$/, '')}.evil.example/`,
      undefined,
      'not a url',
    ]),
    ...(r() < 0.5 ? { frameId: pick([0, 0, 1, 7, -1]) } : {}),
  };
}

describe('message fuzzing', () => {
  it('10,000 random messages: only valid requests from Vigie’s own top frames reach a handler', async () => {
    const calls: unknown[] = [];
    const ok = vi.fn(async (request: unknown) => {
      calls.push(request);
      return { ok: true as const };
    });
    const handlers = {
      'report/start': ok,
      'capture/full-page': ok,
      'capture/cancel': ok,
      'handoff/open': ok,
      'watch/match': ok,
    } as unknown as Handlers;
    const listener = createListener(handlers, () => ({ ok: false, error: 'capture-failed' }));
    const id = browser.runtime.id;
    const origin = browser.runtime.getURL('/');
    const r = rng(20261128);
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const message = fuzzMessage(r);
      const sender = fuzzSender(r, id, origin);
      const before = calls.length;
      let result: unknown;
      expect(() => (result = listener(message, sender)), `case ${i}`).not.toThrow();
      if (result !== undefined) await result;
      const internal =
        sender.id === id &&
        typeof sender.url === 'string' &&
        sender.url.startsWith(origin) &&
        (sender.frameId === undefined || sender.frameId === 0);
      const valid = parseRequest(message) !== undefined;
      expect(calls.length - before, `case ${i}: ${JSON.stringify(sender)}`).toBe(internal && valid ? 1 : 0);
      if (calls.length > before) {
        accepted++;
        // The handler gets the parsed request: only known keys, never the sender's extras.
        expect(calls.at(-1)).toEqual(parseRequest(message)!.payload);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The generator does produce valid internal requests, so the test can tell both ways.
    expect(accepted).toBeGreaterThan(100);
  });
});
