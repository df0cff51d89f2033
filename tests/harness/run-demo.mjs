// `npm start`: builds Vigie (done by the npm script), serves the local demo pages and opens
// Chromium with Vigie loaded on them, so a newcomer can right-click and report at once.
// Without a display (or with VIGIE_HEADLESS=1) it runs the whole flow headless on the demo pages
// and writes what Vigie produced (drafts as JSON, screenshots, archives, hashes) to a folder.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launchChromium } from './chromium.mjs';
import { startFixtureServer } from './server.mjs';

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.env.VIGIE_HEADLESS === '1' || !hasDisplay;

const site = await startFixtureServer(undefined, Number(process.env.VIGIE_DEMO_PORT ?? 0));
const demo = `${site.origin}/demo/`;

if (!headless) {
  const vigie = await launchChromium({ headless: false, handleSignals: false });
  const page =
    vigie.context.pages().find((p) => !p.url().startsWith('chrome-extension://')) ?? (await vigie.context.newPage());
  await page.goto(demo);
  console.log(`Vigie is loaded in Chromium, on the demo pages at ${demo}`);
  console.log('Right-click a page, link, image or selected text → "Signaler ce contenu…", or click the Vigie button.');
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  const stop = new Promise((resolve) => {
    vigie.context.on('close', resolve);
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, resolve);
  });
  await stop;
  await vigie.close();
  await site.close();
  process.exit(0);
}

const outDir = join(
  process.env.VIGIE_OUTPUT ?? join(ROOT, 'vigie-output'),
  new Date().toISOString().replace(/[:.]/g, '-'),
);
await mkdir(outDir, { recursive: true });
console.log(`No display: running the demo headless on ${demo}`);

const vigie = await launchChromium();
try {
  const composerShots = [];

  // 1. Toolbar button → popup → "Report this page", on the fake social post.
  const post = await vigie.context.newPage();
  await post.goto(`${demo}social-post.html`);
  await vigie.triggerAction(post);
  const popup = await vigie.popup();
  await popup.getByTestId('report-page').click();
  composerShots.push(await settle(await vigie.composer(), 'composer-social-post.png'));

  // 2. Right-click on the marketplace listing → "Signaler ce contenu…", then full page.
  const listing = await vigie.context.newPage();
  await listing.goto(`${demo}marketplace-listing.html`);
  const before = new Set(vigie.context.pages());
  await vigie.clickMenu(listing, 'vigie-report');
  const composer2 = await waitForNewComposer(before);
  await composer2.getByTestId('draft-status').and(composer2.locator('[data-status=ready]')).waitFor();
  // The capture is folded under the composer's steps: opened as a user does.
  await composer2.locator('[data-testid=part-evidence] > summary').click();
  await composer2.getByTestId('full-page').click();
  await composer2.locator('[data-kind=full-page]').first().waitFor({ timeout: 60_000 });
  composerShots.push(await settle(composer2, 'composer-marketplace.png'));

  // 3. The URL-only entry on the forum thread: nothing but URLs and times is kept.
  const forum = await vigie.context.newPage();
  await forum.goto(`${demo}forum-thread.html`);
  const before3 = new Set(vigie.context.pages());
  await vigie.clickMenu(forum, 'vigie-report-csam');
  composerShots.push(await settle(await waitForNewComposer(before3), 'composer-link-only.png'));

  // Export what Vigie stored, and check every hash against the bytes.
  const page = await vigie.extensionPage();
  const dump = await page.evaluate(dumpWithBytes);
  const files = [];
  for (const draft of dump.drafts) {
    const dir = join(outDir, `draft-${draft.id}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'draft.json'), JSON.stringify(draft, null, 2));
    for (const a of dump.artefacts.filter((x) => x.draftId === draft.id)) {
      const bytes = Buffer.from(a.base64, 'base64');
      const actual = createHash('sha256').update(bytes).digest('hex');
      const name = `${a.kind}${a.part ? `-${a.part.index + 1}` : ''}.${extension(a.mime)}`;
      await writeFile(join(dir, name), bytes);
      files.push({
        file: join(`draft-${draft.id}`, name),
        sha256: a.sha256,
        verified: actual === a.sha256,
        bytes: bytes.length,
      });
    }
  }
  await writeFile(join(outDir, 'hashes.json'), JSON.stringify(files, null, 2));
  const bad = files.filter((f) => !f.verified);
  console.log(
    `Drafts: ${dump.drafts.length}; artefacts: ${files.length}; hashes verified: ${files.length - bad.length}/${files.length}`,
  );
  console.log(`Composer screenshots: ${composerShots.join(', ')}`);
  console.log(`Output written to ${outDir}`);
  if (bad.length) process.exitCode = 1;

  async function settle(composer, file) {
    await composer.getByTestId('draft-status').waitFor();
    await composer.locator('[data-status=ready]').waitFor({ timeout: 30_000 });
    await composer.setViewportSize({ width: 1100, height: 1400 });
    await composer.screenshot({ path: join(outDir, file), fullPage: true });
    return file;
  }

  async function waitForNewComposer(before) {
    const isNew = (p) => !before.has(p) && p.url().includes('/composer.html');
    const existing = vigie.context.pages().find(isNew);
    return existing ?? vigie.context.waitForEvent('page', { predicate: isNew, timeout: 20_000 });
  }
} finally {
  await vigie.close();
  await site.close();
}

function extension(mime) {
  return (
    { 'image/png': 'png', 'application/json': 'json', 'text/html': 'html', 'multipart/related': 'mhtml' }[mime] ?? 'bin'
  );
}

/** Runs in an extension page: every draft and every artefact with its bytes as base64. */
async function dumpWithBytes() {
  const db = await new Promise((ok, ko) => {
    const req = indexedDB.open('vigie');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  const all = (store) =>
    new Promise((ok, ko) => {
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => ko(req.error);
    });
  const drafts = await all('drafts');
  const artefacts = [];
  for (const { blob, ...meta } of await all('artefacts')) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    artefacts.push({ ...meta, base64: btoa(binary) });
  }
  db.close();
  return { drafts, artefacts };
}
