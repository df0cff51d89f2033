/**
 * Channel ids that were renamed, and what a stored record that names them reads as now. Until
 * December 2026, the listed doors of another member state were named by their place in the
 * country's list (`nl-trusted-flagger-3`), so adding a row would have moved a stored hand-off to
 * another door; they are now named by a stable id in the data (`nl-trusted-flagger-nl-confidential`,
 * `de-emergency-national-110`). Drafts are read through `renameStoredChannelIds` (`migrateDraft`,
 * which the repository, the history and the import all use), so an old record finds its door.
 *
 * Frozen: the ids below are every place-based id a shipped Vigie could store (the lists as they
 * were at the rename); never derive them from the data, whose order may change. Plain data, no
 * import: the report layer reads it without the member states' data.
 */
export const renamedChannelIds: Readonly<Record<string, string>> = Object.freeze({
  'be-emergency-national-1': 'be-emergency-national-101',
  'de-emergency-national-1': 'de-emergency-national-110',
  'es-emergency-national-1': 'es-emergency-national-091',
  'es-emergency-national-2': 'es-emergency-national-062',
  'it-emergency-national-1': 'it-emergency-national-113',
  'it-emergency-national-2': 'it-emergency-national-115',
  'it-emergency-national-3': 'it-emergency-national-118',
  'nl-emergency-national-1': 'nl-emergency-national-09008844',
  'pl-emergency-national-1': 'pl-emergency-national-997',
  'pl-emergency-national-2': 'pl-emergency-national-998',
  'pl-emergency-national-3': 'pl-emergency-national-999',
  'hu-trusted-flagger-1': 'hu-trusted-flagger-hatter',
  'nl-trusted-flagger-3': 'nl-trusted-flagger-nl-confidential',
});

/** A stored channel id as it reads now (unchanged when it was never renamed). */
export function currentChannelId(id: string): string {
  return Object.hasOwn(renamedChannelIds, id) ? renamedChannelIds[id]! : id;
}

interface ChannelNaming {
  handoffs: readonly { channelId: string }[];
  followUp: { decision: { channelId: string | null } | null };
}

/**
 * The same record with every renamed channel id it stores (its hand-offs, the platform's decision)
 * replaced by the current one; the record itself when it names none. Pure; idempotent.
 */
export function renameStoredChannelIds<T extends ChannelNaming>(record: T): T {
  const renamedHandoff = record.handoffs.some((h) => currentChannelId(h.channelId) !== h.channelId);
  const decision = record.followUp.decision;
  const renamedDecision = decision?.channelId != null && currentChannelId(decision.channelId) !== decision.channelId;
  if (!renamedHandoff && !renamedDecision) return record;
  return {
    ...record,
    handoffs: record.handoffs.map((h) => ({ ...h, channelId: currentChannelId(h.channelId) })),
    followUp:
      renamedDecision && decision
        ? { ...record.followUp, decision: { ...decision, channelId: currentChannelId(decision.channelId!) } }
        : record.followUp,
  };
}
