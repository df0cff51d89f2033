// The history with 10,000 reports (each with a small screenshot), generated inside the built
// extension's own page into its real IndexedDB, then measured through the history page:
//  - historyFirstPageMs: navigation → first row on screen (p50 of a few loads);
//  - historyLoadAllMs: navigation → every row loaded for search;
//  - historySearchMs: typing a query → list updated (p50, p95 over several queries);
//  - historyExportMs: click on the JSON export → download received.
//  - associationExportMs: click on the association JSON (every report, addresses and fingerprints
//    only, in the published report format) → download received;
//  - watchlistExportMs: click on the watchlist export (every report's address fingerprint) → download.

export const HISTORY_REPORTS = Number(process.env.VIGIE_BENCH_HISTORY_REPORTS ?? 10_000);
const LOADS = 5;
const QUERIES = [
  'tiktok',
  'exemple 42',
  'propagande',
  'compte_7',
  'youtube.com',
  'nothing-matches-this',
  'x.com status 99',
  'harcèlement',
];

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (x) => Math.round(x * 10) / 10;

/** Runs in an extension page: writes `count` valid v4 drafts, each with one small PNG screenshot. */
export async function generate(count) {
  const canvas = new OffscreenCanvas(64, 48);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#c33';
  ctx.fillRect(0, 0, 64, 48);
  const png = await canvas.convertToBlob({ type: 'image/png' });
  const bytes = await png.arrayBuffer();
  const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  const db = await new Promise((ok, ko) => {
    const req = indexedDB.open('vigie');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
  const platforms = [
    ['x', 'X (Twitter)', (i) => `https://x.com/compte_${i % 97}/status/${1790000000000000000n + BigInt(i)}`],
    ['tiktok', 'TikTok', (i) => `https://www.tiktok.com/@compte_${i % 89}/video/${7350000000000000000n + BigInt(i)}`],
    ['youtube', 'YouTube', (i) => `https://www.youtube.com/watch?v=v${i.toString(36)}`],
  ];
  const categories = ['terrorism', 'cyber-harassment', 'hate-incitement', 'online-scam', 'insult-defamation', null];
  const start = Date.parse('2025-01-01T00:00:00Z');
  const BATCH = 500;
  for (let from = 0; from < count; from += BATCH) {
    await new Promise((ok, ko) => {
      const tx = db.transaction(['drafts', 'artefacts'], 'readwrite');
      tx.oncomplete = ok;
      tx.onerror = () => ko(tx.error);
      for (let i = from; i < Math.min(count, from + BATCH); i++) {
        const [platformId, platformName, urlOf] = platforms[i % platforms.length];
        const url = urlOf(i);
        const at = new Date(start + i * 45 * 60_000).toISOString();
        const id = crypto.randomUUID();
        const categoryId = categories[i % categories.length];
        const handedOff = i % 3 === 0;
        tx.objectStore('drafts').put({
          schemaVersion: 4,
          id,
          createdAt: at,
          updatedAt: at,
          status: 'ready',
          mode: 'full',
          csam: false,
          trigger: 'context-menu',
          target: { context: 'page', url, pageUrl: url, normalizedUrl: url.replace('www.', ''), cut: [] },
          observed: {
            tabUrl: url,
            tabTitle: `Publication exemple ${i} de compte_${i % 97}`,
            capturedAt: at,
            localTime: at,
            timeZone: 'Europe/Paris',
            browser: 'Chromium',
            extensionVersion: '0.1.0',
            userAgent: 'bench',
          },
          source: { tabId: 1, windowId: 1 },
          page: null,
          platform: { platformId, platformName, authorHandle: `@compte_${i % 97}` },
          problems: [],
          qualification: {
            danger: false,
            emergencyAcknowledgedAt: null,
            categoryId,
            role: 'witness',
            minor: false,
            privateExchange: false,
            publicContent: true,
            moneyDemanded: null,
            metInPerson: null,
            goodFaithAt: categoryId ? at : null,
          },
          narrative: {
            description: i % 2 ? 'Une vidéo de propagande vue en ligne.' : 'Des messages de harcèlement répétés.',
            publishedAt: null,
            publishedAtSource: null,
          },
          handoffs: handedOff
            ? [
                {
                  channelId: 'pharos',
                  at,
                  lastAt: at,
                  actions: ['copied'],
                  reference: `PHA-${i}`,
                  acknowledgedAt: null,
                },
              ]
            : [],
          followUp: { steps: [], decision: null, onlineChecks: [] },
        });
        tx.objectStore('artefacts').put({
          schemaVersion: 1,
          id: crypto.randomUUID(),
          draftId: id,
          kind: 'screenshot',
          mime: 'image/png',
          size: png.size,
          sha256,
          createdAt: at,
          blob: png,
        });
      }
    });
  }
  db.close();
  return { count, screenshotBytes: png.size };
}

/** Runs in the history page: types `query` and resolves with the time until the list changed. */
function timeSearch(query) {
  const input = document.querySelector('[data-testid=history-search]');
  const count = document.querySelector('[data-testid=history-count]');
  const before = count.textContent;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const done = () => resolve(performance.now() - t0);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      done();
    });
    observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // A query that matches the same rows leaves the list as it was: the render is then done too.
    setTimeout(() => {
      if (count.textContent === before) {
        observer.disconnect();
        done();
      }
    }, 1000);
  });
}

/** @param {Awaited<ReturnType<typeof import('../harness/chromium.mjs').launchChromium>>} vigie */
export async function historyBench(vigie) {
  const historyUrl = vigie.url('/reports.html');
  const page = await vigie.context.newPage();
  await page.goto(historyUrl); // opens (and upgrades) the database
  await page.getByTestId('storage-used').waitFor();
  const helper = await vigie.context.newPage();
  await helper.goto(vigie.url('/welcome.html'));
  const t0 = performance.now();
  const generated = await helper.evaluate(generate, HISTORY_REPORTS);
  const generateMs = performance.now() - t0;
  await helper.close();

  const firstPage = [];
  const loadAll = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    await page.goto(historyUrl);
    firstPage.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const check = () =>
              document.querySelector('[data-testid=history-row]')
                ? resolve(performance.now())
                : requestAnimationFrame(check);
            check();
          }),
      ),
    );
    loadAll.push(
      await page.evaluate(
        (total) =>
          new Promise((resolve) => {
            // "50 shown of N found (N in all)": loaded once the last number reaches the reports
            // generated (the bench's earlier parts may have added a few of their own).
            const loaded = () => {
              const numbers = (document.querySelector('[data-testid=history-count]')?.textContent ?? '').match(/\d+/g);
              return numbers !== null && Number(numbers.at(-1)) >= total;
            };
            const check = () => (loaded() ? resolve(performance.now()) : requestAnimationFrame(check));
            check();
          }),
        HISTORY_REPORTS,
      ),
    );
  }

  const search = [];
  for (const query of [...QUERIES, ...QUERIES]) search.push(await page.evaluate(timeSearch, query));
  await page.evaluate(timeSearch, '');

  const t1 = performance.now();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByTestId('export-json').click();
  await (await download).path();
  const exportMs = performance.now() - t1;

  // For an association: every report as a collection, addresses and fingerprints only.
  const t2 = performance.now();
  const collection = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByTestId('association-json').click();
  await (await collection).path();
  const associationMs = performance.now() - t2;

  // A watchlist of every report to share with the network: the SHA-256 of each address.
  const t3 = performance.now();
  const watchlist = page.waitForEvent('download', { timeout: 300_000 });
  await page.getByTestId('watchlist-export-button').click();
  await (await watchlist).path();
  const watchlistMs = performance.now() - t3;
  await page.close();

  return {
    reports: generated.count,
    screenshotBytesEach: generated.screenshotBytes,
    generateMs: Math.round(generateMs),
    historyFirstPageMs: { p50: round(percentile(firstPage, 50)), max: round(Math.max(...firstPage)) },
    historyLoadAllMs: { p50: round(percentile(loadAll, 50)), max: round(Math.max(...loadAll)) },
    historySearchMs: { p50: round(percentile(search, 50)), p95: round(percentile(search, 95)), runs: search.length },
    historyExportMs: Math.round(exportMs),
    associationExportMs: Math.round(associationMs),
    watchlistExportMs: Math.round(watchlistMs),
    targets: { historySearchMs: { max: 50, met: percentile(search, 95) <= 50 } },
  };
}
