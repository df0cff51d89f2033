import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { TIMESTAMP_AUTHORITIES } from '../../utils/export/timestamp-authorities';

/** The manifest function of `wxt.config.ts`, as WXT calls it for one build. */
async function manifestFor(browser: 'chrome' | 'firefox', mode = 'production', command: 'build' | 'serve' = 'build') {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  return (await manifest({ browser, mode, command, manifestVersion: 3 })) as Record<string, unknown>;
}

/**
 * The one network exception: the RFC 3161 timestamp authorities (HTTPS), reached only when the
 * user clicks « Sceller avec un horodatage », with only a hash (README, Privacy).
 */
const AUTHORITIES = ['https://freetsa.org', 'https://timestamp.digicert.com'];
const NO_NETWORK = `script-src 'self'; object-src 'self'; connect-src 'self' ${AUTHORITIES.join(' ')}; img-src 'self' blob: data:; default-src 'self'`;

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
    // Nothing but the extension itself (and in-memory images) for any script or default; fetches
    // may reach only the timestamp authorities' origins, each an HTTPS origin of the shipped list.
    for (const name of ['script-src', 'default-src', 'object-src']) expect(byName.get(name)).toEqual(["'self'"]);
    expect(byName.get('connect-src')).toEqual(["'self'", ...AUTHORITIES]);
    expect(AUTHORITIES).toEqual(TIMESTAMP_AUTHORITIES.map((a) => new URL(a.url).origin));
    expect(byName.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(csp).not.toMatch(/http:|\*|unsafe/);
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

/**
 * The README's permissions table, read as a reader would: each row's first cell names one
 * permission in backticks, with "(Chrome/Edge only)" where Firefox does not have it, and starts
 * with "Optional:" for one asked only when needed. The production manifests must ask for exactly
 * those, no more, no fewer.
 */
function readmePermissions(): { name: string; chromeOnly: boolean; optional: boolean }[] {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions, and why'), readme.indexOf('## Privacy'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `') || line.startsWith('| Optional'))
    .map((line) => {
      const first = line.split('|')[1]!;
      return {
        name: /`([^`]+)`/.exec(first)![1]!,
        chromeOnly: /Chrome\/Edge only/.test(first),
        optional: /^\s*Optional/.test(first),
      };
    });
}

describe('the README says why each permission is asked', () => {
  it('lists rows to compare with (the table was found)', () => {
    expect(readmePermissions().length).toBeGreaterThan(4);
  });

  it.each(['chrome', 'firefox'] as const)('%s: permissions equal the README table', async (browser) => {
    const manifest = await manifestFor(browser);
    const rows = readmePermissions().filter((r) => !r.optional);
    const expected = rows.filter((r) => browser === 'chrome' || !r.chromeOnly).map((r) => r.name);
    // WXT adds `sidePanel` itself to Chrome builds that have a `sidepanel` entrypoint (Firefox gets
    // `sidebar_action`, no permission); the built manifest is checked in the hand-off e2e spec.
    const built = [...(manifest.permissions as string[])];
    if (browser === 'chrome' && existsSync(join(__dirname, '../../entrypoints/sidepanel'))) built.push('sidePanel');
    expect(built.sort()).toEqual([...expected].sort());
  });

  it.each(['chrome', 'firefox'] as const)('%s: optional permissions equal the README table', async (browser) => {
    const manifest = await manifestFor(browser);
    const expected = readmePermissions()
      .filter((r) => r.optional && r.name !== 'optional_host_permissions')
      .filter((r) => browser === 'chrome' || !r.chromeOnly)
      .map((r) => r.name);
    expect(expected).toContain('tabs');
    expect([...((manifest.optional_permissions ?? []) as string[])].sort()).toEqual(expected.sort());
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: optional host permissions are listed in the README: only the official forms and the timestamp authorities',
    async (browser) => {
      const manifest = await manifestFor(browser);
      const optional = (manifest.optional_host_permissions ?? []) as string[];
      expect(optional.length).toBeGreaterThan(0);
      const section = readFileSync(join(__dirname, '../../README.md'), 'utf8');
      expect(section).toContain('optional_host_permissions');
      for (const pattern of optional) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
      // Each timestamp authority's host is in the README's permissions table and privacy section.
      for (const origin of AUTHORITIES) {
        expect(optional).toContain(`${origin}/*`);
        const host = new URL(origin).host;
        expect(section.slice(section.indexOf('## Permissions, and why'))).toContain(host);
      }
    },
  );
});

describe('watch mode’s `tabs` permission', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s production and e2e builds: optional only, never at install',
    async (b) => {
      for (const mode of ['production', 'e2e']) {
        const manifest = await manifestFor(b, mode);
        expect(manifest.permissions).not.toContain('tabs');
        expect(manifest.optional_permissions).toEqual(['tabs']);
      }
    },
  );

  it('the e2e-watch test build is the production manifest with `tabs` granted at install, nothing else', async () => {
    const production = await manifestFor('chrome');
    const { permissions, optional_permissions, ...rest } = await manifestFor('chrome', 'e2e-watch');
    const { permissions: prodPermissions, optional_permissions: _, ...prodRest } = production;
    expect(optional_permissions).toBeUndefined();
    expect(permissions).toEqual([...(prodPermissions as string[]), 'tabs']);
    expect(rest).toEqual(prodRest);
  });
});

describe("the browser's own pages are left alone", () => {
  // WXT turns an entrypoint with one of these names into `chrome_url_overrides` (Ctrl+H,
  // chrome://newtab…): a page named after a browser page would replace it.
  const OVERRIDE_NAMES = ['history', 'newtab', 'bookmarks'];
  it('no entrypoint is named after a browser page', async () => {
    const { readdirSync } = await import('node:fs');
    const names = readdirSync(join(__dirname, '../../entrypoints')).map((n) => n.replace(/\.(html|tsx?)$/, ''));
    expect(names).toContain('reports');
    for (const name of OVERRIDE_NAMES) expect(names).not.toContain(name);
  });
});

describe('the welcome page explains every permission', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s: each permission of the manifest is named on the welcome page, and the optional ones are said',
    async (browser) => {
      const manifest = await manifestFor(browser);
      const welcome = readFileSync(join(__dirname, '../../entrypoints/welcome/App.tsx'), 'utf8');
      for (const permission of manifest.permissions as string[]) expect(welcome).toContain(`['${permission}', 'perm`);
      const optional = [
        ...((manifest.optional_permissions as string[] | undefined) ?? []),
        ...((manifest.optional_host_permissions as string[] | undefined) ?? []),
      ];
      // The optional ones exist, and the page says them: form hosts, timestamp authorities, tabs.
      expect(optional).toContain('tabs');
      expect(optional).toContain('https://www.internet-signalement.gouv.fr/*');
      for (const key of ['permFormHosts', 'permTimestampHosts', 'permTabs']) expect(welcome).toContain(`'${key}'`);
    },
  );
});
