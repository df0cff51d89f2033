/**
 * The CSAM rule holds through every door, not only the capture: a report that arrives marked
 * `csam` (an import, an old record), whatever its mode, keeps addresses and times only — no page
 * text, no artefact, and no `data:` / `blob:` payload in any address.
 */
import { describe, expect, it } from 'vitest';
import { openVigieDb } from '@/utils/db/database';
import { importReportList } from '@/utils/db/history-io';
import { UrlOnlyRefusal } from '@/utils/db/drafts-repo';
import { buildEvidencePackage } from '@/utils/export/package';
import { draftIsLinkOnly, toLinkOnly } from '@/utils/qualify/link-only';
import { detectPlatform } from '@/utils/platforms/registry';
import { redactInlineUrl } from '@/utils/report/inline-url';
import { publicationOf } from '@/utils/report/publication';
import { DRAFT_SCHEMA_VERSION, draftSchema, emptyQualification, type Draft } from '@/utils/report/draft';
import { artefact, dbName, draftInput, pageFacts, repo, storedArtefacts } from './helpers';
import { entriesOf, makeArtefact, pngLike, testKey, text } from '../export/helpers';

/** A base64 `data:` image as a hostile page (or file) would put it in an address: 5,000+ characters. */
const PAYLOAD = 'iVBORw0KGgo' + 'QUJD'.repeat(1300);
const DATA_IMAGE = `data:image/png;base64,${PAYLOAD}`;
const PAGE = 'https://forum.example/thread/42';

/** A `csam: true` report as a hostile export file could carry it: mode `full`, page text, payloads. */
function hostileCsamReport(mode: 'full' | 'url-only' = 'full') {
  const d = draftInput({
    status: 'ready',
    mode,
    csam: true,
    target: {
      context: 'image',
      url: DATA_IMAGE,
      pageUrl: PAGE,
      srcUrl: DATA_IMAGE,
      normalizedUrl: DATA_IMAGE,
      selectionText: 'texte sélectionné sur la page',
    },
    observed: { ...draftInput().observed, tabUrl: PAGE, tabTitle: 'Titre de la page' },
    page: pageFacts({ url: PAGE }),
  });
  return { ...d, schemaVersion: DRAFT_SCHEMA_VERSION };
}

const listOf = (...reports: unknown[]) =>
  JSON.stringify({
    format: 'vigie-report-list',
    version: 1,
    exportedAt: '2026-11-28T12:00:00.000Z',
    extensionVersion: '0.1.0',
    reports,
  });

async function storedDrafts(name: string) {
  const db = await openVigieDb(name);
  try {
    return (await db.getAll('drafts')) as unknown as Draft[];
  } finally {
    db.close();
  }
}

/** Every address field of a stored draft, and nothing of the payload in the whole record. */
function expectNoPayload(d: Draft) {
  const all = JSON.stringify(d);
  expect(all).not.toContain(PAYLOAD.slice(0, 40));
  expect(all.length).toBeLessThan(5000);
  for (const url of [d.target.url, d.target.srcUrl, d.target.normalizedUrl, d.observed.tabUrl])
    if (url?.startsWith('data:')) expect(url).toMatch(/^data:image\/png;base64,…\[[\d ]+ characters removed\]$/);
}

describe('history import: the CSAM rule holds', () => {
  it.each(['full', 'url-only'] as const)(
    'a csam report marked %s is stored link-only, without payload or page text',
    async (mode) => {
      const name = dbName();
      expect(await importReportList(listOf(hostileCsamReport(mode)), name)).toEqual({
        ok: true,
        added: 1,
        duplicates: 0,
      });
      const [stored] = await storedDrafts(name);
      expect(stored!.mode).toBe('url-only');
      expect(stored!.csam).toBe(true);
      expect(stored!.page).toBeNull();
      expect(stored!.target.selectionText).toBeUndefined();
      expect(stored!.observed.tabTitle).toBeUndefined();
      expect(stored!.target.pageUrl).toBe(PAGE);
      expectNoPayload(stored!);
    },
  );

  it('an ordinary imported report keeps its page facts', async () => {
    const name = dbName();
    const d = {
      ...draftInput({ status: 'ready', page: pageFacts({ url: PAGE }) }),
      schemaVersion: DRAFT_SCHEMA_VERSION,
    };
    expect(await importReportList(listOf(d), name)).toMatchObject({ ok: true, added: 1 });
    const [stored] = await storedDrafts(name);
    expect(stored!.mode).toBe('full');
    expect(stored!.page).not.toBeNull();
  });

  it('answers that make an imported report link-only apply too (a parent, intimate images)', async () => {
    const name = dbName();
    const d = {
      ...hostileCsamReport('full'),
      csam: false,
      qualification: { ...emptyQualification(), categoryId: 'non-consensual-intimate-images', role: 'parent' as const },
    };
    await importReportList(listOf(d), name);
    const [stored] = await storedDrafts(name);
    expect(stored!.mode).toBe('url-only');
    expect(stored!.csam).toBe(true);
    expectNoPayload(stored!);
  });
});

describe('records written before the rule read every door', () => {
  it('enforceLinkOnly rewrites a stored csam report marked full and deletes its artefacts; others are left alone', async () => {
    const name = dbName();
    const r = repo(name);
    const ordinary = await r.create(draftInput({ status: 'ready' }));
    await r.addArtefact(await artefact(ordinary.id, 'screenshot'));
    // An old record, put straight into the store as an earlier version could leave it.
    const legacy = hostileCsamReport('full');
    const db = await openVigieDb(name);
    await db.put('drafts', legacy);
    await db.put('artefacts', await artefact(legacy.id, 'screenshot'));
    db.close();

    expect(await r.enforceLinkOnly()).toBe(1);
    expect(await storedArtefacts(r, legacy.id)).toEqual([]);
    const fixed = await r.get(legacy.id);
    expect(fixed!.mode).toBe('url-only');
    expectNoPayload(fixed!);
    expect(await storedArtefacts(r, ordinary.id)).toHaveLength(1);
    // Applying it again changes nothing.
    expect(await r.enforceLinkOnly()).toBe(0);
  });

  it('an artefact offered for a csam report marked full is refused', async () => {
    const name = dbName();
    const legacy = hostileCsamReport('full');
    const db = await openVigieDb(name);
    await db.put('drafts', legacy);
    db.close();
    const r = repo(name);
    await expect(r.addArtefact(await artefact(legacy.id, 'screenshot'))).rejects.toBeInstanceOf(UrlOnlyRefusal);
    await expect(r.commitCapture(legacy.id, [await artefact(legacy.id, 'facts')], (d) => d)).rejects.toBeInstanceOf(
      UrlOnlyRefusal,
    );
    expect(await storedArtefacts(r, legacy.id)).toEqual([]);
  });
});

describe('the evidence package of a csam report handed in as it is', () => {
  it('holds no payload, no page text and no image, even for a draft marked full with artefacts', async () => {
    const draft = draftSchema.parse(hostileCsamReport('full'));
    const shot = await makeArtefact(draft.id, 'screenshot', pngLike(2000));
    const pkg = await buildEvidencePackage(draft, [shot], { lang: 'fr', key: await testKey(), vigieVersion: '0.1.0' });
    const files = await entriesOf(pkg.blob);
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'manifest.sig', 'report.json', 'report.txt']);
    for (const f of ['report.json', 'report.txt', 'manifest.json']) {
      expect(text(files[f]), f).not.toContain(PAYLOAD.slice(0, 40));
      expect(text(files[f]), f).not.toContain('Titre de la page');
      expect(text(files[f]), f).not.toContain('texte sélectionné');
    }
    expect(JSON.parse(text(files['report.json'])).linkOnly).toBe(true);
  });
});

describe('the rule and its transformation', () => {
  const platform = (u: string, p: string) => detectPlatform(u, p, null);

  it('any one of the mode, the mark or the answers makes a report link-only', () => {
    const base = { mode: 'full' as const, csam: false, qualification: emptyQualification() };
    expect(draftIsLinkOnly(base)).toBe(false);
    expect(draftIsLinkOnly({ ...base, csam: true })).toBe(true);
    expect(draftIsLinkOnly({ ...base, mode: 'url-only' })).toBe(true);
    expect(
      draftIsLinkOnly({ ...base, qualification: { ...base.qualification, categoryId: 'child-sexual-abuse-material' } }),
    ).toBe(true);
  });

  it('is idempotent: the second application changes nothing', () => {
    const once = toLinkOnly(draftSchema.parse(hostileCsamReport('full')), platform);
    expect(toLinkOnly(once, platform)).toEqual(once);
    expect(redactInlineUrl(redactInlineUrl(DATA_IMAGE))).toBe(redactInlineUrl(DATA_IMAGE));
    expect(redactInlineUrl('blob:https://x.example/1234')).toBe(
      redactInlineUrl(redactInlineUrl('blob:https://x.example/1234')),
    );
  });

  it('drops the page’s publication claim with the page facts (it is read from the page)', () => {
    const parsed = draftSchema.parse(hostileCsamReport('full'));
    const d = { ...parsed, page: { ...parsed.page!, publishedAt: '2026-11-01T10:00:00.000Z' } } as Draft;
    expect(publicationOf(d)).toEqual({ value: '2026-11-01T10:00:00.000Z', source: 'page' });
    const out = toLinkOnly(d, platform);
    expect(out.page).toBeNull();
    expect(JSON.stringify(out)).not.toContain('2026-11-01T10:00:00');
    expect(publicationOf(out)).toBeNull();
  });

  it('keeps web addresses and the user’s own words', () => {
    const d = {
      ...draftSchema.parse(hostileCsamReport('full')),
      narrative: { description: 'Vu sur le forum', author: '', publishedAt: null },
    } as Draft;
    const out = toLinkOnly(d, platform);
    expect(out.target.pageUrl).toBe(PAGE);
    expect(out.observed.tabUrl).toBe(PAGE);
    expect(out.narrative).toEqual(d.narrative);
    expect(out.qualification).toEqual(d.qualification);
  });
});
