import { useRef, useState } from 'preact/hooks';
import { t, tCount } from '@/utils/i18n';
import { exportFailureText } from '../export-failure';
import { ExportScope, Tick } from './ExportParts';

/** Reports named as their files are (`vigie-<day>-<first 8 characters of the id>`): the id's start. */
const shortIds = (ids: readonly string[]) => ids.map((id) => id.slice(0, 8)).join(', ');

export type AssociationFormat = 'json' | 'csv' | 'zip';

/** What the page does for this export: build and save the file; link the published schemas. */
export interface AssociationDeps {
  /** Builds the file of these reports and saves it; says what it holds and which reports were left out. */
  exportCollection(
    format: AssociationFormat,
    ids: readonly string[],
    hashesOnly: boolean,
    onProgress: (done: number, total: number) => void,
  ): Promise<{ fileName: string; count: number; leftOut: string[] }>;
  /** The addresses of the published schemas the extension ships (`/report-format/…`). */
  schemaUrls(): { collection: string; report: string };
}
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
export function AssociationExport(props: {
  ids: string[];
  selectedCount: number;
  deps: AssociationDeps;
  /** How the page names the reports taken, when not "selected / shown by the filters". */
  scopeText?: string;
}) {
  const [hashesOnly, setHashesOnly] = useState(true);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const running = useRef(false);
  const count = props.ids.length;

  const run = async (format: AssociationFormat) => {
    if (running.current || count === 0) return;
    running.current = true;
    setState({ kind: 'building', done: 0, total: count });
    try {
      const done = await props.deps.exportCollection(format, props.ids, hashesOnly, (done, total) =>
        setState({ kind: 'building', done, total }),
      );
      setState({ kind: 'done', ...done });
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
      <ExportScope
        count={count}
        selectedCount={props.selectedCount}
        testId="association-scope"
        {...(props.scopeText === undefined ? {} : { text: props.scopeText })}
      />
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
        {state.kind === 'done' &&
          tCount(state.count, { one: 'associationDoneOne', other: 'associationDone' }, [state.fileName])}
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
        <a href={props.deps.schemaUrls().collection} target="_blank" rel="noopener">
          vigie-report-collection.v1.schema.json
        </a>
        {' · '}
        <a href={props.deps.schemaUrls().report} target="_blank" rel="noopener">
          vigie-report.v1.schema.json
        </a>
      </p>
    </section>
  );
}
