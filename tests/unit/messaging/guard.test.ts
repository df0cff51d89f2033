import { describe, expect, it } from 'vitest';
import { isInternalSender } from '@/utils/messaging/guard';
import { parseRequest } from '@/utils/messaging/requests';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('isInternalSender', () => {
  it('accepts the extension pages and its worker', () => {
    expect(isInternalSender({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isInternalSender({ id: ID, url: `${ORIGIN}background.js` }, ID, ORIGIN)).toBe(true);
  });

  it('refuses a content script of this extension (it runs in a web page)', () => {
    expect(isInternalSender({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBe(false);
  });

  it('refuses other extensions, missing or malformed URLs', () => {
    expect(isInternalSender({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isInternalSender({ id: ID, url: `chrome-extension://other/popup.html` }, ID, ORIGIN)).toBe(false);
    expect(isInternalSender({ id: ID }, ID, ORIGIN)).toBe(false);
    expect(isInternalSender({ id: ID, url: 'not a url' }, ID, ORIGIN)).toBe(false);
  });

  it('accepts top frames only: frame 0, or no frame at all (worker, popup, side panel)', () => {
    expect(isInternalSender({ id: ID, url: `${ORIGIN}composer.html`, frameId: 0 }, ID, ORIGIN)).toBe(true);
    expect(isInternalSender({ id: ID, url: `${ORIGIN}popup.html`, frameId: undefined }, ID, ORIGIN)).toBe(true);
  });

  it.each([1, 7, -1, Number.NaN])('refuses an extension page speaking from sub-frame %s', (frameId) => {
    expect(isInternalSender({ id: ID, url: `${ORIGIN}composer.html`, frameId }, ID, ORIGIN)).toBe(false);
  });
});

describe('parseRequest', () => {
  it('parses known requests and rejects the rest', () => {
    expect(parseRequest({ type: 'report/start', tabId: 3 })).toEqual({
      type: 'report/start',
      payload: { tabId: 3, csam: false, batch: false },
    });
    expect(parseRequest({ type: 'report/start', tabId: 3, batch: true })?.payload).toMatchObject({
      batch: true,
    });
    expect(parseRequest({ type: 'report/start', tabId: 3, batch: 'yes' })).toBeUndefined();
    expect(parseRequest({ type: 'report/start', tabId: -1 })).toBeUndefined();
    expect(parseRequest({ type: 'capture/full-page', draftId: 'nope' })).toBeUndefined();
    expect(parseRequest({ type: 'eval', code: 'x' })).toBeUndefined();
    // Only the protocol's own keys name a request: never an inherited property.
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(parseRequest({ type, tabId: 3 })).toBeUndefined();
  });
});
