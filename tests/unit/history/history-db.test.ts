import { describe, expect, it } from 'vitest';
import { openVigieDb } from '@/utils/db/database';
import {
  applyRetention,
  deleteAllReports,
  deleteReports,
  firstHistoryPage,
  loadHistory,
  retagReports,
  retentionCutoff,
} from '@/utils/db/history';
import { exportReportList, historyCsv, importReportList } from '@/utils/db/history-io';
import { csvCell } from '@/utils/csv';
import { readRetention, writeRetention } from '@/utils/db/settings-repo';
import { toHistoryRow } from '@/utils/db/history-query';
import { artefact, dbName, draftInput, repo } from '../db/helpers';

async function rawStores(name: string) {
  const db = await openVigieDb(name);
  try {
    return { drafts: await db.getAll('drafts'), artefacts: await db.getAll('artefacts') };
  } finally {
    db.close();
  }
}

/** Two drafts with artefacts (screenshot, archive, facts) in a fresh database. */
async function twoReports() {
  const name = dbName();
  const r = repo(name);
  const a = await r.create(draftInput({ createdAt: '2026-11-01T10:00:00.000Z', status: 'ready' }));
  const b = await r.create(
    draftInput({
      createdAt: '2026-11-02T10:00:00.000Z',
      status: 'ready',
      target: {
        context: 'page',
        url: 'https://example.org/other',
        pageUrl: 'https://example.org/other',
        normalizedUrl: 'https://example.org/other',
      },
    }),
  );
  for (const d of [a, b]) {
    await r.addArtefact(await artefact(d.id, 'screenshot', `png of ${d.id}`));
    await r.addArtefact(await artefact(d.id, 'mhtml', `archive of ${d.id}`));
    await r.addArtefact(await artefact(d.id, 'facts', `{"of":"${d.id}"}`));
  }
  return { name, r, a, b };
}

describe('history: listing and deletion', () => {
  it('pages newest first by capture date and loads every row without reading artefacts', async () => {
    const { name, a, b } = await twoReports();
    expect((await firstHistoryPage(1, name)).rows.map((x) => x.id)).toEqual([b.id]);
    const all = await loadHistory(name);
    expect(all.rows.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(all.unreadable).toBe(0);
  });

  it('deletes one report with every artefact and its Blob; the other stays whole', async () => {
    const { name, a, b } = await twoReports();
    expect(await deleteReports([a.id], name)).toBe(1);
    const left = await rawStores(name);
    expect(left.drafts.map((d) => d.id)).toEqual([b.id]);
    expect(left.artefacts.map((x) => x.draftId)).toEqual([b.id, b.id, b.id]);
    expect(left.artefacts.every((x) => x.blob instanceof Blob && x.blob.size > 0)).toBe(true);
  });

  it('deletes a selection, and everything', async () => {
    const { name, a, b } = await twoReports();
    expect(await deleteReports([a.id, b.id, crypto.randomUUID()], name)).toBe(2);
    expect(await rawStores(name)).toEqual({ drafts: [], artefacts: [] });
    const again = await twoReports();
    expect(await deleteAllReports(again.name)).toBe(2);
    expect(await rawStores(again.name)).toEqual({ drafts: [], artefacts: [] });
  });

  it('retention: keeps forever by default; "N months" deletes reports captured before the cutoff', async () => {
    const { name, b } = await twoReports();
    expect(await readRetention(name)).toEqual({ version: 1, keep: { mode: 'forever' } });
    expect(await applyRetention(await readRetention(name), new Date('2027-06-01T00:00:00Z'), name)).toEqual({
      deleted: 0,
      cutoff: null,
    });
    await expect(writeRetention({ version: 1, keep: { mode: 'months', months: 0 } }, name)).rejects.toThrow();
    const setting = await writeRetention({ version: 1, keep: { mode: 'months', months: 7 } }, name);
    // 2 June 2027 minus 7 months: 2 November 2026, 00:00 UTC: the report of 1 November goes.
    const result = await applyRetention(setting, new Date('2027-06-02T00:00:00Z'), name);
    expect(result).toEqual({ deleted: 1, cutoff: '2026-11-02T00:00:00.000Z' });
    const left = await rawStores(name);
    expect(left.drafts.map((d) => d.id)).toEqual([b.id]);
    expect(new Set(left.artefacts.map((x) => x.draftId))).toEqual(new Set([b.id]));
  });

  it('computes the retention cutoff on the calendar (31 May minus 3 months is 28 February)', () => {
    expect(retentionCutoff(new Date('2027-05-31T08:00:00Z'), 3)).toBe('2027-02-28T08:00:00.000Z');
  });
});

describe('history: JSON export and import', () => {
  it('round trip: an export imported into an empty history gives the same reports', async () => {
    const { name } = await twoReports();
    const { list } = await exportReportList('0.1.0', new Date('2026-11-28T12:00:00Z'), name);
    expect(list).toMatchObject({ format: 'vigie-report-list', version: 1, exportedAt: '2026-11-28T12:00:00.000Z' });
    expect(list.reports).toHaveLength(2);
    const text = JSON.stringify(list);
    expect(text).not.toContain('blob');

    const fresh = dbName();
    expect(await importReportList(text, fresh)).toEqual({ ok: true, added: 2, duplicates: 0 });
    const { list: again } = await exportReportList('0.1.0', new Date('2026-11-28T12:00:00Z'), fresh);
    expect(again.reports).toEqual(list.reports);
    // A second import skips every report already there, and counts them.
    expect(await importReportList(text, fresh)).toEqual({ ok: true, added: 0, duplicates: 2 });
  });

  it('a bad file is refused with its reason and changes nothing', async () => {
    const { name, a } = await twoReports();
    const before = await rawStores(name);
    const { list } = await exportReportList('0.1.0', new Date(), name);
    const other = { ...list.reports[0]!, id: crypto.randomUUID() };
    const oneBad = { ...list, reports: [other, { ...list.reports[1]!, id: crypto.randomUUID(), status: 'exploded' }] };
    const cases: [string, string][] = [
      ['{ not json', 'not-json'],
      [JSON.stringify({ hello: 'world' }), 'not-a-report-list'],
      [JSON.stringify({ ...list, version: 2 }), 'not-a-report-list'],
      [JSON.stringify(oneBad), 'bad-report'],
    ];
    for (const [text, reason] of cases) {
      const result = await importReportList(text, name);
      expect(result, reason).toMatchObject({ ok: false, reason });
    }
    expect(await rawStores(name)).toEqual(before);
    expect((await rawStores(name)).drafts.map((d) => d.id)).toContain(a.id);
  });

  it('an imported link-only report keeps nothing page-derived', async () => {
    const { observed, ...base } = draftInput({ mode: 'url-only', csam: true });
    const name = dbName();
    const result = await importReportList(
      JSON.stringify({
        format: 'vigie-report-list',
        version: 1,
        exportedAt: '2026-11-28T12:00:00.000Z',
        extensionVersion: '0.1.0',
        reports: [{ ...base, observed: { ...observed, tabTitle: 'titre de la page' }, schemaVersion: 4 }],
      }),
      name,
    );
    expect(result).toMatchObject({ ok: true, added: 1 });
    const [stored] = (await rawStores(name)).drafts as unknown as { mode: string; observed: { tabTitle?: string } }[];
    expect(stored!.observed.tabTitle).toBeUndefined();
    expect(stored!.mode).toBe('url-only');
  });
});

describe('history: CSV', () => {
  it('neutralises formulas: cells starting with = + - @ tab or CR get a leading quote', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const c of ['+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(c)).toBe(`"'${c}"`);
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell('')).toBe('""');
  });

  it('writes the main columns, one row per report, with page text neutralised', () => {
    const row = toHistoryRow({
      ...draftInput({ platform: null }),
      id: 'r1',
      createdAt: '2026-11-01T10:00:00.000Z',
      target: { url: 'https://example.org/p', normalizedUrl: 'https://example.org/p' },
      platform: { platformId: 'x', platformName: 'X', authorHandle: '=cmd|" /C calc"!A0' },
      handoffs: [{ channelId: 'pharos', at: '2026-11-02T10:00:00.000Z', actions: ['copied'], reference: '@REF' }],
    })!;
    const csv = historyCsv([row], {
      header: {
        capturedAt: 'Date',
        status: 'Status',
        category: 'Category',
        platform: 'Platform',
        url: 'URL',
        author: 'Author',
        channels: 'Channels',
        references: 'References',
        decision: 'Decision',
        tags: 'Tags',
        id: 'Id',
      },
      status: (r) => r.status,
      category: (id) => id ?? '-',
      channel: (id) => id.toUpperCase(),
      decision: () => '',
      date: (iso) => iso.slice(0, 10),
    });
    expect(csv.startsWith('\uFEFF"Date","Status"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toBe(
      `"2026-11-01","handed-off","'-","X","https://example.org/p","'=cmd|"" /C calc""!A0","PHAROS","'@REF","","","r1"`,
    );
  });
});

describe('tagging reports from the history', () => {
  it('adds a campaign to several reports, skips those that have it, and removes it from one', async () => {
    const name = dbName();
    const r = repo(name);
    const a = await r.create(draftInput({ status: 'ready' }));
    const b = await r.create(draftInput({ status: 'ready', tags: ['Raid'] }));
    expect(await retagReports([a.id, b.id], { add: ['raid', 'Association'] }, r)).toBe(2);
    expect((await r.get(a.id))!.tags).toEqual(['raid', 'Association']);
    expect((await r.get(b.id))!.tags).toEqual(['Raid', 'Association']);
    expect(await retagReports([a.id, b.id], { add: ['ASSOCIATION'] }, r)).toBe(0);
    expect(await retagReports([b.id, crypto.randomUUID()], { remove: 'raid' }, r)).toBe(1);
    expect((await r.get(b.id))!.tags).toEqual(['Association']);
    const rows = (await loadHistory(name)).rows;
    expect(rows.find((row) => row.id === b.id)!.tags).toEqual(['Association']);
  });
});
