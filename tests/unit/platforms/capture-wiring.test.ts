import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReport, type ReportRequest } from '@/utils/capture/start-report';
import type { CaptureContext } from '@/utils/capture/context';
import { serializeDom } from '@/utils/capture/dom-snapshot';
import { DraftsRepository } from '@/utils/db/drafts-repo';
import { platforms } from '@/utils/platforms/registry';

const PAGE = 'https://x.com/exemple_compte/status/1790000000000000001';
const repos: DraftsRepository[] = [];

beforeEach(() => {
  vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0.0.0 Safari/537.36' });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Vigie',
    version: '0.1.0',
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await Promise.all(repos.splice(0).map((r) => r.close()));
});

describe('startReport: a failing platform extractor', () => {
  it('records platform-data-failed with the platform id; the URL data, facts and screenshot are kept', async () => {
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue('data:image/png;base64,iVBORw0KGgo=');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: { func: unknown }) =>
      options.func === serializeDom
        ? [{ result: { html: '<html></html>', truncated: false, url: PAGE } }]
        : [{ result: { url: PAGE, title: 'Un post', meta: [] } }]) as never);
    const x = platforms.find((p) => p.id === 'x')!;
    const real = x.extract;
    vi.spyOn(x, 'extract').mockImplementation((input) => {
      if (input.facts) throw new Error('boom');
      return real(input);
    });
    const store = new DraftsRepository(`vigie-platform-wiring-${crypto.randomUUID()}`);
    repos.push(store);
    const ctx = {
      store,
      events: { draftChanged: vi.fn(async () => undefined), progress: vi.fn() },
    } satisfies CaptureContext;
    const request: ReportRequest = {
      trigger: 'shortcut',
      csam: false,
      tab: { id: 7, windowId: 1, url: PAGE, title: 'Un post', index: 0 },
    };

    const { draftId } = await startReport(request, ctx);

    const stored = await store.withArtefacts(draftId);
    expect(stored!.draft.problems).toEqual([{ code: 'platform-data-failed', detail: 'x: threw' }]);
    expect(stored!.draft.platform).toMatchObject({ platformId: 'x', contentId: '1790000000000000001' });
    expect(stored!.draft.page?.title).toBe('Un post');
    expect(stored!.artefacts.map((a) => a.kind).sort()).toEqual(['dom-snapshot', 'facts', 'screenshot']);
  });
});
