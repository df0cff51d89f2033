/**
 * Who can talk to Vigie's real service worker, in real Chromium. Vigie's own pages send 10,000
 * random and malformed messages: none is accepted, nothing is stored, and the worker still answers
 * a valid request afterwards. Another installed extension and a web page cannot reach it at all.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../harness/chromium.mjs';
import { drafts, expect, test as base } from '../fixtures';

/** The id Chromium gives an unpacked extension: SHA-256 of its path, 32 hex digits spelt a–p. */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** A minimal MV3 extension with one page, whose script messages whatever id the test gives it. */
function otherExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-other-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Other extension', version: '1.0' }),
  );
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>other</title><script src="page.js"></script>');
  writeFileSync(join(dir, 'page.js'), 'globalThis.ready = true;');
  return dir;
}

const other = otherExtension();
const test = base.extend({
  chromium: async ({ site }, use) => {
    const chromium = await launchChromium({ proxy: site.origin, extraExtensions: [other] });
    await use(chromium);
    await chromium.close();
  },
});

test.describe('Chromium: messages to the worker', () => {
  test('10,000 random and malformed messages from Vigie’s own page: none accepted, the worker keeps working', async ({
    chromium,
  }) => {
    const page = await chromium.context.newPage();
    await page.goto(chromium.url('/settings.html'));
    const outcome = await page.evaluate(async () => {
      // A small seeded generator: the same 10,000 messages on every run.
      let seed = 0x5eed;
      const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
      const types = ['report/start', 'capture/full-page', 'handoff/open', 'capture/cancel', 'draft/changed', 'x', ''];
      const values = (): unknown =>
        pick<() => unknown>([
          () => null,
          () => -1,
          () => 1e308,
          () => 'a'.repeat(Math.floor(rand() * 200_000)),
          () => '00000000-0000-0000-0000-00000000000g',
          () => ({ __proto__: { polluted: true } }),
          () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}'),
          () => [1, 2, 3],
          () => true,
          () => ({ nested: { deeper: { type: 'report/start' } } }),
        ])();
      const message = (): unknown =>
        pick<() => unknown>([
          () => values(),
          () => ({ type: pick(types) }),
          () => ({ type: pick(types), tabId: values(), draftId: values(), channelId: values(), csam: values() }),
          () => ({ type: 'report/start', tabId: -Math.floor(rand() * 1e6) - 1 }),
          () => ({ type: 'handoff/open', draftId: crypto.randomUUID(), channelId: 'x'.repeat(300) }),
          () => ({ type: 'capture/full-page', draftId: 'not-a-uuid' }),
        ])();
      let accepted = 0;
      let answered = 0;
      for (let batch = 0; batch < 100; batch++) {
        const replies = await Promise.all(
          Array.from({ length: 100 }, () =>
            chrome.runtime.sendMessage(message()).then(
              (reply: unknown) => reply,
              () => undefined,
            ),
          ),
        );
        for (const reply of replies) {
          if (reply === undefined) continue;
          answered++;
          if ((reply as { ok?: unknown }).ok === true) accepted++;
        }
      }
      // A valid request still gets its answer.
      const draftId = crypto.randomUUID();
      const valid = (await chrome.runtime.sendMessage({ type: 'capture/cancel', draftId })) as unknown;
      return { accepted, answered, valid, draftId, polluted: ({} as { polluted?: unknown }).polluted ?? null };
    });
    expect(outcome.accepted).toBe(0);
    expect(outcome.valid).toEqual({ ok: true, draftId: outcome.draftId });
    expect(outcome.polluted).toBeNull();
    expect(drafts(await chromium.readDb())).toEqual([]);
  });

  test('another extension and a web page cannot reach Vigie', async ({ chromium, site }) => {
    const otherPage = await chromium.context.newPage();
    await otherPage.goto(`chrome-extension://${unpackedExtensionId(other)}/page.html`);
    await expect.poll(() => otherPage.evaluate(() => (globalThis as { ready?: boolean }).ready === true)).toBe(true);
    const fromExtension = await otherPage.evaluate(async (vigie) => {
      try {
        const reply: unknown = await chrome.runtime.sendMessage(vigie, {
          type: 'capture/cancel',
          draftId: crypto.randomUUID(),
        });
        return { reply: reply ?? null, error: null };
      } catch (e) {
        return { reply: null, error: String(e) };
      }
    }, chromium.extensionId);
    expect(fromExtension.reply).toBeNull();
    expect(fromExtension.error).toMatch(/Receiving end does not exist|Could not establish connection/);

    const web = await chromium.context.newPage();
    await web.goto(`${site.origin}/demo/social-post.html`);
    const fromWeb = await web.evaluate(() => {
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    });
    expect(fromWeb).toBe('undefined');
    expect(drafts(await chromium.readDb())).toEqual([]);
  });
});
