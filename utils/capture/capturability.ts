/**
 * Which pages an extension may not script or capture, and why. Such pages still allow a
 * URL-only report: the user gets a clear message, never a dead end.
 */
export type UncapturableReason =
  'browser-page' | 'extension-page' | 'store-page' | 'pdf-viewer' | 'local-file' | 'not-web' | 'no-url';

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function uncapturableReason(url: string | undefined | null): UncapturableReason | null {
  if (!url) return 'no-url';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'no-url';
  }
  const { protocol, hostname, pathname } = parsed;
  if (
    ['chrome:', 'about:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'devtools:', 'view-source:', 'resource:'].includes(
      protocol,
    )
  )
    return 'browser-page';
  if (['chrome-extension:', 'moz-extension:', 'extension:'].includes(protocol)) return 'extension-page';
  if (protocol === 'file:') return 'local-file';
  if (protocol !== 'http:' && protocol !== 'https:') return 'not-web';
  if (STORE_HOSTS.includes(hostname) || (hostname === 'chrome.google.com' && pathname.startsWith('/webstore')))
    return 'store-page';
  if (/\.pdf$/i.test(pathname)) return 'pdf-viewer';
  return null;
}

/** The i18n key of the message explaining a reason to the user. */
export function uncapturableMessageKey(reason: UncapturableReason) {
  return (
    {
      'browser-page': 'uncapturableBrowserPage',
      'extension-page': 'uncapturableExtensionPage',
      'store-page': 'uncapturableStorePage',
      'pdf-viewer': 'uncapturablePdf',
      'local-file': 'uncapturableFile',
      'not-web': 'uncapturableNotWeb',
      'no-url': 'uncapturableNoUrl',
    } as const
  )[reason];
}
