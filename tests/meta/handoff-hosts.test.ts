/**
 * The hosts Vigie may ask to fill are exactly the registry's web forms, optional, and the test
 * forms reach only the `e2e` builds. (The built bundles are checked too, after a build, by the
 * Chromium e2e spec `tests/e2e/chromium/handoff.spec.ts`.)
 */
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { channels } from '@/utils/channels/registry';
import { FORM_HOST_PATTERNS, hostPatternOf } from '@/utils/handoff/form-hosts';
import { TEST_FORM_HOST_PATTERN } from '@/tests/fixtures/forms/hosts';
import { testFormChannels } from '@/tests/fixtures/forms/channels';
import { TEST_TIMESTAMP_AUTHORITY } from '@/tests/fixtures/tsa/authority';
import { TIMESTAMP_AUTHORITIES, authorityHostPattern } from '@/utils/export/timestamp-authorities';

/** The timestamp authorities' hosts, also optional (asked at « Sceller avec un horodatage »). */
const AUTHORITY_HOSTS = TIMESTAMP_AUTHORITIES.map((a) => authorityHostPattern(a.url));

type ManifestFn = (env: { browser: string; mode: string; manifestVersion: number; command: string }) => {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
};
const manifest = (browser: string, mode: string) =>
  (config.manifest as unknown as ManifestFn)({ browser, mode, manifestVersion: 3, command: 'build' });

describe('meta: hosts of the official forms', () => {
  it('the checked list equals the hosts of the registry’s web forms', () => {
    const fromRegistry = [
      ...new Set(channels.filter((c) => c.kind === 'web-form' && c.url).map((c) => hostPatternOf(c.url!))),
    ].sort();
    expect([...FORM_HOST_PATTERNS].sort()).toEqual(fromRegistry);
  });

  it.each(['chrome', 'firefox'])(
    '%s production manifest: only optional form and authority hosts, no test host',
    (browser) => {
      const m = manifest(browser, 'production');
      expect(m.optional_host_permissions).toEqual([...FORM_HOST_PATTERNS, ...AUTHORITY_HOSTS]);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(JSON.stringify(m)).not.toMatch(/vigie\.test|<all_urls>|test-form|127\.0\.0\.1/);
    },
  );

  it('the e2e manifests add the test forms’ host to the optional hosts only', () => {
    const chrome = manifest('chrome', 'e2e');
    expect(chrome.optional_host_permissions).toEqual([
      ...FORM_HOST_PATTERNS,
      TEST_FORM_HOST_PATTERN,
      ...AUTHORITY_HOSTS,
      authorityHostPattern(TEST_TIMESTAMP_AUTHORITY.url),
    ]);
    expect(chrome.host_permissions ?? []).toEqual([]);
    expect(manifest('firefox', 'e2e').optional_host_permissions).toContain(TEST_FORM_HOST_PATTERN);
  });

  it('test channels are not in the registry outside the e2e builds, and live on the test host', () => {
    expect(import.meta.env.MODE).not.toBe('e2e');
    expect(channels.filter((c) => c.id.startsWith('test-'))).toEqual([]);
    for (const c of testFormChannels()) expect(hostPatternOf(c.url ?? '')).toBe(TEST_FORM_HOST_PATTERN);
  });
});
