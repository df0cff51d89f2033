import { describe, expect, it } from 'vitest';
import { buildEvidencePackage } from '@/utils/export/package';
import { toReportFormat } from '@/utils/export/report-format';
import { pageFacts } from '../db/helpers';
import { entriesOf, makeDraft, testKey, text } from './helpers';

/** C0 (but line feed and tab), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A report whose page text holds control characters (a hostile page's title, meta, selection). */
function hostileDraft() {
  return makeDraft({
    page: pageFacts({
      title: 'Titre\u0000 avec\u0007 cloche\u001b[31m et NEL\u0085',
      meta: [{ key: 'og:description', value: 'desc\u0001ription\u009b' }],
      jsonLd: ['{"name":"a\\u0002b"}'],
      selection: 'sélection\u0008',
    }),
    narrative: {
      description: 'Ligne 1\r\nLigne 2\tavec tabulation',
      author: '',
      publishedAt: null,
      publishedAtSource: null,
    },
  });
}

describe('exported text holds no control character', () => {
  it('report.json: page claims, selection and the user’s text are cleaned, line feeds and tabs kept', async () => {
    const draft = hostileDraft();
    const report = toReportFormat(draft, [], 'fr');
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toEqual(report);
    const strings: string[] = [];
    JSON.parse(json, (_k, v: unknown) => (typeof v === 'string' && strings.push(v), v));
    expect(strings.filter((s) => CONTROL.test(s))).toEqual([]);
    expect(report.pageClaims!.title).toBe('Titre avec cloche[31m et NEL');
    expect(report.narrative.description).toBe('Ligne 1\nLigne 2\tavec tabulation');

    const pkg = await buildEvidencePackage(draft, [], { lang: 'fr', key: await testKey(), vigieVersion: '0.1.0' });
    const files = await entriesOf(pkg.blob);
    for (const name of ['report.json', 'report.txt']) expect(CONTROL.test(text(files[name])), name).toBe(false);
  });
});
