/**
 * Hand-off records: what the user did with each channel, as pure changes of the draft. Vigie
 * never sends anything itself; these record the user's own actions (opened the form, copied the
 * pack, filled the visible fields, called) and what the channel answered (a reference number).
 */
import type { Draft } from './draft';
import type { Handoff, HandoffAction } from './handoff';
import { cleanReference } from './reference';

function upsert(draft: Draft, channelId: string, now: string, change: (h: Handoff) => Handoff): Draft {
  const existing = draft.handoffs.find((h) => h.channelId === channelId);
  const base: Handoff = existing ?? {
    channelId,
    at: now,
    lastAt: now,
    actions: [],
    reference: null,
    acknowledgedAt: null,
  };
  const next = change({ ...base, lastAt: now });
  const handoffs = existing
    ? draft.handoffs.map((h) => (h.channelId === channelId ? next : h))
    : [...draft.handoffs, next];
  return { ...draft, handoffs };
}

/**
 * Records one action of the user on a channel (each kind of action once; times updated), with the
 * gate's verdict on the pack they acted on, when there was one (the last verdict is kept).
 */
export function recordHandoff(
  draft: Draft,
  channelId: string,
  action: HandoffAction,
  now: string,
  verdict?: { ready: boolean; missing: readonly string[] },
): Draft {
  return upsert(draft, channelId, now, (h) => {
    const acted = h.actions.includes(action) ? h : { ...h, actions: [...h.actions, action] };
    return verdict
      ? { ...acted, gate: { ready: verdict.ready, missing: verdict.missing.slice(0, 20), at: now } }
      : acted;
  });
}

/** Stores the reference number or acknowledgement the channel gave; a reference means it was received. */
export function setHandoffReference(draft: Draft, channelId: string, raw: string, now: string): Draft {
  const reference = cleanReference(raw);
  return upsert(draft, channelId, now, (h) => ({
    ...h,
    reference,
    acknowledgedAt: reference ? (h.acknowledgedAt ?? now) : h.acknowledgedAt,
  }));
}

/** Marks (or unmarks) the channel's acknowledgement without a reference number. */
export function setAcknowledged(draft: Draft, channelId: string, acknowledged: boolean, now: string): Draft {
  return upsert(draft, channelId, now, (h) => ({
    ...h,
    acknowledgedAt: acknowledged ? (h.acknowledgedAt ?? now) : null,
  }));
}

export type ReportStatus = 'draft' | 'ready' | 'handed-off' | 'acknowledged';

/**
 * Where the report stands: a draft until it is qualified and confirmed in good faith, ready until
 * the user acts on a channel, handed off once they did, acknowledged once a channel answered.
 * Opening an information page does not count: only a form opened, copied, filled or a call.
 */
export function reportStatus(draft: {
  qualification: { categoryId: string | null; goodFaithAt: string | null };
  handoffs: readonly { actions: readonly string[]; acknowledgedAt: string | null }[];
}): ReportStatus {
  if (draft.handoffs.some((h) => h.acknowledgedAt !== null)) return 'acknowledged';
  if (draft.handoffs.some((h) => h.actions.length > 0)) return 'handed-off';
  const q = draft.qualification;
  return q.categoryId !== null && q.goodFaithAt !== null ? 'ready' : 'draft';
}

/**
 * Earlier reports of the same content, split the way the user needs them: those actually handed
 * off (say where and when, and do not encourage a second report) and unsent drafts (offer to
 * continue that draft instead of starting over).
 */
export function earlierReports(current: Pick<Draft, 'id'>, sameContent: readonly Draft[]) {
  const others = sameContent.filter((d) => d.id !== current.id);
  const handedOff = others
    .filter((d) => d.handoffs.some((h) => h.actions.length > 0))
    .map((d) => ({
      draft: d,
      handoffs: d.handoffs.filter((h) => h.actions.length > 0).sort((a, b) => a.at.localeCompare(b.at)),
    }));
  const unsent = others.filter((d) => !d.handoffs.some((h) => h.actions.length > 0));
  return { handedOff, unsent };
}
