import { describe, expect, it, vi } from 'vitest';
import {
  collectionCsv,
  collectionCsvColumns,
  collectionFileName,
  collectionReports,
  reportCollection,
  reportCollectionSchema,
  toCollectionReport,
} from '@/utils/export/collection';
import { buildCollectionZip, COLLECTION_ZIP_MAX_REPORTS } from '@/utils/export/collection-zip';
import { ZipTooManyEntriesError } from '@/utils/export/zip';
import { reportFormatSchema } from '@/utils/export/report-format';
import { sha256Hex } from '@/utils/export/signing';
import { verifyPackage } from '@/utils/export/verify';
import type { Artefact, Draft } from '@/utils/report/draft';
import { entriesOf, makeArtefact, makeDraft, pngLike, testKey } from './helpers';

const X_POST = 'https://x.com/auteur/status/1790000000000000001';

function xDraft(over: Parameters<typeof makeDraft>[0] = {}): Draft {
  return makeDraft({
    target: {
      context: 'selection',
      url: X_POST,
      pageUrl: X_POST,
      normalizedUrl: X_POST,
      selectionText: 'texte lu sur la page',
    },
    observed: {
      tabUrl: X_POST,
      tabTitle: 'Titre de la page',
      capturedAt: '2026-11-20T10:00:00.000Z',
      localTime: '2026-11-20T11:00:00+01:00',
      timeZone: 'Europe/Paris',
      browser: 'Chromium',
      extensionVersion: '0.1.0',
      userAgent: 'test',
    },
    platform: {
      platformId: 'x',
      platformName: 'X (Twitter)',
      contentType: 'post',
      contentId: '1790000000000000001',
      authorHandle: '@auteur',
      authorName: 'Nom affiché',
      authorUrl: 'https://x.com/auteur',
    },
    qualification: {
      ...makeDraft().qualification,
      categoryId: 'hate-incitement',
      danger: false,
      role: 'witness',
      goodFaithAt: '2026-11-20T10:05:00.000Z',
    },
    narrative: { description: 'Ma description personnelle', publishedAt: null, publishedAtSource: null },
    handoffs: [
      {
        channelId: 'pharos',
        at: '2026-11-20T10:10:00.000Z',
        lastAt: '2026-11-20T10:10:00.000Z',
        actions: ['copied'],
        reference: '=PHA-1',
        acknowledgedAt: null,
      },
    ],
    tags: ['Raid 12 mars'],
    ...over,
  });
}

async function withShots(draft: Draft): Promise<Artefact[]> {
  return [
    await makeArtefact(draft.id, 'screenshot', pngLike(3000, 1)),
    await makeArtefact(draft.id, 'mhtml', 'MIME-Version: 1.0\r\n\r\npage'),
  ];
}

describe('report collection for an association', () => {
  it('hashes and URLs only: addresses, identifiers, qualification and fingerprints, no page text, no description', async () => {
    const draft = xDraft();
    const artefacts = await withShots(draft);
    const r = toCollectionReport(draft, artefacts, 'fr', 'hashes-and-urls');
    expect(reportFormatSchema.safeParse(r).success).toBe(true);
    expect(r.target).toMatchObject({ url: X_POST, pageUrl: X_POST });
    expect(r.target.selectionText).toBeUndefined();
    expect(r.observed.tabTitle).toBeUndefined();
    expect(r.pageClaims).toBeNull();
    expect(r.platform).toMatchObject({ platformId: 'x', authorHandle: '@auteur', contentId: '1790000000000000001' });
    expect(r.platform?.authorName).toBeUndefined();
    expect(r.narrative.description).toBe('');
    expect(r.qualification.categoryId).toBe('hate-incitement');
    expect(r.tags).toEqual(['Raid 12 mars']);
    expect(r.files.map((f) => [f.name, f.sha256])).toEqual(artefacts.map((a, i) => [r.files[i]!.name, a.sha256]));
    expect(r.files.map((f) => f.name)).toEqual(['evidence/screenshot.png', 'evidence/page.mhtml']);
    // Nothing read on the page anywhere in the file.
    const json = JSON.stringify(r);
    for (const text of ['texte lu sur la page', 'Titre de la page', 'Nom affiché', 'Ma description'])
      expect(json).not.toContain(text);
  });

  it('full content keeps the page text and the description; a link-only report never lists a file', async () => {
    const draft = xDraft();
    const full = toCollectionReport(draft, await withShots(draft), 'en', 'full');
    expect(full.target.selectionText).toBe('texte lu sur la page');
    expect(full.narrative.description).toBe('Ma description personnelle');
    const csam = xDraft({ csam: true, mode: 'url-only' });
    const linkOnly = toCollectionReport(csam, await withShots(csam), 'fr', 'full');
    expect(linkOnly.linkOnly).toBe(true);
    expect(linkOnly.files).toEqual([]);
    expect(linkOnly.target.selectionText).toBeUndefined();
  });

  it('the collection is valid against its schema and says what it holds', async () => {
    const draft = xDraft();
    const { reports, leftOut } = await collectionReports(
      [draft.id, crypto.randomUUID()],
      async (id) => (id === draft.id ? { draft, artefacts: await withShots(draft) } : undefined),
      'fr',
      'hashes-and-urls',
    );
    expect(reports).toHaveLength(1);
    expect(leftOut).toEqual([]);
    const c = reportCollection(reports, {
      lang: 'fr',
      content: 'hashes-and-urls',
      vigieVersion: '0.1.0',
      now: new Date('2026-11-29T08:00:00Z'),
    });
    expect(reportCollectionSchema.parse(JSON.parse(JSON.stringify(c)))).toMatchObject({
      format: 'vigie-report-collection',
      version: 1,
      content: 'hashes-and-urls',
      exportedAt: '2026-11-29T08:00:00.000Z',
    });
    expect(collectionFileName(new Date('2026-11-29T23:30:00-05:00'), 'csv')).toBe('vigie-association-2026-11-30.csv');
  });

  it('CSV: header is the schema paths, one row per report, lists joined, formulas neutralised', async () => {
    const draft = xDraft();
    const r = toCollectionReport(draft, await withShots(draft), 'fr', 'hashes-and-urls');
    const csv = collectionCsv([r, r]);
    expect(csv.startsWith('\uFEFF"reportId","createdAt","observed.capturedAt"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    const header = lines[0]!.split(',').map((h) => h.slice(1, -1));
    expect(header).toEqual([...collectionCsvColumns]);
    const cells = lines[1]!.slice(1, -1).split('","');
    const at = (c: (typeof collectionCsvColumns)[number]) => cells[collectionCsvColumns.indexOf(c)];
    expect(at('target.url')).toBe(X_POST);
    expect(at('qualification.categoryId')).toBe('hate-incitement');
    expect(at('handoffs')).toBe('pharos:=PHA-1');
    expect(at('tags')).toBe('Raid 12 mars');
    expect(at('files')).toBe(
      `evidence/screenshot.png=sha256:${r.files[0]!.sha256} | evidence/page.mhtml=sha256:${r.files[1]!.sha256}`,
    );
    // A value starting like a formula is neutralised.
    const hostile = collectionCsv([{ ...r, tags: ['=HYPERLINK("http://evil")'] }]);
    expect(hostile).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('full ZIP: more reports than one ZIP can hold is said before anything is loaded or packed', async () => {
    const ids = Array.from({ length: COLLECTION_ZIP_MAX_REPORTS + 1 }, () => crypto.randomUUID());
    const load = vi.fn(async () => undefined);
    const zip = buildCollectionZip(ids, load, { lang: 'fr', key: await testKey(), vigieVersion: '0.1.0' });
    await expect(zip).rejects.toThrow(ZipTooManyEntriesError);
    expect(load).not.toHaveBeenCalled();
  });

  it('full ZIP: one signed package per report, each verifiable, and their fingerprints in reports.json', async () => {
    const key = await testKey();
    const a = xDraft();
    // Same capture day and same first 8 hex of the id: the same package name, made distinct.
    const b = xDraft({ id: `${a.id.slice(0, 8)}${crypto.randomUUID().slice(8)}`, tags: [] });
    const store = new Map([
      [a.id, { draft: a, artefacts: await withShots(a) }],
      [b.id, { draft: b, artefacts: await withShots(b) }],
    ]);
    const progress: number[] = [];
    const zip = await buildCollectionZip([a.id, 'missing', b.id], async (id) => store.get(id), {
      lang: 'fr',
      key,
      vigieVersion: '0.1.0',
      now: () => new Date('2026-11-29T08:00:00Z'),
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(zip.fileName).toBe('vigie-association-2026-11-29.zip');
    const entries = await entriesOf(zip.blob);
    const collection = reportCollectionSchema.parse(JSON.parse(new TextDecoder().decode(entries['reports.json'])));
    expect(collection.content).toBe('full');
    expect(collection.reports.map((r) => r.reportId)).toEqual([a.id, b.id]);
    expect(collection.packages).toHaveLength(2);
    const [pa, pb] = collection.packages!.map((p) => p.path);
    expect(pb).toBe(pa!.replace(/\.zip$/, '-2.zip'));
    for (const p of collection.packages!) {
      const bytes = entries[p.path]!;
      expect(await sha256Hex(new Uint8Array(bytes))).toBe(p.sha256);
      const result = await verifyPackage(new Blob([bytes as BlobPart]), { ownFingerprint: key.fingerprint });
      expect(result.ok && result.intact).toBe(true);
    }
    expect(new TextDecoder().decode(entries['reports.csv']).split('\r\n')).toHaveLength(4);
  });
});
