/**
 * Every message goes through the typed messenger (`utils/messaging/`): requests with `send` (the
 * protocol's payload checked at compile time, its reply parsed), replies through `listen` (the one
 * sender guard), events through `emit`/`onEvent`. An unknown request type fails the typecheck
 * (`tests/unit/messaging/messenger.test.ts`, `@ts-expect-error`). This test fails when a module
 * outside the messenger sends, listens or opens a port with the browser's API itself.
 */
import { describe, expect, it } from 'vitest';
import { offences as offencesOf, offencesInProject, type Decision } from '../support/one-definition';

const SEND = 'utils/messaging/protocol.ts';
const LISTEN = 'utils/messaging/listen.ts';
const EVENTS = 'utils/messaging/events.ts';

const DECISIONS: Decision[] = [
  {
    what: 'sends a message with the browser API itself',
    pattern: /\.sendMessage\s*\(/,
    allowed: [SEND, EVENTS],
  },
  {
    what: 'listens to messages with the browser API itself',
    pattern: /\.onMessage(?:External)?\s*\.\s*(?:add|remove)Listener\s*\(/,
    allowed: [LISTEN, EVENTS],
  },
  {
    what: 'opens or takes a message port',
    pattern: /\bruntime\s*\.\s*connect\s*\(|\btabs\s*\.\s*connect\s*\(|\.onConnect(?:External)?\b/,
    allowed: [],
  },
];

const offences = (file: string, text: string) => offencesOf(DECISIONS, file, text);

describe('meta: every message goes through the typed messenger', () => {
  it('the detector finds a message sent, listened to or ported around the messenger', () => {
    const f = 'entrypoints/popup/x.tsx';
    expect(offences(f, "await browser.runtime.sendMessage({ type: 'report/start', tabId });")).toHaveLength(1);
    expect(offences(f, "await browser.tabs.sendMessage(tabId, { type: 'x' });")).toHaveLength(1);
    expect(offences(f, 'chrome.runtime.onMessage.addListener((m) => m);')).toHaveLength(1);
    expect(offences(f, "const port = browser.runtime.connect({ name: 'x' });")).toHaveLength(1);
    expect(offences(f, "const r = await send('report/start', { tabId, csam: false, batch: false });")).toEqual([]);
    expect(offences(f, '// browser.runtime.sendMessage(m), in a comment')).toEqual([]);
    expect(offences(SEND, 'await browser.runtime.sendMessage({ ...payload, type })')).toEqual([]);
  });

  it('no module but the messenger uses the browser messaging API', () => {
    const { files, found } = offencesInProject(DECISIONS);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(SEND);
    expect(found).toEqual([]);
  });
});
