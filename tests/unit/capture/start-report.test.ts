import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReport, type ReportRequest } from '@/utils/capture/start-report';
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
