/**
 * The test forms and the browser's permission, for specs on the e2e build: `https://forms.vigie.test/…`
 * is answered by the fixture server (as a proxy request, so it records `/submit`), and the
 * permission dialog — browser UI no test tool can click — is stood in for by what the "Site access"
 * menu of chrome://extensions does (see tests/e2e/README.md).
 */
import { request as httpRequest } from 'node:http';
import type { BrowserContext } from '@playwright/test';
import type { Chrome } from '../fixtures';

export const FORM_ORIGIN = 'https://forms.vigie.test';

export async function serveTestForms(context: BrowserContext, proxy: string) {
  const { hostname, port } = new URL(proxy);
  await context.route(`${FORM_ORIGIN}/**`, async (route) => {
    const req = route.request();
    const url = new URL(req.url());
    const body = req.postDataBuffer();
    const res = await new Promise<{ status: number; contentType: string; body: Buffer }>((ok, ko) => {
      const r = httpRequest(
        {
          host: hostname,
          port,
          method: req.method(),
          path: `http://${url.host}${url.pathname}${url.search}`,
          headers: { 'content-type': req.headers()['content-type'] ?? 'text/plain' },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('end', () =>
            ok({
              status: response.statusCode ?? 500,
              contentType: String(response.headers['content-type'] ?? 'text/plain'),
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      r.on('error', ko);
      r.end(body ?? undefined);
    });
    await route.fulfill({ status: res.status, contentType: res.contentType, body: res.body });
  });
}

/**
 * The user's "Allow" in the permission dialog for these sites: approved (not granted) until the
 * extension's own `permissions.request`, made in the user's click, resolves with no dialog.
 */
export async function approveHosts(chromium: Chrome, patterns: readonly string[]) {
  const page = await chromium.context.newPage();
  await page.goto('chrome://extensions');
  for (const pattern of patterns)
    await page.evaluate(
      ([id, host]) =>
        (
          chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }
        ).developerPrivate.addHostPermission(id, host),
      [chromium.extensionId, pattern] as const,
    );
  await page.close();
}
