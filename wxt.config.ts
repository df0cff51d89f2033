import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FORM_HOST_PATTERNS } from './utils/handoff/form-hosts';
import { fileURLToPath } from 'node:url';
// Build configuration, not shipped: the e2e mode's manifest names the test forms' host.
import { TEST_FORM_HOST_PATTERN } from './tests/fixtures/forms/hosts';
import { TEST_TIMESTAMP_AUTHORITY } from './tests/fixtures/tsa/authority';
import { TIMESTAMP_AUTHORITIES, authorityHostPattern, authorityOrigin } from './utils/export/timestamp-authorities';

/**
 * `#test-channels` (imported by `utils/channels/registry.ts`): the test forms' channels in the e2e
 * builds, an empty module elsewhere, so production bundles and modules never reach `tests/`.
 * Unit tests and the typecheck resolve it to the empty module (`vitest.config.ts`, `tsconfig.json`).
 */
export const testChannelsModule = (mode: string) =>
  fileURLToPath(
    new URL(
      mode === 'e2e' ? './tests/fixtures/forms/channels.ts' : './utils/channels/no-test-channels.ts',
      import.meta.url,
    ),
  );

/** `#test-tsa` (imported by `utils/export/timestamp-authority-list.ts`): the local test responder in the e2e builds, none elsewhere. */
export const testTsaModule = (mode: string) =>
  fileURLToPath(
    new URL(
      mode === 'e2e' ? './tests/fixtures/tsa/authority.ts' : './utils/export/no-test-authority.ts',
      import.meta.url,
    ),
  );

/**
 * Vigie build configuration.
 *
 * Production builds ask only for `activeTab`-style access: no host permission at all. The official
 * forms' hosts are *optional* host permissions, requested one origin at a time when the user asks
 * Vigie to fill a form (see `utils/handoff/form-hosts.ts`), and so are the RFC 3161 timestamp
 * authorities' hosts, requested when the user clicks « Sceller avec un horodatage »; the CSP's
 * `connect-src` names those authorities' origins and nothing else
 * (`utils/export/timestamp-authorities.ts`).
 * The `e2e` mode (`.output/{chrome,firefox}-mv3-e2e`, never zipped) adds the test forms' host to
 * the optional ones (and test channels to the registry); for Firefox it also grants `<all_urls>`
 * (WebDriver cannot click the toolbar button, so it cannot grant `activeTab`).
 * The `e2e-watch` mode (`.output/chrome-mv3-e2e-watch`, Chromium only, never zipped) is the
 * production build with `tabs` granted at install (a required permission instead of an optional
 * one): headless Chromium cannot answer the permission dialog, and the watch badge needs `tabs`.
 * Only `tests/e2e/chromium/watch-badge.spec.ts` loads it.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: easier to read, and no clash between same-named exports.
  imports: false,
  manifestVersion: 3,
  vite: ({ mode }) => ({
    resolve: { alias: { '#test-channels': testChannelsModule(mode), '#test-tsa': testTsaModule(mode) } },
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
    build: { sourcemap: false },
  }),
  zip: {
    artifactTemplate: 'vigie-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'vigie-{{version}}-sources.zip',
    excludeSources: ['.output/**', 'test-results/**', 'vigie-output/**'],
  },
  manifest: ({ browser, mode, command }) => {
    const firefox = browser === 'firefox';
    const permissions = ['activeTab', 'contextMenus', 'scripting', 'unlimitedStorage'];
    if (!firefox) permissions.push('pageCapture');
    // Test build only: watch mode already on (see above).
    const tabsGranted = mode === 'e2e-watch';
    if (tabsGranted) permissions.push('tabs');
    const testOnlyHosts = firefox && mode === 'e2e' ? ['<all_urls>'] : [];
    const optionalHosts: string[] = [...FORM_HOST_PATTERNS];
    if (mode === 'e2e') optionalHosts.push(TEST_FORM_HOST_PATTERN);
    // Timestamp authorities: only the SHA-256 of a package's manifest goes there, on the user's click.
    const authorityUrls = TIMESTAMP_AUTHORITIES.map((a) => a.url);
    if (mode === 'e2e') authorityUrls.push(TEST_TIMESTAMP_AUTHORITY.url);
    for (const url of authorityUrls) optionalHosts.push(authorityHostPattern(url));
    const connectSrc = ["'self'", ...new Set(authorityUrls.map(authorityOrigin))].join(' ');
    return {
      name: '__MSG_extName__',
      short_name: 'Vigie',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      permissions,
      ...(testOnlyHosts.length ? { host_permissions: testOnlyHosts } : {}),
      optional_host_permissions: optionalHosts,
      // Watch mode (watchlists page): each tab's address on every navigation, only once the user
      // turns it on; turning it off removes the permission.
      ...(tabsGranted ? {} : { optional_permissions: ['tabs'] }),
      // The browser itself keeps Vigie's pages and worker off the network. Builds only: `wxt` dev
      // mode needs a connection to its local server (it adds that server to script-src only).
      ...(command === 'build'
        ? {
            content_security_policy: {
              extension_pages: `script-src 'self'; object-src 'self'; connect-src ${connectSrc}; img-src 'self' blob: data:; default-src 'self'`,
            },
          }
        : {}),
      action: { default_title: '__MSG_actionTitle__' },
      commands: {
        'report-page': {
          suggested_key: { default: 'Alt+Shift+V' },
          description: '__MSG_commandReportPage__',
        },
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'vigie@vigie-extension.org',
                // activeTab allows captureVisibleTab from 126; data_collection_permissions
                // (required for new add-ons since Nov. 2025) is read from 140 (an ESR line).
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : { minimum_chrome_version: '120' }),
    };
  },
});
