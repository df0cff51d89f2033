/**
 * The batch's exports for the association and the watch network: exactly the batch's items, or
 * the ticked ones — never the rest of the history. The same export code as the history page's.
 */
import { AssociationExport } from '@/components/history/AssociationExport';
import { WatchlistExport } from '@/components/history/WatchlistExport';
import { toHistoryRow, type HistoryRow } from '@/utils/db/history-query';
import { exportScope } from '@/utils/handoff/batch-items';
import { t, tCount } from '@/utils/i18n';
import type { Draft } from '@/utils/report/draft';
import { associationDeps } from '../reports/association';

export function BatchExports(props: { items: Draft[]; selected: Set<string> }) {
  const ids = exportScope(
    props.items.map((d) => d.id),
    props.selected,
  );
  const chosen = new Set(ids);
  const rows = props.items
    .filter((d) => chosen.has(d.id))
    .map((d) => toHistoryRow(d))
    .filter((r): r is HistoryRow => r !== null);
  const selectedCount = props.items.filter((d) => props.selected.has(d.id)).length;
  const scopeText =
    selectedCount > 0
      ? tCount(ids.length, { one: 'batchScopeSelectedOne', other: 'batchScopeSelectedOther' })
      : tCount(ids.length, { one: 'batchScopeAllOne', other: 'batchScopeAllOther' });
  return (
    <section aria-labelledby="batch-export-heading" data-testid="batch-exports">
      <h2 id="batch-export-heading">{t('batchExportHeading')}</h2>
      <p class="muted">{t('batchExportIntro')}</p>
      <AssociationExport ids={ids} selectedCount={selectedCount} deps={associationDeps} scopeText={scopeText} />
      <WatchlistExport rows={rows} selectedCount={selectedCount} scopeText={scopeText} />
    </section>
  );
}
