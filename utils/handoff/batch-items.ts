/**
 * The volunteer's batch, item by item: each item's own description (from one shared text the
 * volunteer adjusts per item), the report-quality gate on each item for each channel of its route,
 * and where each channel's list stands (which items are handed off, their reference, the next one
 * to do). Pure: the batch page reads and writes the drafts through the repository.
 */
import type { ChannelId } from '@/utils/channels/registry';
import type { Lang } from '@/utils/localized';
import { DESCRIPTION_MAX, type Draft } from '@/utils/report/draft';
import type { EvidenceItem } from './context';
import { buildPack } from './pack';
import { routeOf } from './batch';
import type { Pack, ReporterIdentity } from './types';

/** What is wrong with a description the volunteer typed, said in words; `null` when it can be saved. */
export type DescriptionProblem = { kind: 'empty' } | { kind: 'too-long'; length: number; max: number };

/** Counted as it is stored (characters, not UTF-16 units): too long is said, never cut. */
export function descriptionProblem(text: string): DescriptionProblem | null {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  const length = [...trimmed].length;
  return length > DESCRIPTION_MAX ? { kind: 'too-long', length, max: DESCRIPTION_MAX } : null;
}

/** The item's own account, as it is stored (may be empty). */
export const itemDescription = (draft: Pick<Draft, 'narrative'>): string => draft.narrative.description.trim();

/**
 * The items the shared text is written into: those with no description of their own yet. An item
 * the volunteer already described (or adjusted) keeps its words.
 */
export function itemsTakingShared(drafts: readonly Pick<Draft, 'id' | 'narrative'>[]): string[] {
  return drafts.filter((d) => itemDescription(d) === '').map((d) => d.id);
}

/**
 * The item's draft with `text` as its description, kept as typed (the packs trim it), the rest of
 * the narrative kept.
 */
export function withDescription<D extends Pick<Draft, 'narrative'>>(draft: D, text: string): D {
  return { ...draft, narrative: { ...draft.narrative, description: text } };
}

/**
 * Each channel's pack of an item, with the gate's verdict (`pack.verdict`), in the channel's
 * language (`buildPack` picks it: French for French services, `textLang` for a platform's notice).
 * Every pack the batch hands over is built and checked the way the composer's are.
 */
export function itemPacks(
  draft: Draft,
  channelIds: readonly ChannelId[],
  textLang: Lang,
  identity: ReporterIdentity | null,
  evidence: readonly EvidenceItem[] = [],
): Map<ChannelId, Pack> {
  const route = routeOf(draft);
  const packs = new Map<ChannelId, Pack>();
  if (!route) return packs;
  for (const channelId of channelIds)
    packs.set(channelId, buildPack({ draft, route, channelId, lang: textLang, identity, evidence }));
  return packs;
}

/** One item of a channel's list: handed off (by an action of the user, or a reference the channel gave), and its reference. */
export interface ItemProgress {
  draftId: string;
  done: boolean;
  reference: string | null;
}

/** Whether the user handed the item to this channel: they acted on it, or the channel answered. */
export function handedOffOn(draft: Pick<Draft, 'handoffs'>, channelId: string): boolean {
  const h = draft.handoffs.find((x) => x.channelId === channelId);
  return h !== undefined && (h.actions.length > 0 || h.reference !== null || h.acknowledgedAt !== null);
}

export interface ChannelProgress {
  items: ItemProgress[];
  done: number;
  total: number;
  /** The first item of the list not yet handed off, in the batch's order; `null` when all are. */
  next: string | null;
}

/** Where a channel's list stands, in the batch's order. */
export function channelProgress(drafts: readonly Pick<Draft, 'id' | 'handoffs'>[], channelId: string): ChannelProgress {
  const items = drafts.map((d) => ({
    draftId: d.id,
    done: handedOffOn(d, channelId),
    reference: d.handoffs.find((h) => h.channelId === channelId)?.reference ?? null,
  }));
  const done = items.filter((i) => i.done).length;
  return { items, done, total: items.length, next: items.find((i) => !i.done)?.draftId ?? null };
}

/**
 * The ids an export from the batch page takes: the selected items when any is selected, else the
 * whole batch — never a report outside the batch (the history's other reports stay out).
 */
export function exportScope(batchIds: readonly string[], selected: ReadonlySet<string>): string[] {
  const chosen = batchIds.filter((id) => selected.has(id));
  return chosen.length > 0 ? chosen : [...batchIds];
}

/** An item of the batch in the "one action per item" walk: the channels it still needs, ready or not. */
export interface ItemWalkStep {
  draftId: string;
  /** 0-based place in the batch. */
  index: number;
  /** The channels the walk hands it to now: their pack passes the gate. */
  ready: ChannelId[];
  /** The channels it waits for, and what the gate says is missing (never handed over like that). */
  blocked: { channelId: ChannelId; missing: Pack['verdict']['missing'] }[];
}

export interface ItemWalk {
  /** The first item with a channel it can be handed to now; `null` when none. */
  next: ItemWalkStep | null;
  /** Items that still need a channel whose gate is not ready (and nothing ready): they wait, and say why. */
  waiting: ItemWalkStep[];
  /** Items handed to every channel the walk serves. */
  done: number;
  total: number;
}

/**
 * The batch walked item by item: one action hands an item to every channel of its route the walk
 * serves (`walks`: the one-report-per-item forms) that still needs it and whose pack passes the
 * gate. A channel whose pack does not pass stays to do, with what is missing. Pure.
 */
export function itemWalk(
  drafts: readonly Pick<Draft, 'id' | 'handoffs'>[],
  packsOf: (draftId: string) => ReadonlyMap<ChannelId, Pack> | undefined,
  walks: (channelId: ChannelId) => boolean,
): ItemWalk {
  let next: ItemWalkStep | null = null;
  const waiting: ItemWalkStep[] = [];
  let done = 0;
  drafts.forEach((d, index) => {
    const step: ItemWalkStep = { draftId: d.id, index, ready: [], blocked: [] };
    for (const [channelId, pack] of packsOf(d.id) ?? new Map<ChannelId, Pack>()) {
      if (!walks(channelId) || handedOffOn(d, channelId)) continue;
      if (pack.verdict.ready) step.ready.push(channelId);
      else step.blocked.push({ channelId, missing: pack.verdict.missing });
    }
    if (step.ready.length === 0 && step.blocked.length === 0) done++;
    else if (step.ready.length === 0) waiting.push(step);
    else next ??= step;
  });
  return { next, waiting, done, total: drafts.length };
}
