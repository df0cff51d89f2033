import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '@/utils/i18n';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { reportsWithArtefacts } from '@/utils/db/history';
import { saveFile } from '../save-file';
import { exportFailureText } from '../export-failure';
import { ExportScope, Tick } from './ExportParts';

/** Reports named as their files are (`vigie-<day>-<first 8 characters of the id>`): the id's start. */
const shortIds = (ids: readonly string[]) => ids.map((id) => id.slice(0, 8)).join(', ');

type Format = 'json' | 'csv' | 'zip';
type State =
  | { kind: 'idle' }
  | { kind: 'building'; done: number; total: number }
  | { kind: 'done'; fileName: string; count: number; leftOut: string[] }
  | { kind: 'failed'; detail: string };

/**
 * Export for a trusted flagger or a watch association: the selected reports (or, with none
 * selected, those the filters show) in the published report format, as JSON or CSV with only
 * addresses and fingerprints by default, or as one ZIP with each report's signed evidence package.
 * The export code loads on the click.
 */
export function AssociationExport(props: { ids: string[]; selectedCount: number }) {
  const [hashesOnly, setHashesOnly] = useState(true);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef(false);
  const count = props.ids.length;

  const run = async (format: Format) => {
    if (running.current || count === 0) return;
    running.current = true;
    setState({ kind: 'building', done: 0, total: count });
    try {
      const lang = uiLanguage();
      const vigieVersion = browser.runtime.getManifest().version;
      const now = new Date();
      if (format === 'zip') {
        const [{ buildCollectionZip }, { installationKey }] = await Promise.all([
          import('@/utils/export/collection-zip'),
          import('@/utils/export/signing'),
        ]);
        const zip = await buildCollectionZip(props.ids, (id) => draftsRepository.withArtefacts(id), {
          lang,
          key: await installationKey(),
          vigieVersion,
          onProgress: (done, total) => setState({ kind: 'building', done, total }),
        });
        saveFile(zip.blob, zip.fileName);
        setState({
          kind: 'done',
          fileName: zip.fileName,
          count: zip.collection.reports.length,
          leftOut: zip.leftOut.map((r) => r.reportId),
        });
        return;
      }
      const collection = await import('@/utils/export/collection');
      const content = hashesOnly ? 'hashes-and-urls' : 'full';
      const stored = await reportsWithArtefacts(props.ids);
      const { reports, leftOut } = await collection.collectionReports(
        props.ids,
        async (id) => stored.get(id),
        lang,
        content,
      );
      const fileName = collection.collectionFileName(now, format);
      if (format === 'json') {
        const list = collection.reportCollection(reports, { lang, content, vigieVersion, now });
        saveFile(`${JSON.stringify(list, null, 2)}\n`, fileName, 'application/json');
      } else {
        saveFile(collection.collectionCsv(reports), fileName, 'text/csv;charset=utf-8');
      }
      setState({ kind: 'done', fileName, count: reports.length, leftOut: leftOut.map((r) => r.reportId) });
    } catch (error) {
      setState({ kind: 'failed', detail: exportFailureText(error) });
    } finally {
      running.current = false;
    }
  };

  const busy = state.kind === 'building';
  return (
    <section class="association-export" aria-labelledby="association-heading" data-testid="association-export">
      <h3 id="association-heading">{t('associationHeading')}</h3>
      <p class="muted small">{t('associationIntro')}</p>
      <ExportScope count={count} selectedCount={props.selectedCount} testId="association-scope" />
      <Tick
        checked={hashesOnly}
        onChange={setHashesOnly}
        label={t('associationHashesOnly')}
        testId="association-hashes-only"
      />
      <p class="muted small">{hashesOnly ? t('associationHashesOnlyNote') : t('associationFullNote')}</p>
      <p class="row">
        <button
          type="button"
          disabled={busy || count === 0}
          onClick={() => void run('json')}
          data-testid="association-json"
        >
          {t('associationJson')}
        </button>{' '}
        <button
          type="button"
          disabled={busy || count === 0}
          onClick={() => void run('csv')}
          data-testid="association-csv"
        >
          {t('associationCsv')}
        </button>{' '}
        {!hashesOnly && (
          <button
            type="button"
            disabled={busy || count === 0}
            onClick={() => void run('zip')}
            data-testid="association-zip"
          >
            {t('associationZip')}
          </button>
        )}
      </p>
      <p role="status" aria-live="polite" data-testid="association-status" data-state={state.kind}>
        {state.kind === 'building' && t('associationBuilding', [String(state.done), String(state.total)])}
        {state.kind === 'done' && t('associationDone', [String(state.count), state.fileName])}
      </p>
      {state.kind === 'done' && state.leftOut.length > 0 && (
        <p class="notice" role="alert" data-testid="association-left-out">
          {state.leftOut.length === 1
            ? t('associationLeftOutOne', shortIds(state.leftOut))
            : t('associationLeftOutMany', [String(state.leftOut.length), shortIds(state.leftOut)])}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="error" role="alert">
          {t('associationFailed', state.detail)}
        </p>
      )}
      <p class="muted small">
        {t('associationSchema')}{' '}
        <a
          href={browser.runtime.getURL('/report-format/vigie-report-collection.v1.schema.json')}
          target="_blank"
          rel="noopener"
        >
          vigie-report-collection.v1.schema.json
        </a>
        {' · '}
        <a href={browser.runtime.getURL('/report-format/vigie-report.v1.schema.json')} target="_blank" rel="noopener">
          vigie-report.v1.schema.json
        </a>
      </p>
    </section>
  );
}
