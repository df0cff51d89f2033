import { t, formatDateTime } from '@/utils/i18n';
import { draftStatusLabel } from '@/utils/format/labels';
import type { DraftSummary } from '@/utils/db/draft-summaries';
import { reportStatus } from '@/utils/report/handoffs';

/** Short, text-only description of what a draft reports. */
export function draftTitle(draft: DraftSummary): string {
  if (draft.csam) return t('draftTitleCsam');
  return draft.platform?.platformName
    ? `${draft.platform.platformName} · ${hostOf(draft.target.url)}`
    : draft.observed.tabTitle || hostOf(draft.target.url);
}

function hostOf(url: string) {
  try {
    return new URL(url).host || url.slice(0, 80);
  } catch {
    return url.slice(0, 80);
  }
}

export function DraftList(props: {
  drafts: DraftSummary[];
  onOpen: (id: string) => void;
  onDelete?: (id: string) => void;
  empty: string;
}) {
  if (props.drafts.length === 0) return <p class="muted">{props.empty}</p>;
  return (
    <ul class="drafts" data-testid="draft-list">
      {props.drafts.map((d) => (
        <li key={d.id} data-status={d.status} data-draft-id={d.id}>
          <button type="button" class="link" onClick={() => props.onOpen(d.id)}>
            <span class="title">{draftTitle(d)}</span>
            <span class="meta">
              <span class={`badge ${d.status}`}>{draftStatusLabel(d.status)}</span> <HandoffBadge draft={d} />{' '}
              {formatDateTime(d.createdAt)}
            </span>
          </button>
          {props.onDelete && (
            <button type="button" class="danger small" onClick={() => props.onDelete!(d.id)}>
              {t('delete')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Whether the report was handed to a channel (and acknowledged): what a list must say at a glance. */
function HandoffBadge({ draft }: { draft: DraftSummary }) {
  const status = reportStatus({
    qualification: draft.qualification ?? { categoryId: null, goodFaithAt: null },
    handoffs: draft.handoffs ?? [],
  });
  if (status === 'handed-off')
    return (
      <span class="badge ready" data-testid="handed-off-badge">
        {t('reportHandedOff')}
      </span>
    );
  if (status === 'acknowledged')
    return (
      <span class="badge ready" data-testid="handed-off-badge">
        {t('reportAcknowledged')}
      </span>
    );
  return null;
}
