/**
 * Channel ids that were renamed, and what a stored record that names them reads as now. Until
 * December 2026, the listed doors of another member state were named by their place in the
 * country's list (`nl-trusted-flagger-3`), so adding a row would have moved a stored hand-off to
 * another door; they are now named by a stable id in the data (`nl-trusted-flagger-nl-confidential`,
 * `de-emergency-national-110`). Stored drafts are renamed once by the worker after an update
 * (`utils/db/renamed-channels.ts`, kept out of the pages' first render); imported reports, exported
 * lists and history rows are renamed where they are read, so an old record finds its door.
 *
 * Frozen: the ids below are every place-based id a shipped Vigie could store (the lists as they
 * were at the rename); never derive them from the data, whose order may change. Plain data, no
 * import: the report layer reads it without the member states' data.
 */
/** Each renamed id and the stable name that replaces its place (the number at its end). */
const renamed: Readonly<Record<string, string>> = {
  'be-emergency-national-1': '101',
  'de-emergency-national-1': '110',
  'es-emergency-national-1': '091',
  'es-emergency-national-2': '062',
  'it-emergency-national-1': '113',
  'it-emergency-national-2': '115',
  'it-emergency-national-3': '118',
  'nl-emergency-national-1': '09008844',
  'pl-emergency-national-1': '997',
  'pl-emergency-national-2': '998',
  'pl-emergency-national-3': '999',
  'hu-trusted-flagger-1': 'hatter',
  'nl-trusted-flagger-3': 'nl-confidential',
};

/** A stored channel id as it reads now (unchanged when it was never renamed). */
export function currentChannelId(id: string): string {
  return Object.hasOwn(renamed, id) ? id.replace(/[0-9]+$/, renamed[id]!) : id;
}

/** Every renamed id, with its current name (for the tests). */
export const renamedChannelIds = (): [string, string][] => Object.keys(renamed).map((id) => [id, currentChannelId(id)]);

interface ChannelNaming {
  handoffs: readonly { channelId: string }[];
  followUp: { decision: { channelId: string | null } | null };
}

/** Whether a record stores a renamed channel id (a hand-off, the platform's decision). */
export function namesRenamedChannel(record: ChannelNaming): boolean {
  const ids = [...record.handoffs.map((h) => h.channelId), record.followUp.decision?.channelId ?? ''];
  return ids.some((id) => currentChannelId(id) !== id);
}

/**
 * The same record with every renamed channel id it stores (its hand-offs, the platform's decision)
 * replaced by the current one. Pure (a new record, the original untouched); idempotent.
 */
export function renameStoredChannelIds<T extends ChannelNaming>(record: T): T {
  const decision = record.followUp.decision;
  return {
    ...record,
    handoffs: record.handoffs.map((h) => ({ ...h, channelId: currentChannelId(h.channelId) })),
    followUp: decision?.channelId
      ? { ...record.followUp, decision: { ...decision, channelId: currentChannelId(decision.channelId) } }
      : record.followUp,
  };
}
