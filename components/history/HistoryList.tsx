import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { FollowUpDeps } from './draft-store';
import type { HistoryRow } from '@/utils/db/history-query';
import type { Draft } from '@/utils/report/draft';
import { FollowUpEditor } from './FollowUpEditor';
import { TagChips } from './TagChips';
import { categoryLabel, channelName, decisionLabel, followUpStatusLabel, formatWhen } from './labels';

/** Longest address shown in a row (the full one is in the composer). */
const URL_SHOWN = 140;

/**
 * The history's rows: what each report is (category, address or author, platform), when it was
 * captured, where it stands (status, channels, references, decision) and whether the same content
 * was reported more than once. Every value is rendered as text.
 */
export function HistoryList(props: {
  /** Reads and writes of the follow-up opened on a row. */
  followUp: FollowUpDeps;
  rows: HistoryRow[];
  all: HistoryRow[];
  duplicates: Map<string, string[]>;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onChanged: () => void;
  onRemoveTag: (id: string, tag: string) => void;
  empty: string;
}) {
  if (props.rows.length === 0)
    return (
      <p class="muted" data-testid="history-empty">
        {props.empty}
      </p>
    );
  return (
    <ul class="drafts history-rows" data-testid="draft-list">
      {props.rows.map((r) => (
        <Row key={r.id} row={r} {...props} />
      ))}
    </ul>
  );
}

function Row(props: Parameters<typeof HistoryList>[0] & { row: HistoryRow }) {
  const { row } = props;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [open, setOpen] = useState(false);
  const same = props.duplicates.get(row.normalizedUrl) ?? [];
  const others = same.filter((id) => id !== row.id);
  const loadDraft = async () => setDraft((await props.followUp.drafts.get(row.id)) ?? null);
  const where = row.author ?? (row.url.length > URL_SHOWN ? `${row.url.slice(0, URL_SHOWN)}…` : row.url);
  return (
    <li data-draft-id={row.id} data-status={row.status} data-category={row.categoryId ?? ''} data-testid="history-row">
      <input
        type="checkbox"
        checked={props.selected.has(row.id)}
        aria-label={t('historySelect')}
        data-testid="row-select"
        onChange={(e) => props.onSelect(row.id, (e.target as HTMLInputElement).checked)}
      />
      <div class="history-row">
        <button type="button" class="link" onClick={() => props.onOpen(row.id)} data-testid="row-open">
          <span class="title" data-testid="row-category">
            {row.csam ? t('draftTitleCsam') : categoryLabel(row.categoryId)}
          </span>
        </button>
        <span class="meta">
          {row.platformName ?? row.host}
          {' · '}
          <span data-testid="row-where">{row.csam ? row.host : where}</span>
        </span>
        <span class="meta">
          <span class={`badge status-${row.status}`} data-testid="row-status">
            {followUpStatusLabel(row.status)}
          </span>
          {row.statusAt && ` ${formatWhen(row.statusAt)}`}
          {' · '}
          {t('historyCapturedOn', formatWhen(row.createdAt))}
          {row.capture === 'interrupted' && ` · ${t('statusInterrupted')}`}
        </span>
        {row.channels.length > 0 && (
          <span class="meta" data-testid="row-channels">
            {t('historyHandedTo', row.channels.map(channelName).join(', '))}
          </span>
        )}
        {row.references.length > 0 && (
          <span class="meta" data-testid="row-references">
            {t('historyReferences', row.references.join(', '))}
          </span>
        )}
        {row.decision && (
          <span class="meta" data-testid="row-decision" data-decision={row.decision}>
            {decisionLabel(row.decision)}
          </span>
        )}
        <TagChips tags={row.tags} testId="row-tags" onRemove={(name) => props.onRemoveTag(row.id, name)} />
        {others.length > 0 && (
          <span class="meta" data-testid="row-duplicates">
            <strong>{t('historyDuplicate', String(same.length))}</strong> {t('historyOtherReports')}{' '}
            {others.map((id, i) => {
              const other = props.all.find((r) => r.id === id);
              return (
                <button key={id} type="button" class="link small" onClick={() => props.onOpen(id)}>
                  {other ? formatWhen(other.createdAt) : String(i + 1)}
                </button>
              );
            })}
          </span>
        )}
        <span class="row">
          <button
            type="button"
            class="small"
            aria-expanded={open}
            data-testid="row-follow-up"
            onClick={() => {
              setOpen(!open);
              if (!open) void loadDraft();
            }}
          >
            {t('followUpHeading')}
          </button>{' '}
          <button type="button" class="danger small" data-testid="row-delete" onClick={() => props.onDelete(row.id)}>
            {t('delete')}
          </button>
        </span>
        {open && draft && (
          <FollowUpEditor
            {...props.followUp}
            draft={draft}
            onChanged={() => {
              void loadDraft();
              props.onChanged();
            }}
          />
        )}
      </div>
    </li>
  );
}
