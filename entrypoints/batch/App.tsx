import { useEffect, useMemo, useState } from 'preact/hooks';
import { NotOfficial } from '@/components/NotOfficial';
import { HourlyNote } from '@/components/HourlyNote';
import { readLinksNote, removeFromBatch, type LinksNote } from '@/utils/db/batch-repo';
import { linksNoteText } from '@/utils/background/links-note';
import { recordHandoffAction } from '@/utils/db/handoffs';
import { readSettings, type Settings } from '@/utils/db/settings-repo';
import { readyToHandOff, type BatchWarning } from '@/utils/handoff/batch';
import type { EvidenceItem } from '@/utils/handoff/context';
import { formatDateTime, t } from '@/utils/i18n';
import type { Draft } from '@/utils/report/draft';
import { BatchExports } from './BatchExports';
import { BatchHandoff, type HandoffActions } from './BatchHandoff';
import { BatchList } from './BatchList';
import { BatchQualify } from './BatchQualify';
import { SharedDescription } from './SharedDescription';
import {
  loadBatch,
  saveDescription,
  saveDescriptions,
  saveReference,
  stillOpen,
  walkFills,
  walkItem,
  walkNext,
  walksWithItem,
  warningsOf,
} from './data';
import { BatchSeal } from './BatchSeal';

/**
 * The volunteer's review queue: the reports added with "Add to the batch", qualified several at a
 * time (each still routed on its own), confirmed in good faith once for the selection, described
 * (one shared text, adjusted per item), then handed over channel by channel — one DSA notice
 * listing every item of a platform, and for PHAROS and the other services, one report per item
 * walked "next item" by "next item" — and exported, the batch or the selection only.
 */
export function App() {
  const [items, setItems] = useState<Draft[] | null>(null);
  const [evidence, setEvidence] = useState<Map<string, EvidenceItem[]>>(new Map());
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [warnings, setWarnings] = useState<Map<string, BatchWarning>>(new Map());
  const [linksNote, setLinksNote] = useState<LinksNote | null>(null);

  const load = async () => {
    const { drafts, evidence } = await loadBatch();
    setItems(drafts);
    setEvidence(evidence);
    void warningsOf(drafts).then(setWarnings, () => setWarnings(new Map()));
    void readLinksNote().then(setLinksNote, () => setLinksNote(null));
    setSelected((current) => new Set([...current].filter((id) => drafts.some((d) => d.id === id))));
  };
  const reload = () => void load().catch(() => setStatus(t('saveFailed')));
  useEffect(() => {
    reload();
    void readSettings().then(setSettings);
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, []);

  const actions = useMemo<HandoffActions>(
    () => ({
      async recordNotice(list, channelId, action) {
        for (const { draftId, pack } of list)
          await recordHandoffAction(draftId, channelId, action, action === 'copied' && pack ? pack.verdict : undefined);
      },
      walkNext,
      walkItem,
      walksWithItem,
      stillOpen,
      fills: walkFills,
      saveReference,
      changed: reload,
    }),
    [],
  );

  const chosen = (items ?? []).filter((d) => selected.has(d.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const warned = items?.filter((d) => warnings.has(d.id)) ?? [];

  const remove = async () => {
    await removeFromBatch([...selected]);
    setSelected(new Set());
    await load();
    setStatus(t('batchRemoved'));
  };
  /** An item's description saved: the page's copy follows (the gate reads it), without reading the batch again. */
  const describe = async (id: string, text: string) => {
    await saveDescription(id, text);
    setItems((list) =>
      list ? list.map((d) => (d.id === id ? { ...d, narrative: { ...d.narrative, description: text } } : d)) : list,
    );
  };

  const ready = useMemo(() => (items ?? []).filter((d) => readyToHandOff(d)), [items]);
  if (items === null) return <p class="muted">{t('loading')}</p>;
  return (
    <main class="page batch">
      <h1>{t('batchTitle')}</h1>
      <NotOfficial />
      <p>{t('batchIntro')}</p>
      <HourlyNote />
      {linksNote && (
        <p class="muted" data-testid="batch-links-note" data-added={linksNote.added}>
          {t('batchLinksNoteAt', [formatDateTime(linksNote.at), linksNoteText(linksNote)])}
        </p>
      )}
      <p role="status" aria-live="polite" data-testid="batch-status">
        {status}
      </p>
      {items.length === 0 ? (
        <p class="muted" data-testid="batch-empty">
          {t('batchEmpty')}
        </p>
      ) : (
        <>
          <SharedDescription
            items={items}
            onApply={async (ids, text) => {
              await saveDescriptions(ids, text);
              await load();
            }}
          />
          <BatchList
            items={items}
            warnings={warnings}
            selected={selected}
            onToggle={toggle}
            onSelectAll={(all) => setSelected(all ? new Set(items.map((d) => d.id)) : new Set())}
            onSaveDescription={describe}
          />
          <p class="row">
            {warned.length > 0 && (
              <>
                <button
                  type="button"
                  onClick={() => setSelected(new Set(warned.map((d) => d.id)))}
                  data-testid="batch-select-warned"
                >
                  {t('batchSelectWarned', String(warned.length))}
                </button>{' '}
              </>
            )}
            <button
              type="button"
              disabled={chosen.length === 0}
              onClick={() => void remove()}
              data-testid="batch-remove"
            >
              {t('batchRemove', String(chosen.length))}
            </button>
          </p>
          {chosen.length > 0 ? (
            <BatchQualify drafts={chosen} onDone={(message) => void load().then(() => setStatus(message))} />
          ) : (
            items.some((d) => !readyToHandOff(d)) && (
              <p class="muted" data-testid="batch-select-hint">
                {t('batchSelectHint')}
              </p>
            )
          )}
          <BatchSeal
            drafts={chosen.length > 0 ? chosen : items}
            selection={chosen.length > 0}
            timestampAuthority={settings?.timestampAuthority}
            onSealed={reload}
          />
          <BatchHandoff drafts={ready} evidence={evidence} settings={settings} actions={actions} />
          <BatchExports items={items} selected={selected} />
        </>
      )}
    </main>
  );
}
