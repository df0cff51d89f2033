// Serves the local fixture site (demo pages and e2e fixtures) on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_ROOT = resolve(fileURLToPath(new URL('../fixtures/site', import.meta.url)));
const FIXTURES = resolve(fileURLToPath(new URL('../fixtures', import.meta.url)));

/**
 * Platform look-alike hosts. Browsers under test use this server as their HTTP proxy, so
 * `http://x.com/...` is answered here with a local fixture page (and platform detection sees a
 * real platform hostname). Any other proxied host gets a 404: nothing is ever forwarded, and
 * HTTPS tunnels (CONNECT) are refused.
 */
export const VIRTUAL_HOSTS = {
  'x.com': 'platforms/x/post.html',
  'www.tiktok.com': 'platforms/tiktok/video.html',
  'www.leboncoin.fr': 'platforms/leboncoin/ad.html',
  'www.youtube.com': 'platforms/youtube/watch.html',
};

/**
 * Test-only "official" forms (`tests/fixtures/forms/`). Their channels use `https://forms.vigie.test/…`;
 * the e2e spec routes that origin here as a proxy request for `http://forms.vigie.test/…`. Every
 * request to a form's action (`/submit`, GET or POST) is recorded in `submissions`: tests assert
 * that Vigie never sends a form.
 */
export const FORM_HOSTS = { 'forms.vigie.test': 'forms' };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
};

/** Starts the fixture server on an ephemeral port; resolves to `{ origin, submissions, close }`. */
export async function startFixtureServer(root = SITE_ROOT, port = 0) {
  /** @type {{ method: string, url: string }[]} */
  const submissions = [];
  const server = createServer(async (req, res) => {
    try {
      // As a proxy, requests come with absolute URLs; our own origin is served as usual.
      const absolute = /^https?:\/\//i.test(req.url ?? '') ? new URL(req.url) : null;
      const formDir = absolute && FORM_HOSTS[absolute.hostname.toLowerCase()];
      if (formDir) {
        if (absolute.pathname.startsWith('/submit')) {
          submissions.push({ method: req.method ?? '', url: absolute.href });
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(await readFile(join(FIXTURES, formDir, 'thanks.html')));
          return;
        }
        const dir = join(FIXTURES, formDir);
        const file = normalize(join(dir, decodeURIComponent(absolute.pathname)));
        if (!file.startsWith(dir + sep)) throw new Error('outside the forms');
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain', 'cache-control': 'no-store' });
        res.end(await readFile(file));
        return;
      }
      if (absolute && !['127.0.0.1', 'localhost'].includes(absolute.hostname)) {
        const fixture = VIRTUAL_HOSTS[absolute.hostname.toLowerCase()];
        if (!fixture) throw new Error(`no virtual host ${absolute.hostname}`);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(await readFile(join(FIXTURES, fixture)));
        return;
      }
      const path = decodeURIComponent((absolute ?? new URL(req.url ?? '/', 'http://x')).pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (!file.startsWith(root + sep)) throw new Error('outside root');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connect', (_req, socket) => socket.destroy());
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address();
  return {
    origin: `http://127.0.0.1:${actual}`,
    submissions,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
