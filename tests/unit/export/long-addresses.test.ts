/**
 * One address bound everywhere: a page at an address of 5,000 characters (or any up to the
 * draft's `URL_MAX`) gets its evidence package, and is in the association exports like any other;
 * a report that cannot be written never fails the export of the others.
 */
import { describe, expect, it } from 'vitest';
import { collectionCsv, collectionReports } from '@/utils/export/collection';
import { buildCollectionZip } from '@/utils/export/collection-zip';
import { buildEvidencePackage } from '@/utils/export/package';
import { reportFormatSchema } from '@/utils/export/report-format';
import { URL_MAX } from '@/utils/zod';
import type { Draft } from '@/utils/report/draft';
import { entriesOf, makeArtefact, makeDraft, pngLike, testKey, text } from './helpers';

/** An address of `length` characters, as a hostile page can give itself with `history.replaceState`. */
const longUrl = (length: number) => {
  const base = 'https://forum.example/t/42?q=';
  return base + 'a'.repeat(length - base.length);
};

function longDraft(length: number): Draft {
  const url = longUrl(length);
  return makeDraft({
    target: { context: 'page', url, pageUrl: url, normalizedUrl: url },
    observed: { ...makeDraft().observed, tabUrl: url },
  });
}

describe('long addresses', () => {
  it.each([5000, URL_MAX])('a report at an address of %i characters gets its evidence package', async (length) => {
    const draft = longDraft(length);
    expect(draft.target.url).toHaveLength(length);
    const shot = await makeArtefact(draft.id, 'screenshot', pngLike(1000));
    const pkg = await buildEvidencePackage(draft, [shot], { lang: 'fr', key: await testKey(), vigieVersion: '0.1.0' });
    const files = await entriesOf(pkg.blob);
    const report = reportFormatSchema.parse(JSON.parse(text(files['report.json'])));
    expect(report.target.url).toBe(draft.target.url);
    expect(report.observed.tabUrl).toHaveLength(length);
  });

  it('the association exports hold the long report with the others', async () => {
    const ok = makeDraft();
    const long = longDraft(5000);
    const drafts = new Map([ok, long].map((d) => [d.id, d]));
    const { reports, leftOut } = await collectionReports(
      [ok.id, long.id],
      async (id) => ({ draft: drafts.get(id)!, artefacts: [] }),
      'fr',
      'hashes-and-urls',
    );
    expect(leftOut).toEqual([]);
    expect(reports.map((r) => r.reportId)).toEqual([ok.id, long.id]);
    expect(collectionCsv(reports)).toContain(long.target.url);
  });
});

describe('one bad report never fails an export of the others', () => {
  /** A record that cannot be written in the report format (its id is no UUID, as a damaged record's may be). */
  const broken = () => ({ ...makeDraft(), id: 'not-a-uuid' }) as Draft;

  it('JSON and CSV: the others are exported, the bad one named', async () => {
    const ok = makeDraft();
    const bad = broken();
    const drafts = new Map([ok, bad].map((d) => [d.id, d]));
    const { reports, leftOut } = await collectionReports(
      [bad.id, ok.id],
      async (id) => ({ draft: drafts.get(id)!, artefacts: [] }),
      'fr',
      'full',
    );
    expect(reports.map((r) => r.reportId)).toEqual([ok.id]);
    expect(leftOut).toEqual([{ reportId: 'not-a-uuid' }]);
  });

  it('ZIP: the others are packed, the bad one named and given no package', async () => {
    const ok = makeDraft();
    const bad = broken();
    const drafts = new Map([ok, bad].map((d) => [d.id, d]));
    const zip = await buildCollectionZip([ok.id, bad.id], async (id) => ({ draft: drafts.get(id)!, artefacts: [] }), {
      lang: 'fr',
      key: await testKey(),
      vigieVersion: '0.1.0',
    });
    expect(zip.leftOut).toEqual([{ reportId: 'not-a-uuid' }]);
    expect(zip.collection.reports.map((r) => r.reportId)).toEqual([ok.id]);
    expect(zip.collection.packages).toHaveLength(1);
    const files = Object.keys(await entriesOf(zip.blob));
    expect(files.filter((f) => f.startsWith('packages/'))).toHaveLength(1);
  });
});
