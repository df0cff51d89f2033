import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeArtefact, startReport, type ReportRequest } from '@/utils/capture/start-report';
import { MAX_ARTEFACT_BYTES } from '@/utils/capture/limits';
import { sha256Hex } from '@/utils/capture/hash';
import { captureFullPage } from '@/utils/capture/full-page';
import { CaptureError } from '@/utils/capture/errors';
import type { CaptureContext } from '@/utils/capture/context';
import { serializeDom } from '@/utils/capture/dom-snapshot';
import { DraftsRepository } from '@/utils/db/drafts-repo';

let n = 0;
const repos: DraftsRepository[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.close()));
});

function context() {
  const store = new DraftsRepository(`vigie-capture-test-${++n}`);
  repos.push(store);
  const events = { draftChanged: vi.fn(async (_draftId: string) => undefined), progress: vi.fn() };
  return { store, events } satisfies CaptureContext;
}

const PAGE = 'https://example.org/article';
const request = (over: Partial<ReportRequest> = {}): ReportRequest => ({
  trigger: 'shortcut',
  csam: false,
  tab: { id: 7, windowId: 1, url: PAGE, title: 'Article', index: 0 },
  ...over,
});

type Inject = { func: unknown };

beforeEach(() => {
  vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0.0.0 Safari/537.36' });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Vigie',
    version: '0.1.0',
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startReport: failures become the draft problems by code', () => {
  it('a browser permission refusal is permission-missing; unreadable facts are facts-failed; the archive goes on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockRejectedValue(
      new Error("Either the '<all_urls>' or 'activeTab' permission is required."),
    );
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: Inject) =>
      options.func === serializeDom
        ? [{ result: { html: '<html></html>', truncated: false, url: PAGE } }]
        : [{ result: 'not facts' }]) as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.draft.status).toBe('ready');
    expect(stored!.draft.problems).toEqual([
      { code: 'permission-missing', detail: "Either the '<all_urls>' or 'activeTab' permission is required." },
      { code: 'facts-failed', detail: 'unreadable page facts' },
    ]);
    expect(stored!.artefacts.map((a) => a.kind)).toEqual(['dom-snapshot']);
    expect(ctx.events.draftChanged).toHaveBeenCalledWith(draftId);
  });

  it('an archive the page refuses is archive-failed, with what went wrong', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: Inject) =>
      options.func === serializeDom ? [{ result: null }] : [{ result: {} }]) as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.draft.problems).toEqual([{ code: 'archive-failed', detail: 'DOM: no DOM returned' }]);
    expect(stored!.artefacts.map((a) => a.kind).sort()).toEqual(['facts', 'screenshot']);
  });

  it('a URL-only report touches nothing of the page', async () => {
    const capture = vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab');
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const ctx = context();

    const { draftId } = await startReport(request({ csam: true }), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.draft).toMatchObject({ mode: 'url-only', status: 'ready', problems: [] });
    expect(stored!.artefacts).toEqual([]);
    expect(capture).not.toHaveBeenCalled();
    expect(inject).not.toHaveBeenCalled();
  });
});

describe('captureFullPage: refusals are CaptureErrors', () => {
  it('no draft, a URL-only draft, a tab gone elsewhere', async () => {
    const ctx = context();
    await expect(captureFullPage(crypto.randomUUID(), ctx)).rejects.toMatchObject({ code: 'no-draft' });

    const { draftId: urlOnly } = await startReport(request({ csam: true }), ctx);
    await expect(captureFullPage(urlOnly, ctx)).rejects.toMatchObject({ code: 'uncapturable' });

    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ result: null }] as never);
    const { draftId } = await startReport(request(), ctx);
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      id: 7,
      windowId: 1,
      url: 'https://example.org/other',
    } as never);
    const error = await captureFullPage(draftId, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaptureError);
    expect(error).toMatchObject({ code: 'page-changed' });
  });
});

/** A Chromium `pageCapture` on the fake browser (it has none), removed after the test. */
function withPageCapture(saveAsMHTML: (o: { tabId: number }) => Promise<Blob>) {
  const api = { saveAsMHTML: vi.fn(saveAsMHTML) };
  (fakeBrowser as unknown as { pageCapture?: unknown }).pageCapture = api;
  return api;
}
afterEach(() => {
  delete (fakeBrowser as unknown as { pageCapture?: unknown }).pageCapture;
});

/** Facts and a DOM snapshot, each call logged by name; `dom` replaces the snapshot's result. */
function pageScripts(
  log: string[],
  dom: () => unknown = () => ({ html: '<html></html>', truncated: false, url: PAGE }),
) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: Inject) => {
    const isDom = options.func === serializeDom;
    log.push(isDom ? 'dom snapshot' : 'facts');
    return [{ result: isDom ? dom() : {} }];
  }) as never);
}

describe('startReport: the archive is taken while the reported page is still in front', () => {
  it('the composer loads in an inactive tab and comes to the front only after the MHTML and DOM snapshot', async () => {
    const log: string[] = [];
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => {
      log.push('screenshot');
      return 'data:image/png;base64,iVBORw0KGgo=';
    }) as never);
    pageScripts(log);
    withPageCapture(async () => {
      log.push('mhtml');
      return new Blob(['MIME-Version: 1.0'], { type: 'multipart/related' });
    });
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async (props: { active?: boolean }) => {
      log.push(props.active === false ? 'composer loads (inactive)' : 'composer opens (active)');
      return { id: 99 };
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (id: number, props: { active?: boolean }) => {
      if (id === 99 && props.active) log.push('composer shown');
      return { id };
    }) as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    expect(log.at(-1)).toBe('composer shown');
    expect(log).not.toContain('composer opens (active)');
    expect(log).toEqual(
      expect.arrayContaining(['screenshot', 'facts', 'mhtml', 'dom snapshot', 'composer loads (inactive)']),
    );
    const stored = await ctx.store.withArtefacts(draftId);
    // The composer opens on a complete draft.
    expect(stored!.draft.status).toBe('ready');
    expect(stored!.artefacts.map((a) => a.kind).sort()).toEqual(['dom-snapshot', 'facts', 'mhtml', 'screenshot']);
  });

  it('an address that changed between the screenshot and the archive is a page-changed problem with both', async () => {
    let url = PAGE;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({ id: 7, windowId: 1, url })) as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    // The page swaps its address (history.replaceState) while its DOM is being serialised.
    pageScripts([], () => {
      url = 'https://example.org/innocent';
      return { html: '<html></html>', truncated: false, url };
    });
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const draft = await ctx.store.get(draftId);
    expect(draft!.problems).toEqual([{ code: 'page-changed', detail: `${PAGE} → https://example.org/innocent` }]);
  });

  it('a page that left before the screenshot (meta refresh) is a page-changed problem from the reported address', async () => {
    // What the hostile corpus found (tests/fixtures/site/hostile/meta-refresh.html): everything
    // was taken of the other page, under the reported address, and nothing said so.
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({
      id: 7,
      windowId: 1,
      url: 'https://example.org/other',
    } as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const draft = await ctx.store.get(draftId);
    expect(draft!.observed.tabUrl).toBe(PAGE);
    expect(draft!.problems).toEqual([{ code: 'page-changed', detail: `${PAGE} → https://example.org/other` }]);
  });

  it('an address that stayed the same records nothing', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 1, url: PAGE } as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();
    const { draftId } = await startReport(request(), ctx);
    expect((await ctx.store.get(draftId))!.problems).toEqual([]);
  });
});

describe('startReport: the screenshot is of the reported tab or nothing', () => {
  it('a page that brought another tab to the front (window.open) gets no screenshot, and the draft says why', async () => {
    // What the hostile corpus found (tests/fixtures/site/hostile/window-open.html).
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 1, url: PAGE, active: false } as never);
    const capture = vi
      .spyOn(fakeBrowser.tabs, 'captureVisibleTab')
      .mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(capture).not.toHaveBeenCalled();
    expect(stored!.artefacts.map((a) => a.kind)).not.toContain('screenshot');
    expect(stored!.draft.status).toBe('ready');
    expect(stored!.draft.problems).toEqual([
      { code: 'screenshot-failed', detail: 'tab-switched: the reported tab was no longer in front' },
    ]);
  });

  it('a switch during the picture drops it', async () => {
    let active = true;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({
      id: 7,
      windowId: 1,
      url: PAGE,
      active,
    })) as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => {
      active = false;
      return 'data:image/png;base64,iVBORw0KGgo=';
    }) as never);
    pageScripts([]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.artefacts.map((a) => a.kind)).not.toContain('screenshot');
    expect(stored!.draft.problems.map((p) => p.code)).toEqual(['screenshot-failed']);
  });

  it('the reported tab in front is pictured', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, windowId: 1, url: PAGE, active: true } as never);
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();
    const { draftId } = await startReport(request(), ctx);
    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.artefacts.map((a) => a.kind)).toContain('screenshot');
    expect(stored!.draft.problems).toEqual([]);
  });
});

describe('startReport: each artefact kind has a size limit', () => {
  it('an MHTML over 50 MB is never read nor stored, and the problem states the limit', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    const huge = { size: MAX_ARTEFACT_BYTES.mhtml + 1, type: 'multipart/related', arrayBuffer: vi.fn() };
    withPageCapture(async () => huge as unknown as Blob);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    expect(huge.arrayBuffer).not.toHaveBeenCalled();
    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.artefacts.map((a) => a.kind)).not.toContain('mhtml');
    expect(stored!.draft.problems).toEqual([
      { code: 'too-large', detail: `mhtml: ${MAX_ARTEFACT_BYTES.mhtml + 1} bytes, limit 50000000 bytes` },
    ]);
  });

  it('an MHTML within its limit is read once, and its hash is of those bytes', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    const archive = new Blob(['MIME-Version: 1.0\r\n'], { type: 'multipart/related' });
    const read = vi.spyOn(archive, 'arrayBuffer');
    withPageCapture(async () => archive);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    expect(read).toHaveBeenCalledTimes(1);
    const mhtml = (await ctx.store.withArtefacts(draftId))!.artefacts.find((a) => a.kind === 'mhtml')!;
    expect(mhtml.sha256).toBe(await sha256Hex(new TextEncoder().encode('MIME-Version: 1.0\r\n')));
    expect(mhtml.size).toBe(19);
  });

  it('an MHTML generation that fails once is taken again; a refusal is not, and is said in the problems', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    pageScripts([]);
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const archive = new Blob(['MIME-Version: 1.0\r\n'], { type: 'multipart/related' });
    let calls = 0;
    const flaky = withPageCapture(async () => {
      calls++;
      if (calls === 1) throw new Error('Failed to generate MHTML.');
      if (calls === 2) throw new Error('Failed to create a temporary file.');
      return archive;
    });
    const ctx = context();
    const first = await startReport(request(), ctx);
    expect(flaky.saveAsMHTML).toHaveBeenCalledTimes(3);
    const stored = await ctx.store.withArtefacts(first.draftId);
    expect(stored!.artefacts.map((a) => a.kind)).toContain('mhtml');
    expect(stored!.draft.problems).toEqual([]);

    const refusing = withPageCapture(async () => {
      throw new Error("Don't have permissions required to capture this page.");
    });
    const second = await startReport(request(), ctx);
    expect(refusing.saveAsMHTML).toHaveBeenCalledTimes(1);
    const refused = await ctx.store.withArtefacts(second.draftId);
    expect(refused!.artefacts.map((a) => a.kind)).not.toContain('mhtml');
    expect(refused!.draft.problems).toEqual([
      { code: 'archive-failed', detail: "MHTML: Don't have permissions required to capture this page." },
    ]);
  });

  it('a DOM snapshot over 10 MB is cut at the limit, marked truncated, and the problem says so', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    // 6 million two-byte characters: 12 MB of UTF-8, under the in-page character limit.
    const html = `<html>${'é'.repeat(6_000_000)}</html>`;
    pageScripts([], () => ({ html, truncated: false, length: html.length, url: PAGE }));
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const ctx = context();

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    const dom = stored!.artefacts.find((a) => a.kind === 'dom-snapshot')!;
    expect(dom.size).toBeLessThanOrEqual(MAX_ARTEFACT_BYTES['dom-snapshot']);
    expect(dom.size).toBeGreaterThan(MAX_ARTEFACT_BYTES['dom-snapshot'] - 1000);
    const text = await dom.blob.text();
    expect(text.split('\n', 1)[0]).toContain('(truncated)');
    expect(text).not.toContain('\uFFFD'); // cut between characters, never inside one
    expect(stored!.draft.problems).toEqual([
      { code: 'too-large', detail: 'dom-snapshot: over 10000000 bytes, limit 10000000 bytes' },
    ]);
  });

  it('facts, screenshots and full-page parts over their limits are refused before being read', async () => {
    const draftId = crypto.randomUUID();
    await expect(
      makeArtefact(draftId, 'facts', { bytes: new Uint8Array(MAX_ARTEFACT_BYTES.facts + 1), mime: 'application/json' }),
    ).rejects.toMatchObject({ code: 'too-large', detail: 'facts: 1000001 bytes, limit 1000000 bytes' });
    await expect(
      makeArtefact(draftId, 'screenshot', {
        bytes: new Uint8Array(MAX_ARTEFACT_BYTES.screenshot + 1),
        mime: 'image/png',
      }),
    ).rejects.toMatchObject({ code: 'too-large' });
    const part = new Blob([new Uint8Array(MAX_ARTEFACT_BYTES['full-page'] + 1)], { type: 'image/png' });
    const read = vi.spyOn(part, 'arrayBuffer');
    await expect(makeArtefact(draftId, 'full-page', part)).rejects.toMatchObject({ code: 'too-large' });
    expect(read).not.toHaveBeenCalled();
    // At the limit exactly, it is kept.
    const ok = await makeArtefact(draftId, 'facts', {
      bytes: new Uint8Array(MAX_ARTEFACT_BYTES.facts),
      mime: 'application/json',
    });
    expect(ok.size).toBe(MAX_ARTEFACT_BYTES.facts);
  });
});

describe('startReport: a capture always ends', () => {
  it('a step that never answers: at the deadline the draft is interrupted with what was stored, and the composer opens', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    // The archive hangs (a page that keeps the browser busy), never settling; the deadline passes
    // once it has started, i.e. after the screenshot and the facts were stored.
    let late: ((v: unknown) => void) | undefined;
    let archiveStarted: () => void = () => undefined;
    const deadline = new Promise<void>((resolve) => (archiveStarted = resolve));
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: Inject) => {
      if (options.func !== serializeDom) return [{ result: {} }];
      archiveStarted();
      return new Promise((resolve) => (late = resolve));
    }) as never);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    const ctx = { ...context(), captureDeadline: deadline };

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.draft.status).toBe('interrupted');
    expect(stored!.draft.problems).toContainEqual({ code: 'interrupted', detail: 'deadline' });
    // What was captured before the deadline is kept.
    expect(stored!.artefacts.map((a) => a.kind).sort()).toEqual(['facts', 'screenshot']);
    expect(opened).toHaveBeenCalled();
    expect(ctx.events.draftChanged).toHaveBeenCalledWith(draftId);

    // The archive that answers after the deadline writes nothing, and the draft stays interrupted.
    late?.([{ result: { html: '<html></html>', truncated: false, url: PAGE } }]);
    await new Promise((r) => setTimeout(r, 50));
    const after = await ctx.store.withArtefacts(draftId);
    expect(after!.artefacts.map((a) => a.kind).sort()).toEqual(['facts', 'screenshot']);
    expect(after!.draft.status).toBe('interrupted');
  });

  it('a capture within its deadline ends ready, with no interrupted problem', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: Inject) =>
      options.func === serializeDom
        ? [{ result: { html: '<html></html>', truncated: false, url: PAGE } }]
        : [{ result: {} }]) as never);
    const ctx = { ...context(), captureDeadline: 20_000 };
    const { draftId } = await startReport(request(), ctx);
    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.draft.status).toBe('ready');
    expect(stored!.draft.problems).toEqual([]);
  });
});

describe('startReport: the page’s publication claim is read once, at capture', () => {
  it('is stored with the page facts, bounded by the capture time; the facts artefact stays the page’s own', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: Inject) =>
      options.func === serializeDom
        ? [{ result: { html: '<html></html>', truncated: false, url: PAGE } }]
        : [
            {
              result: {
                url: PAGE,
                title: 'Article',
                meta: [
                  // After the capture: not a publication time. The JSON-LD's is the page's claim.
                  { key: 'article:published_time', value: '2999-01-01T00:00:00Z' },
                ],
                jsonLd: [JSON.stringify({ '@type': 'NewsArticle', datePublished: '2020-05-04T10:00:00+02:00' })],
              },
            },
          ]) as never);
    const ctx = context();
    const commit = vi.spyOn(ctx.store, 'commitCapture');

    const { draftId } = await startReport(request(), ctx);

    const stored = await ctx.store.withArtefacts(draftId);
    expect(stored!.draft.page?.publishedAt).toBe('2020-05-04T08:00:00.000Z');
    // Derived by the capture's own commit (not only later, when the repository reads the draft).
    const change = commit.mock.calls[0]![2];
    expect(change({ ...stored!.draft, page: null }).page?.publishedAt).toBe('2020-05-04T08:00:00.000Z');
    const facts = stored!.artefacts.find((a) => a.kind === 'facts')!;
    const hashed = JSON.parse(await facts.blob.text()) as { page: Record<string, unknown> };
    expect(hashed.page.title).toBe('Article');
    expect(hashed.page).not.toHaveProperty('publishedAt');
  });
});
