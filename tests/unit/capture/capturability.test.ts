import { describe, expect, it } from 'vitest';
import { uncapturableReason } from '@/utils/capture/capturability';

describe('uncapturableReason', () => {
  it.each([
    ['chrome://settings', 'browser-page'],
    ['about:preferences', 'browser-page'],
    ['edge://flags', 'browser-page'],
    ['view-source:https://example.org', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'extension-page'],
    ['moz-extension://abc/popup.html', 'extension-page'],
    ['https://chromewebstore.google.com/detail/x', 'store-page'],
    ['https://addons.mozilla.org/fr/firefox/addon/x/', 'store-page'],
    ['https://chrome.google.com/webstore/detail/x', 'store-page'],
    ['https://example.org/rapport.PDF', 'pdf-viewer'],
    ['file:///home/user/a.html', 'local-file'],
    ['ftp://example.org/', 'not-web'],
    ['data:text/html,hi', 'not-web'],
    ['', 'no-url'],
    [undefined, 'no-url'],
    ['not a url', 'no-url'],
  ])('%s → %s', (url, reason) => {
    expect(uncapturableReason(url)).toBe(reason);
  });

  it.each(['https://x.com/a/status/1', 'http://127.0.0.1:8080/demo/', 'https://chrome.google.com/search'])(
    '%s can be captured',
    (url) => {
      expect(uncapturableReason(url)).toBeNull();
    },
  );
});
