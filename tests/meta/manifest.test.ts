import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/** The manifest function of `wxt.config.ts`, as WXT calls it for one build. */
async function manifestFor(browser: 'chrome' | 'firefox', mode = 'production', command: 'build' | 'serve' = 'build') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  return (await manifest({ browser, mode, command, manifestVersion: 3 })) as Record<string, unknown>;
}

const NO_NETWORK =
  "script-src 'self'; object-src 'self'; connect-src 'self'; img-src 'self' blob: data:; default-src 'self'";

/** The CSP's directives, by name. */
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('production manifests', () => {
  it.each(['chrome', 'firefox'] as const)('%s: the extension pages may not reach the network', async (browser) => {
    const manifest = await manifestFor(browser);
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages;
    expect(csp).toBe(NO_NETWORK);
    const byName = directives(csp!);
    // Nothing but the extension itself (and in-memory images) for any fetch, script or default.
    for (const name of ['script-src', 'connect-src', 'default-src', 'object-src'])
      expect(byName.get(name)).toEqual(["'self'"]);
    expect(byName.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp).not.toMatch(/https?:|\*|unsafe/);
  });

  it.each(['chrome', 'firefox'] as const)('%s: asks for no host permission at all', async (browser) => {
    const manifest = await manifestFor(browser);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest.permissions)).not.toMatch(/:\/\/|<all_urls>/);
  });

  it('leaves the dev server alone (wxt dev needs to reach it)', async () => {
    expect((await manifestFor('chrome', 'development', 'serve')).content_security_policy).toBeUndefined();
  });
});
