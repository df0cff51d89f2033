import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cancelFullPage, captureFullPage, MAX_SCREENS } from '@/utils/capture/full-page';
import { createThrottle } from '@/utils/capture/throttle';
import { MAX_ARTEFACT_BYTES } from '@/utils/capture/limits';
import type { CaptureContext } from '@/utils/capture/context';
import { draftInput, repo, storedArtefacts } from '../db/helpers';

const URL_REPORTED = 'https://example.org/p';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** A page in a tab, as the injected functions and `tabs` see it; hooks let a test act mid-capture. */
interface FakePage {
  viewport: number;
  height: number;
  scrollY: number;
  active: boolean;
  url: string;
  captures: number;
  log: string[];
  onScroll?: (y: number) => void;
  onCapture?: (n: number) => void;
}

let page: FakePage;
let canvases: { alive: number; maxAlive: number; created: number; blobSize: number };
const savedCaptureTab = fakeBrowser.tabs.captureTab;

function setUp(height: number, viewport = 800) {
  page = { viewport, height, scrollY: 0, active: true, url: URL_REPORTED, captures: 0, log: [] };
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => ({
    id,
    windowId: 1,
    url: page.url,
    active: page.active,
  })) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 99, windowId: 1 }] as never);
  vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
  vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => {
    page.captures++;
    page.log.push(`capture ${page.captures}`);
    page.onCapture?.(page.captures);
    return PNG;
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: {
    func: { name: string };
    args?: unknown[];
  }) => {
    const name = options.func.name;
    page.log.push(name);
    if (name === 'preparePage')
      return [
        {
          result: {
            scrollWidth: 1280,
            scrollHeight: page.height,
            innerWidth: 1280,
            innerHeight: page.viewport,
            devicePixelRatio: 1,
            scrollX: 0,
            scrollY: 0,
          },
        },
      ];
    if (name === 'scrollPage') {
      const y = options.args![0] as number;
      page.scrollY = Math.min(y, page.height - page.viewport);
      page.onScroll?.(y);
      return [{ result: { scrollY: page.scrollY, scrollHeight: page.height } }];
    }
    if (name === 'readScroll') return [{ result: { scrollY: page.scrollY, scrollHeight: page.height } }];
    return [{ result: undefined }];
  }) as never);
  // Chromium: no tabs.captureTab.
  Object.defineProperty(fakeBrowser.tabs, 'captureTab', { value: undefined, configurable: true, writable: true });
}

beforeEach(() => {
  canvases = { alive: 0, maxAlive: 0, created: 0, blobSize: 16 };
  vi.stubGlobal(
    'createImageBitmap',
    vi.fn(async () => ({ width: 1280, height: page.viewport, close: vi.fn() })),
  );
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      constructor(
        readonly width: number,
        readonly height: number,
      ) {
        canvases.created++;
        canvases.alive++;
        canvases.maxAlive = Math.max(canvases.maxAlive, canvases.alive);
        page.log.push(`canvas ${height}`);
      }
      getContext() {
        return { drawImage: vi.fn() };
      }
      async convertToBlob() {
        canvases.alive--;
        page.log.push('encoded');
        return new Blob([new Uint8Array(canvases.blobSize)], { type: 'image/png' });
      }
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  Object.defineProperty(fakeBrowser.tabs, 'captureTab', { value: savedCaptureTab, configurable: true, writable: true });
});

async function setUpDraft() {
  const store = repo();
  const events = { draftChanged: vi.fn(async (_draftId: string) => undefined), progress: vi.fn() };
  const context = { store, events } satisfies CaptureContext;
  const draft = await store.create(draftInput({ source: { tabId: 1, windowId: 1 } }));
  return { context, draftId: draft.id };
}

/** No pacing and no paint delay: the tests run in milliseconds. */
const fast = () => ({
  throttle: createThrottle({ minIntervalMs: 0, maxRetries: 0, isQuotaError: () => false }),
  settleMs: 0,
});

describe('captureFullPage: a page without a root element', () => {
  it('is refused with a clear reason, not a TypeError, and nothing is pictured', async () => {
    // What the hostile corpus found (tests/fixtures/site/hostile/root-removed.html).
    setUp(5 * 800);
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (options: { func: { name: string } }) =>
      options.func.name === 'preparePage' ? [{ result: null }] : [{ result: undefined }]) as never);
    const { context, draftId } = await setUpDraft();

    await expect(captureFullPage(draftId, context, fast())).rejects.toMatchObject({
      code: 'capture-failed',
      detail: 'the page has no root element to scroll',
    });
    expect(page.captures).toBe(0);
    expect(await storedArtefacts(context.store, draftId)).toEqual([]);
  });
});

describe('captureFullPage (Chromium): the reported tab must stay in front', () => {
  it('a page of 5 screens is captured and stored when nothing happens', async () => {
    setUp(5 * 800);
    const { context, draftId } = await setUpDraft();
    const { artefactId } = await captureFullPage(draftId, context, fast());
    expect(artefactId).toBeDefined();
    expect(page.captures).toBe(5);
    expect((await storedArtefacts(context.store, draftId)).map((a) => a.kind)).toEqual(['full-page']);
  });

  it('switching tab mid-capture aborts before the next slice and stores nothing', async () => {
    setUp(12 * 800);
    // The user (or the page) brings another tab to the front while slice 4 is being prepared.
    page.onScroll = (y) => {
      if (y === 3 * 800) page.active = false;
    };
    const { context, draftId } = await setUpDraft();

    await expect(captureFullPage(draftId, context, fast())).rejects.toMatchObject({ code: 'tab-switched' });

    expect(page.captures).toBe(3);
    expect(await storedArtefacts(context.store, draftId)).toEqual([]);
    expect(page.log).toContain('restorePage');
  });

  it('a switch during the picture itself discards that picture', async () => {
    setUp(12 * 800);
    page.onCapture = (n) => {
      if (n === 2) page.active = false;
    };
    const { context, draftId } = await setUpDraft();

    await expect(captureFullPage(draftId, context, fast())).rejects.toMatchObject({ code: 'tab-switched' });

    expect(page.captures).toBe(2);
    expect(page.log.filter((l) => l === 'readScroll')).toHaveLength(1);
    expect(await storedArtefacts(context.store, draftId)).toEqual([]);
  });

  it('the tab navigating elsewhere mid-capture is page-changed, nothing stored', async () => {
    setUp(12 * 800);
    page.onCapture = (n) => {
      if (n === 5) page.url = 'https://example.org/elsewhere';
    };
    const { context, draftId } = await setUpDraft();

    await expect(captureFullPage(draftId, context, fast())).rejects.toMatchObject({ code: 'page-changed' });
    expect(page.captures).toBe(5);
    expect(await storedArtefacts(context.store, draftId)).toEqual([]);
  });
});

describe('captureFullPage: cancel', () => {
  it('cancelFullPage stops the running capture before its next slice; nothing is stored', async () => {
    setUp(12 * 800);
    const { context, draftId } = await setUpDraft();
    page.onCapture = (n) => {
      if (n === 2) expect(cancelFullPage(draftId)).toBe(true);
    };

    await expect(captureFullPage(draftId, context, fast())).rejects.toMatchObject({ code: 'cancelled' });

    expect(page.captures).toBe(2);
    expect(await storedArtefacts(context.store, draftId)).toEqual([]);
    // Nothing runs any more: cancelling again finds nothing, and a new capture may start.
    expect(cancelFullPage(draftId)).toBe(false);
    page.onCapture = undefined;
    await expect(captureFullPage(draftId, context, fast())).resolves.toMatchObject({});
  });

  it('an aborted signal passed in stops it too', async () => {
    setUp(12 * 800);
    const { context, draftId } = await setUpDraft();
    const controller = new AbortController();
    page.onScroll = (y) => {
      if (y === 800) controller.abort();
    };

    await expect(captureFullPage(draftId, context, { ...fast(), signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(page.captures).toBe(1);
    expect(await storedArtefacts(context.store, draftId)).toEqual([]);
  });
});

describe('captureFullPage: height limit and memory', () => {
  it('a 100-screen page is captured for its first 40 screens and the cut is recorded', async () => {
    // 700 px screens: 40 of them make 28,000 px, two parts (16,000 + 12,000), one slice straddling both.
    setUp(100 * 700, 700);
    const { context, draftId } = await setUpDraft();

    await captureFullPage(draftId, context, fast());

    expect(MAX_SCREENS).toBe(40);
    expect(page.captures).toBe(40);
    expect(context.events.progress).toHaveBeenCalledWith(draftId, 0, 40);
    expect(context.events.progress).toHaveBeenLastCalledWith(draftId, 40, 40);
    const stored = await context.store.withArtefacts(draftId);
    // Stored within the same millisecond: listed in any order.
    const parts = [...stored!.artefacts].sort((a, b) => a.part!.index - b.part!.index);
    expect(parts.map((a) => [a.kind, a.part])).toEqual([
      ['full-page', { index: 0, count: 2 }],
      ['full-page', { index: 1, count: 2 }],
    ]);
    expect(stored!.draft.problems).toEqual([{ code: 'page-cut', detail: '40/100' }]);
    // One canvas per part, never both whole page's worth up front: the first part is encoded
    // as soon as the slices have passed it, long before the last slice.
    expect(canvases.created).toBe(2);
    expect(canvases.maxAlive).toBeLessThanOrEqual(2);
    expect(page.log.indexOf('encoded')).toBeLessThan(page.log.indexOf('capture 25'));
    expect(page.log.indexOf('canvas 12000')).toBeGreaterThan(page.log.indexOf('capture 20'));
  });

  it('a second capture of a cut page does not record the cut twice', async () => {
    setUp(50 * 800);
    const { context, draftId } = await setUpDraft();
    await captureFullPage(draftId, context, fast());
    await captureFullPage(draftId, context, fast());
    const stored = await context.store.withArtefacts(draftId);
    expect(stored!.draft.problems).toEqual([{ code: 'page-cut', detail: '40/50' }]);
  });

  it('Firefox: the captured rectangles stop at 40 screens too', async () => {
    setUp(100 * 800);
    const captureTab = vi.fn(async () => PNG);
    Object.defineProperty(fakeBrowser.tabs, 'captureTab', { value: captureTab, configurable: true, writable: true });
    const { context, draftId } = await setUpDraft();

    await captureFullPage(draftId, context, fast());

    const rects = captureTab.mock.calls.map(
      (c) => (c as unknown as [number, { rect: { y: number; height: number } }])[1].rect,
    );
    expect(rects.reduce((sum, r) => sum + r.height, 0)).toBe(40 * 800);
    const stored = await context.store.withArtefacts(draftId);
    expect(stored!.draft.problems).toEqual([{ code: 'page-cut', detail: '40/100' }]);
  });
});

describe('captureFullPage: a part over its size limit', () => {
  it('is not stored, and the draft says which kind and the limit', async () => {
    setUp(3 * 800);
    canvases.blobSize = MAX_ARTEFACT_BYTES['full-page'] + 1;
    const { context, draftId } = await setUpDraft();

    await expect(captureFullPage(draftId, context, fast())).resolves.toEqual({ artefactId: undefined });

    const stored = await context.store.withArtefacts(draftId);
    expect(stored!.artefacts).toEqual([]);
    expect(stored!.draft.problems).toEqual([
      { code: 'too-large', detail: 'full-page: 20000001 bytes, limit 20000000 bytes' },
    ]);
  });
});
