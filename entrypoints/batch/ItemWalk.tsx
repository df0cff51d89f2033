/**
 * The batch walked item by item: one action per item opens and fills the form of every service of
 * its route that still needs it (each in its own tab, with the item's pack in the side panel), the
 * gate kept on each (a channel whose pack is not ready is not handed over, and says why). Progress
 * is recorded per item and channel, as the channels' lists below show. Vigie never closes or
 * reuses a tab; the forms of earlier items still open are counted, so none is forgotten.
 */
import { useEffect, useState } from 'preact/hooks';
import { gateList } from '@/components/handoff/GateVerdict';
import { channelById, type ChannelId } from '@/utils/channels/registry';
import { itemWalk, type ItemWalkStep } from '@/utils/handoff/batch-items';
import type { Pack } from '@/utils/handoff/types';
import { t, tCount, uiLanguage } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import type { Draft } from '@/utils/report/draft';
import type { WalkOutcome } from './data';

export interface ItemWalkActions {
  /** Must be called synchronously from the click (permission, side panel). */
  walkItem(
    draftId: string,
    steps: readonly { channelId: ChannelId; pack: Pack }[],
  ): Promise<{ channelId: ChannelId; outcome: WalkOutcome }[]>;
  /** Whether the item walk serves this channel (a one-report-per-item form). */
  walksWithItem(channelId: ChannelId): boolean;
  /** Of these tabs, those still open. */
  stillOpen(tabIds: readonly number[]): Promise<number[]>;
  changed(): void;
}

const nameOf = (id: ChannelId) => inLang(channelById[id].name, uiLanguage());
const list = (names: string[]) =>
  new Intl.ListFormat(uiLanguage() === 'en' ? 'en-GB' : 'fr-FR', { type: 'conjunction' }).format(names);

/** Why an item's channels wait: the gate's words, once for the channels missing the same. */
function why(step: ItemWalkStep, packs: ReadonlyMap<ChannelId, Pack> | undefined): string {
  const byMissing = new Map<string, ChannelId[]>();
  for (const b of step.blocked) {
    const pack = packs?.get(b.channelId);
    const missing = pack ? gateList(pack, b.missing) : b.missing.join(', ');
    byMissing.set(missing, [...(byMissing.get(missing) ?? []), b.channelId]);
  }
  return [...byMissing].map(([missing, ids]) => t('gateMissing', [list(ids.map(nameOf)), missing])).join(' ');
}

/** The waiting items, those with the same reason together (ten items missing their description: one line). */
function waitingGroups(
  waiting: readonly ItemWalkStep[],
  packs: Map<string, Map<ChannelId, Pack>>,
): [string, ItemWalkStep[]][] {
  const groups = new Map<string, ItemWalkStep[]>();
  for (const w of waiting) {
    const reason = why(w, packs.get(w.draftId));
    groups.set(reason, [...(groups.get(reason) ?? []), w]);
  }
  return [...groups];
}

export function ItemWalk(props: {
  drafts: Draft[];
  packs: Map<string, Map<ChannelId, Pack>>;
  actions: ItemWalkActions;
}) {
  const { drafts, packs, actions } = props;
  const [running, setRunning] = useState<number | null>(null);
  const [last, setLast] = useState<{ n: number; results: { channelId: ChannelId; outcome: WalkOutcome }[] } | null>(
    null,
  );
  // The walk's form tabs, of earlier items, still open: counted, never closed by Vigie.
  const [tabs, setTabs] = useState<number[]>([]);
  useEffect(() => {
    const check = () => void actions.stillOpen(tabs).then((open) => open.length !== tabs.length && setTabs(open));
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [tabs, actions]);

  const walk = itemWalk(drafts, (id) => packs.get(id), actions.walksWithItem);
  if (walk.total === 0) return null;
  const next = walk.next;
  const total = String(walk.total);
  const go = () => {
    if (!next || running !== null) return;
    const itemPacks = packs.get(next.draftId);
    const steps = next.ready.flatMap((channelId) => {
      const pack = itemPacks?.get(channelId);
      return pack ? [{ channelId, pack }] : [];
    });
    const n = next.index + 1;
    setRunning(n);
    // Synchronous: the permission and the side panel need the click's gesture.
    const done = actions.walkItem(next.draftId, steps);
    void done.then((results) => {
      setRunning(null);
      setLast({ n, results });
      setTabs((open) => [...open, ...results.flatMap((r) => (r.outcome.tabId === undefined ? [] : [r.outcome.tabId]))]);
      actions.changed();
    });
  };
  const resultText = (r: { channelId: ChannelId; outcome: WalkOutcome }) =>
    t(
      r.outcome.result === 'filled'
        ? 'batchItemWalkFilled'
        : r.outcome.result === 'failed'
          ? 'batchItemWalkFailed'
          : 'batchItemWalkOpened',
      nameOf(r.channelId),
    );
  const latest = new Set(last?.results.map((r) => r.outcome.tabId));
  const earlier = tabs.filter((id) => !latest.has(id)).length;

  return (
    <section
      class="batch-channel batch-item-walk"
      aria-labelledby="batch-item-walk-heading"
      data-testid="batch-item-walk"
    >
      <h3 id="batch-item-walk-heading">{t('batchItemWalkHeading')}</h3>
      <p class="muted">{t('batchItemWalkWhy')}</p>
      <p data-testid="batch-item-walk-progress" data-done={walk.done} data-total={walk.total}>
        <strong>{t('batchItemWalkProgress', [String(walk.done), total])}</strong>
      </p>
      {earlier > 0 && (
        <p class="notice small" data-testid="batch-item-walk-tabs" data-open={earlier}>
          {tCount(earlier, { one: 'batchItemWalkTabsOpenOne', other: 'batchItemWalkTabsOpenOther' })}
        </p>
      )}
      {next ? (
        <>
          <p class="row">
            <button
              type="button"
              class="primary"
              disabled={running !== null}
              aria-describedby={next.blocked.length > 0 ? 'batch-item-walk-not-yet' : undefined}
              onClick={go}
              data-testid="batch-item-next"
              data-draft={next.draftId}
              data-channels={next.ready.join(' ')}
            >
              {next.ready.length === 1
                ? t('batchItemWalkNextOne', [String(next.index + 1), total, list(next.ready.map(nameOf))])
                : t('batchItemWalkNextOther', [
                    String(next.ready.length),
                    String(next.index + 1),
                    total,
                    list(next.ready.map(nameOf)),
                  ])}
            </button>
          </p>
          {next.blocked.length > 0 && (
            <p class="error small" id="batch-item-walk-not-yet" data-testid="batch-item-walk-not-yet">
              {t('batchItemWalkNotYet', [String(next.index + 1), why(next, packs.get(next.draftId))])}
            </p>
          )}
        </>
      ) : (
        walk.waiting.length === 0 && (
          <p data-testid="batch-item-walk-done">
            <strong>{t('batchItemWalkAllDone')}</strong>
          </p>
        )
      )}
      <p
        role="status"
        aria-live="polite"
        class="small"
        data-testid="batch-item-walk-status"
        data-results={last?.results.map((r) => `${r.channelId}:${r.outcome.result}`).join(' ')}
        data-fill={last?.results.map((r) => `${r.channelId}:${r.outcome.fill ?? '-'}`).join(' ')}
      >
        {running !== null
          ? t('batchItemWalkRunning', String(running))
          : last
            ? t('batchItemWalkResult', [String(last.n), last.results.map(resultText).join(', ')])
            : ''}
      </p>
      {walk.waiting.length > 0 && (
        <ul class="small" data-testid="batch-item-walk-waiting" data-count={walk.waiting.length}>
          {waitingGroups(walk.waiting, packs).map(([reason, steps]) => (
            <li key={steps[0]!.draftId} data-drafts={steps.map((w) => w.draftId).join(' ')}>
              {steps.length === 1
                ? t('batchItemWalkWaiting', [String(steps[0]!.index + 1), reason])
                : t('batchItemWalkWaitingMany', [list(steps.map((w) => String(w.index + 1))), reason])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
