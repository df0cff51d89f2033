import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NotOfficial } from '@/components/NotOfficial';
import { HistoryList } from '@/components/history/HistoryList';
import { HistoryTools } from '@/components/history/HistoryTools';
import { TagInput } from '@/components/history/TagInput';
import { categoryLabel, channelName, followUpStatusLabel } from '@/components/history/labels';
import { t, tCount } from '@/utils/i18n';
import { formatBytes } from '@/utils/format/labels';
import {
  applyRetention,
  deleteAllReports,
  deleteReports,
  firstHistoryPage,
  HISTORY_PAGE,
  loadHistory,
  retagReports,
  storageUsed,
} from '@/utils/db/history';
import {
  duplicateGroups,
  facets,
  filterRows,
  historySorts,
  sortRows,
  type HistoryFilter,
  type HistoryRow,
  type HistorySort,
} from '@/utils/db/history-query';
import { readRetention } from '@/utils/db/settings-repo';
import { followUpStatuses, type FollowUpStatus } from '@/utils/report/follow-up';
import { composerUrl } from '@/utils/report/urls';
import { followUpDeps, historyToolsDeps } from './containers';

/** A day of the user's calendar (`YYYY-MM-DD`) as the instant it starts, or `null`. */
function dayStart(day: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function App() {
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [unreadable, setUnreadable] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [storage, setStorage] = useState<{ before: number | null; after: number | null } | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<FollowUpStatus | ''>('');
  const [category, setCategory] = useState('');
  const [channel, setChannel] = useState('');
  const [platform, setPlatform] = useState('');
  const [tag, setTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<HistorySort>('newest');
  const [shown, setShown] = useState(HISTORY_PAGE);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const notify = (message: string) => setNotices((n) => [...n, message]);

  const reload = async () => {
    const all = await loadHistory();
    setRows(all.rows);
    setUnreadable(all.unreadable);
    setComplete(true);
    setSelected((s) => new Set([...s].filter((id) => all.rows.some((r) => r.id === id))));
  };

  useEffect(() => {
    void (async () => {
      try {
        // The retention setting is applied first, so the list never shows what it deletes.
        const retention = await readRetention();
        const applied = await applyRetention(retention, new Date());
        if (applied.deleted > 0 && applied.cutoff)
          notify(
            tCount(applied.deleted, { one: 'historyRetentionAppliedOne', other: 'historyRetentionApplied' }, [
              new Date(applied.cutoff).toLocaleDateString(),
            ]),
          );
        const first = await firstHistoryPage();
        setRows((current) => current ?? first.rows);
        await reload();
        setStorage({ before: await storageUsed(), after: null });
      } catch (e) {
        setError(String(e));
      }
    })();
  }, []);

  const filter: HistoryFilter = {
    text,
    status: status || null,
    categoryId: category || null,
    channelId: channel || null,
    platformId: platform || null,
    tag: tag || null,
    from: dayStart(from),
    to: dayStart(to, 1),
  };
  // Sorted once per order; each keystroke then only filters (order is kept).
  const sorted = useMemo(() => (rows ? sortRows(rows, sort) : []), [rows, sort]);
  const filtered = useMemo(
    () => filterRows(sorted, filter),
    [sorted, text, status, category, channel, platform, tag, from, to],
  );
  const duplicates = useMemo(() => (complete && rows ? duplicateGroups(rows) : new Map<string, string[]>()), [rows]);
  const options = useMemo(() => facets(rows ?? []), [rows]);

  const remove = async (ids: string[], all = false) => {
    const before = await storageUsed();
    const count = all ? await deleteAllReports() : await deleteReports(ids);
    await reload();
    setStorage({ before, after: await storageUsed() });
    notify(tCount(count, { one: 'historyDeletedOne', other: 'historyDeleted' }));
  };

  const retag = async (ids: string[], change: { add?: string[]; remove?: string }) => {
    try {
      const count = await retagReports(ids, change);
      await reload();
      notify(
        change.add
          ? tCount(count, { one: 'historyTaggedOne', other: 'historyTagged' }, [change.add.join(', ')])
          : tCount(count, { one: 'historyUntaggedOne', other: 'historyUntagged' }),
      );
      return true;
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
      return false;
    }
  };
  const open = (id: string) => void browser.tabs.create({ url: composerUrl(id) });

  return (
    <main class="history">
      <h1>{t('historyHeading')}</h1>
      <NotOfficial />
      <p class="muted">{t('historyIntro')}</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {notices.map((n, i) => (
        <p key={i} class="notice" role="status" data-testid="history-notice">
          {n}
        </p>
      ))}
      {unreadable > 0 && (
        <p class="notice" role="status">
          {tCount(unreadable, { one: 'historyUnreadableOne', other: 'historyUnreadable' })}
        </p>
      )}
      {storage && (
        <p class="muted small" data-testid="storage-used">
          {storage.after === null
            ? t('historyStorage', storage.before === null ? '?' : formatBytes(storage.before))
            : t('historyStorageChange', [
                storage.before === null ? '?' : formatBytes(storage.before),
                formatBytes(storage.after),
              ])}
        </p>
      )}

      <form class="history-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('historySearch')}{' '}
          <input
            type="search"
            value={text}
            placeholder={t('historySearchPlaceholder')}
            data-testid="history-search"
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
        </label>
        <Select
          label={t('historyFilterStatus')}
          value={status}
          onChange={(v) => setStatus(v as FollowUpStatus | '')}
          testId="filter-status"
        >
          {followUpStatuses.map((s) => (
            <option key={s} value={s}>
              {followUpStatusLabel(s)}
            </option>
          ))}
        </Select>
        <Select label={t('historyFilterCategory')} value={category} onChange={setCategory} testId="filter-category">
          {options.categories.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </Select>
        <Select label={t('historyFilterChannel')} value={channel} onChange={setChannel} testId="filter-channel">
          {options.channels.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
        </Select>
        <Select label={t('historyFilterPlatform')} value={platform} onChange={setPlatform} testId="filter-platform">
          {options.platforms.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
        {options.tags.length > 0 && (
          <Select label={t('historyFilterTag')} value={tag} onChange={setTag} testId="filter-tag">
            {options.tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        )}
        <label>
          {t('historyFilterFrom')}{' '}
          <input
            type="date"
            value={from}
            data-testid="filter-from"
            onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('historyFilterTo')}{' '}
          <input
            type="date"
            value={to}
            data-testid="filter-to"
            onInput={(e) => setTo((e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          {t('historySort')}{' '}
          <select
            value={sort}
            data-testid="history-sort"
            onChange={(e) => setSort((e.target as HTMLSelectElement).value as HistorySort)}
          >
            {historySorts.map((s) => (
              <option key={s} value={s}>
                {t(s === 'newest' ? 'historySortNewest' : s === 'oldest' ? 'historySortOldest' : 'historySortStatus')}
              </option>
            ))}
          </select>
        </label>
      </form>

      {rows === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <>
          <p class="muted small" data-testid="history-count">
            {t('historyCount', [
              String(Math.min(shown, filtered.length)),
              String(filtered.length),
              String(rows.length),
            ])}
            {!complete && ` · ${t('loading')}`}
          </p>
          <div class="row">
            <button
              type="button"
              class="small"
              disabled={filtered.length === 0}
              data-testid="select-shown"
              onClick={() => setSelected(new Set(filtered.slice(0, shown).map((r) => r.id)))}
            >
              {t('historySelectShown')}
            </button>{' '}
            <button
              type="button"
              class="danger small"
              disabled={selected.size === 0}
              data-testid="delete-selected"
              onClick={() => {
                if (
                  confirm(
                    tCount(selected.size, {
                      one: 'historyDeleteSelectedConfirmOne',
                      other: 'historyDeleteSelectedConfirm',
                    }),
                  )
                )
                  void remove([...selected]);
              }}
            >
              {t('historyDeleteSelected', String(selected.size))}
            </button>{' '}
            <button
              type="button"
              class="danger small"
              disabled={rows.length === 0}
              data-testid="delete-all"
              onClick={() => {
                if (confirm(t('historyDeleteAllConfirm', String(rows.length)))) void remove([], true);
              }}
            >
              {t('historyDeleteAll')}
            </button>
          </div>
          <TagInput
            id="history-tag"
            button={t('historyTagSelected', String(selected.size))}
            enabled={selected.size > 0}
            known={options.tags}
            onAdd={(tags) => retag([...selected], { add: tags })}
            testIds={{ input: 'tag-input', button: 'tag-selected' }}
          />
          <HistoryList
            followUp={followUpDeps}
            rows={filtered.slice(0, shown)}
            all={rows}
            duplicates={duplicates}
            selected={selected}
            onSelect={(id, on) =>
              setSelected((s) => {
                const next = new Set(s);
                if (on) next.add(id);
                else next.delete(id);
                return next;
              })
            }
            onOpen={open}
            onDelete={(id) => {
              if (confirm(t('historyDeleteConfirm'))) void remove([id]);
            }}
            onChanged={() => void reload()}
            onRemoveTag={(id, name) => void retag([id], { remove: name })}
            empty={rows.length === 0 ? t('historyEmpty') : t('historyNoMatch')}
          />
          {filtered.length > shown && (
            <button type="button" data-testid="history-more" onClick={() => setShown((n) => n + HISTORY_PAGE)}>
              {t('historyMore')}
            </button>
          )}
        </>
      )}
      <HistoryTools
        rows={filtered}
        selected={selected}
        onImported={() => void reload()}
        notify={notify}
        deps={historyToolsDeps}
      />
    </main>
  );
}

function Select(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  children: preact.ComponentChildren;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('historyAll')}</option>
        {props.children}
      </select>
    </label>
  );
}
