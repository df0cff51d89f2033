/**
 * Handing a batch over (watch-network mode). Each report keeps its own route; the batch groups
 * them by channel, so that a volunteer sees "PHAROS: 6 reports, X: 4 reports", and writes one
 * DSA notice for several items of the same platform — Art. 16 lets a notice cover several
 * items (recital 50), each with its exact address and its own explanation. Pure.
 */
import { isCategoryId } from '@/utils/qualify/taxonomy';
import type { RouteResult } from '@/utils/channels/route';
import { routeOfDraft } from '@/utils/channels/route-of';
import { inLang, type Lang, type Localized } from '@/utils/localized';
import type { Draft } from '@/utils/report/draft';
import type { PackContext } from './context';
import { explanationOf, identityOf, NOTICE, urlsOf } from './notice';
import { fill } from './labels.data';

/** A report of the batch is ready to hand over once qualified and confirmed in good faith. */
export function readyToHandOff(draft: Draft): boolean {
  const q = draft.qualification;
  return q.categoryId !== null && isCategoryId(q.categoryId) && q.goodFaithAt !== null && q.danger === false;
}

/** The route of a report of the batch: the one definition, under the name the batch page imports. */
export { routeOfDraft as routeOf };

export interface BatchGroup {
  channelId: string;
  kind: RouteResult['steps'][number]['kind'];
  drafts: Draft[];
}

/** The ready reports grouped by the channels of their routes, in order of first appearance. */
export function groupByChannel(drafts: readonly Draft[]): BatchGroup[] {
  const groups = new Map<string, BatchGroup>();
  for (const draft of drafts.filter(readyToHandOff)) {
    for (const step of routeOfDraft(draft)?.steps ?? []) {
      const group = groups.get(step.channelId) ?? { channelId: step.channelId, kind: step.kind, drafts: [] };
      if (!group.drafts.includes(draft)) group.drafts.push(draft);
      groups.set(step.channelId, group);
    }
  }
  return [...groups.values()];
}

const BATCH: Record<string, Localized> = {
  several: {
    fr: 'Ce signalement porte sur {count} contenus distincts (article 16 du DSA, considérant 50) ; chacun est décrit ci-dessous avec son adresse exacte.',
    en: 'This notice concerns {count} separate items (DSA Article 16, recital 50); each is described below with its exact address.',
  },
  item: { fr: 'Contenu {n} sur {count}', en: 'Item {n} of {count}' },
};

/**
 * The report-quality gate of a batch notice: the items (0-based) whose explanation lacks the user's
 * own account of the facts. While any does, the notice is not ready and is not offered to copy:
 * nothing stands in for a description (Art. 16(2)(a) asks a substantiated explanation per item).
 */
export function batchNoticeGaps(items: readonly Pick<PackContext, 'description'>[]): number[] {
  return items.flatMap((c, i) => (c.description === '' ? [i] : []));
}

/**
 * One notice for several items of one platform. The notifier's identity is left out for all of
 * them as soon as one item is one of those for which the DSA requires none (Art. 16(2)(c)).
 */
export function batchNoticeText(items: readonly PackContext[], lang: Lang): string {
  if (items.length === 0) return '';
  const count = items.length;
  const omitted = items.find((c) => c.route.omitReporterIdentity);
  const lines = [inLang(NOTICE.title, lang), '', fill(inLang(BATCH.several!, lang), { count: String(count) })];
  items.forEach((c, i) => {
    lines.push(
      '',
      `— ${fill(inLang(BATCH.item!, lang), { n: String(i + 1), count: String(count) })} —`,
      inLang(NOTICE.urls, lang),
    );
    lines.push(...urlsOf(c), '', inLang(NOTICE.explanation, lang), explanationOf(c, lang));
  });
  lines.push('', inLang(NOTICE.identity, lang), ...identityOf(omitted ?? items[0]!, lang).lines);
  lines.push('', inLang(NOTICE.goodFaithTitle, lang), inLang(NOTICE.goodFaith, lang));
  return lines.filter((line, i, all) => line !== '' || all[i - 1] !== '').join('\n');
}

/** What a volunteer should know about an item before handing the batch over. */
export interface BatchWarning {
  /** The same content was already handed off (other reports): to which channels, first when. */
  sentBefore: { channelIds: string[]; at: string } | null;
  /** Another item of this batch is the same content (same normalized address). */
  repeatedInBatch: boolean;
  /** Names of the enabled watchlists that name it (the association already follows it). */
  lists: string[];
}

/**
 * The warnings of each item of the batch, against mass and repeated reporting: `others` holds,
 * per item id, the stored reports of the same content; `lists`, per item id, the names of the
 * watchlists that match it. Items with nothing to say are left out. Pure.
 */
export function batchWarnings(
  items: readonly Draft[],
  others: ReadonlyMap<string, readonly Draft[]>,
  lists: ReadonlyMap<string, readonly string[]>,
): Map<string, BatchWarning> {
  const byUrl = new Map<string, number>();
  for (const d of items) byUrl.set(d.target.normalizedUrl, (byUrl.get(d.target.normalizedUrl) ?? 0) + 1);
  const result = new Map<string, BatchWarning>();
  for (const d of items) {
    const handoffs = (others.get(d.id) ?? [])
      .filter((o) => o.id !== d.id)
      .flatMap((o) => o.handoffs.filter((h) => h.actions.length > 0))
      .sort((a, b) => a.at.localeCompare(b.at));
    const warning: BatchWarning = {
      sentBefore:
        handoffs.length > 0
          ? { channelIds: [...new Set(handoffs.map((h) => h.channelId))], at: handoffs[0]!.at }
          : null,
      repeatedInBatch: (byUrl.get(d.target.normalizedUrl) ?? 0) > 1,
      lists: [...new Set(lists.get(d.id) ?? [])],
    };
    if (warning.sentBefore || warning.repeatedInBatch || warning.lists.length > 0) result.set(d.id, warning);
  }
  return result;
}
