import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startReport, type ReportRequest } from '@/utils/capture/start-report';
import type { DraftsRepository } from '@/utils/db/drafts-repo';
import { repo, storedArtefacts } from '../db/helpers';

const PAGE = 'https://forum.example/t/1';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

const request = (over: Partial<ReportRequest> = {}): ReportRequest => ({
  trigger: 'context-menu',
  csam: false,
  tab: { id: 7, windowId: 1, url: PAGE, title: 'Titre de l’onglet', index: 0 },
  menu: { pageUrl: PAGE, selectionText: 'texte sélectionné' },
  ...over,
});

/** What the injected scripts return: page facts, then (for the archive) a DOM snapshot. */
function pageScripts(beforeSnapshot: () => Promise<void> = async () => undefined) {
  return vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    func: { name: string };
  }) =>
    injection.func.name === 'serializeDom'
      ? (await beforeSnapshot(),
        [{ result: { html: '<html><p>texte de la page</p></html>', truncated: false, url: PAGE } }])
      : [
          {
            result: {
              url: PAGE,
              title: 'Titre de la page',
              lang: 'fr',
              canonical: null,
              meta: [],
              links: [],
              jsonLd: [],
              anchors: [],
              target: null,
              selection: 'texte sélectionné',
              truncated: false,
            },
          },
        ]) as never);
}

/** The user qualifies the draft being captured as CSAM, from another open page of it. */
async function userChoosesCsam(r: DraftsRepository) {
  const [draft] = (await r.list()).drafts;
  await r.qualify(draft!.id, { categoryId: 'child-sexual-abuse-material' });
}

async function onlyDraft(r: DraftsRepository) {
  const { drafts } = await r.list();
  expect(drafts).toHaveLength(1);
  return drafts[0]!;
}

function expectCleanLinkOnly(draft: Awaited<ReturnType<typeof onlyDraft>>) {
  expect(draft).toMatchObject({ status: 'ready', mode: 'url-only', csam: true, page: null });
  expect(draft.target.selectionText).toBeUndefined();
  expect(draft.observed.tabTitle).toBeUndefined();
  expect(draft.problems).toEqual([]);
  expect(JSON.stringify(draft)).not.toMatch(/texte|Titre/);
}

describe('startReport when the user chooses CSAM while the capture runs', () => {
  beforeEach(() => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 Chrome/156.0.0.0' });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('ends a capture refused by the repository as a ready link-only draft, with no error', async () => {
    const r = repo();
    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({ id: 5 } as never);
    const shown = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({ id: 5 } as never);
    pageScripts();
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => {
      await userChoosesCsam(r);
      return PNG;
    }) as never);

    await expect(
      startReport(request(), { store: r, events: { draftChanged: async () => undefined, progress: () => undefined } }),
    ).resolves.toMatchObject({ draftId: expect.any(String) });

    const draft = await onlyDraft(r);
    expectCleanLinkOnly(draft);
    expect(await storedArtefacts(r, draft.id)).toEqual([]);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(shown).toHaveBeenCalledWith(5, { active: true });
  });

  it('stores no archive once the draft was switched to link-only during the archive', async () => {
    const r = repo();
    vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockResolvedValue(PNG as never);
    // The screenshot is stored; the user picks CSAM (from another open page of the draft) while
    // the archive is being taken, before it is written.
    const scripts = pageScripts(() => userChoosesCsam(r));
    vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);

    await startReport(request(), {
      store: r,
      events: { draftChanged: async () => undefined, progress: () => undefined },
    });

    const draft = await onlyDraft(r);
    expect(scripts).toHaveBeenCalledTimes(2); // the DOM snapshot was taken, and refused
    expectCleanLinkOnly(draft);
    expect(await storedArtefacts(r, draft.id)).toEqual([]);
  });
});
