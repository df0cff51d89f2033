/**
 * Handing a batch over (watch-network mode). Each report keeps its own route; the batch groups
 * them by channel, so that a volunteer sees "PHAROS: 6 reports, X: 4 reports", and writes one
 * DSA notice for several items of the same platform — Art. 16 lets a notice cover several
 * items (recital 50), each with its exact address and its own explanation. Pure.
 */
import { isCategoryId } from '@/utils/qualify/taxonomy';
import { routeInput } from '@/utils/channels/questions';
import { route, type RouteResult } from '@/utils/channels/route';
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

export function routeOf(draft: Draft): RouteResult | null {
  const q = draft.qualification;
  if (q.categoryId === null || !isCategoryId(q.categoryId)) return null;
  return route(routeInput(q, q.categoryId, draft.platform?.platformId ?? null));
}

export interface BatchGroup {
  channelId: string;
  kind: RouteResult['steps'][number]['kind'];
  drafts: Draft[];
}

/** The ready reports grouped by the channels of their routes, in order of first appearance. */
export function groupByChannel(drafts: readonly Draft[]): BatchGroup[] {
  const groups = new Map<string, BatchGroup>();
  for (const draft of drafts.filter(readyToHandOff)) {
    for (const step of routeOf(draft)?.steps ?? []) {
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
