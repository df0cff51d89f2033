import { describe, expect, it, vi } from 'vitest';
import { UrlOnlyRefusal } from '@/utils/db/drafts-repo';
import { onDraftPurged } from '@/utils/db/draft-channel';
import { qualificationIsLinkOnly } from '@/utils/qualify/link-only';
import { detectPlatform } from '@/utils/platforms/registry';
import { artefactKinds, emptyQualification } from '@/utils/report/draft';
import { artefact, draftInput, pageFacts, repo, storedArtefacts } from './helpers';

const X_POST = 'https://x.com/exemple_compte/status/1790000000000000001';

/** A captured draft of an X post, with every artefact kind and every page-derived field filled. */
async function capturedDraft(r: ReturnType<typeof repo>) {
  const d = await r.create(
    draftInput({
      status: 'ready',
      target: {
        context: 'selection',
        url: X_POST,
        pageUrl: X_POST,
        normalizedUrl: X_POST,
        selectionText: 'texte de la page',
      },
      observed: { ...draftInput().observed, tabUrl: X_POST, tabTitle: 'Titre de l’onglet' },
      page: pageFacts({ url: X_POST }),
      platform: {
        platformId: 'x',
        platformName: 'X',
        authorHandle: 'exemple_compte',
        authorName: 'Nom lu dans la page',
        contentId: '1790000000000000001',
      },
    }),
  );
  for (const kind of artefactKinds) await r.addArtefact(await artefact(d.id, kind));
  return d;
}

describe('qualificationIsLinkOnly', () => {
  const q = (over: Partial<ReturnType<typeof emptyQualification>>) => ({ ...emptyQualification(), ...over });

  it('is the CSAM category, or sexual images with a minor involved', () => {
    expect(qualificationIsLinkOnly(q({ categoryId: 'child-sexual-abuse-material' }))).toBe(true);
    expect(qualificationIsLinkOnly(q({ categoryId: 'sexual-deepfake', minor: true }))).toBe(true);
    expect(qualificationIsLinkOnly(q({ categoryId: 'terrorism', minor: true }))).toBe(false);
  });

  it('counts an unanswered "minor" as no, and ignores unknown or missing categories', () => {
    expect(qualificationIsLinkOnly(q({ categoryId: 'sexual-deepfake', minor: null }))).toBe(false);
    expect(qualificationIsLinkOnly(q({ categoryId: 'not-a-category', minor: true }))).toBe(false);
    expect(qualificationIsLinkOnly(q({ categoryId: null, minor: true }))).toBe(false);
  });
});

describe('DraftsRepository.qualify: the CSAM rule in one transaction', () => {
  it('choosing CSAM deletes every artefact and every page-derived field, keeping addresses and times', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    const other = await r.create(draftInput());
    await r.addArtefact(await artefact(other.id, 'screenshot'));

    const { draft, purged } = await r.qualify(d.id, { categoryId: 'child-sexual-abuse-material' });

    expect(purged).toBe(artefactKinds.length);
    expect(draft).toMatchObject({ mode: 'url-only', csam: true, page: null, status: 'ready' });
    expect(draft.qualification.categoryId).toBe('child-sexual-abuse-material');
    expect(draft.target).toEqual({
      context: 'selection',
      url: X_POST,
      pageUrl: X_POST,
      normalizedUrl: X_POST,
      cut: [],
    });
    expect(draft.observed).toEqual({ ...d.observed, tabTitle: undefined });
    expect(draft.observed.tabTitle).toBeUndefined();
    // The platform keeps what the addresses say, not what the page said (the author's display name).
    expect(draft.platform).toEqual(detectPlatform(X_POST, X_POST, null));
    expect(draft.platform?.authorName).toBeUndefined();
    expect(JSON.stringify(await r.get(d.id))).not.toMatch(/texte de la page|Titre|Nom lu dans la page/);
    expect(await storedArtefacts(r, d.id)).toEqual([]);
    expect(await storedArtefacts(r, other.id)).toHaveLength(1);
  });

  it('applies the rule when "minor" makes sexual images CSAM, not before', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    const first = await r.qualify(d.id, { categoryId: 'non-consensual-intimate-images' });
    expect(first).toMatchObject({ purged: 0, draft: { mode: 'full', csam: false } });
    expect(await storedArtefacts(r, d.id)).toHaveLength(artefactKinds.length);

    const second = await r.qualify(d.id, { minor: true });
    expect(second).toMatchObject({ purged: artefactKinds.length, draft: { mode: 'url-only', csam: true } });
  });

  it('never goes back to full once URL-only, whatever the answers become', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    await r.qualify(d.id, { categoryId: 'child-sexual-abuse-material' });
    const { draft, purged } = await r.qualify(d.id, { categoryId: 'terrorism' });
    expect(purged).toBe(0);
    expect(draft).toMatchObject({ mode: 'url-only', csam: true, page: null });
    expect(draft.qualification.categoryId).toBe('terrorism');
    // `update` cannot switch it back either.
    expect(await r.update(d.id, (x) => ({ ...x, mode: 'full' }))).toMatchObject({ mode: 'url-only' });
  });

  it('writes nothing if the purge fails half-way: the answer is not recorded either', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    const realDelete = IDBObjectStore.prototype.delete;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (this: IDBObjectStore, key) {
      if (++calls === 3) throw new Error('disk failure');
      return realDelete.call(this, key);
    });

    await expect(r.qualify(d.id, { categoryId: 'child-sexual-abuse-material' })).rejects.toThrow('disk failure');
    vi.restoreAllMocks();

    expect(calls).toBe(3);
    const stored = await r.get(d.id);
    expect(stored?.qualification).toEqual(emptyQualification());
    expect(stored).toMatchObject({ mode: 'full', csam: false });
    expect(stored?.page?.title).toBe('Titre de la page');
    expect(stored?.target.selectionText).toBe('texte de la page');
    expect(await storedArtefacts(r, d.id)).toHaveLength(artefactKinds.length);
  });

  it('leaves an ordinary category alone', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    const { draft, purged } = await r.qualify(d.id, { categoryId: 'terrorism', minor: true });
    expect(purged).toBe(0);
    expect(draft).toMatchObject({ mode: 'full', csam: false });
    expect(draft.page?.title).toBe('Titre de la page');
    expect(await storedArtefacts(r, d.id)).toHaveLength(artefactKinds.length);
  });
});

describe('a link-only draft has no holes', () => {
  it('refuses every artefact kind after a purge', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    await r.qualify(d.id, { categoryId: 'child-sexual-abuse-material' });
    for (const kind of artefactKinds)
      await expect(r.addArtefact(await artefact(d.id, kind))).rejects.toThrow(UrlOnlyRefusal);
    expect(await storedArtefacts(r, d.id)).toEqual([]);
  });

  it('drops page-derived fields from any later update, keeping the rest of the change', async () => {
    const r = repo();
    const d = await r.create(draftInput({ mode: 'url-only', csam: true, status: 'capturing' }));
    const next = await r.update(d.id, (x) => ({
      ...x,
      status: 'ready',
      page: pageFacts(),
      target: { ...x.target, selectionText: 'texte de la page' },
      observed: { ...x.observed, tabTitle: 'Titre de l’onglet' },
      platform: { platformId: 'x', platformName: 'X', authorName: 'Nom lu dans la page' },
    }));
    expect(next).toMatchObject({ status: 'ready', mode: 'url-only', page: null });
    expect(next.target.selectionText).toBeUndefined();
    expect(next.observed.tabTitle).toBeUndefined();
    expect(next.platform).toBeNull(); // example.org is no known platform: nothing from the page survives
    expect(JSON.stringify(await r.get(d.id))).not.toMatch(/texte de la page|Titre|Nom lu dans la page/);
  });

  it('creates a URL-only draft without page-derived fields even if asked to', async () => {
    const r = repo();
    const d = await r.create(
      draftInput({
        mode: 'url-only',
        csam: true,
        page: pageFacts(),
        observed: { ...draftInput().observed, tabTitle: 'Titre' },
      }),
    );
    expect(d.page).toBeNull();
    expect(d.observed.tabTitle).toBeUndefined();
  });
});

describe('every open page is told of a purge', () => {
  /** Collects the purge messages a page showing `draftId` would act on. */
  function listen(draftId: string) {
    const seen: { purged: number; elsewhere: boolean }[] = [];
    const stop = onDraftPurged(draftId, (reaction) => seen.push(reaction));
    return { seen, stop };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('announces the purge of this draft once, and nothing for ordinary answers', async () => {
    const r = repo();
    const d = await capturedDraft(r);
    const other = await capturedDraft(r);
    const page = listen(d.id);
    try {
      await r.qualify(d.id, { danger: false });
      await r.qualify(other.id, { categoryId: 'child-sexual-abuse-material' });
      await settle();
      expect(page.seen).toEqual([]);
      await r.qualify(d.id, { categoryId: 'child-sexual-abuse-material' });
      await r.qualify(d.id, { minor: false });
      await settle();
      // Written by this same page (module): re-read, but no "deleted elsewhere" notice.
      expect(page.seen).toEqual([{ reload: true, purged: artefactKinds.length, elsewhere: false }]);
    } finally {
      page.stop();
    }
  });
});

describe('qualificationIsLinkOnly, read by the repository', () => {
  it('treats a parent’s report of intimate images as showing a minor', () => {
    const answers = { ...emptyQualification(), categoryId: 'non-consensual-intimate-images', role: 'parent' as const };
    expect(qualificationIsLinkOnly(answers)).toBe(true);
  });
});
