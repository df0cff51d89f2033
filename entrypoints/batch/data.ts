/**
 * The batch page's data side: the batch's reports read through the repositories, their warnings,
 * each item's description and reference written back through the drafts repository, and the
 * "next item" walk (open the channel's form beside the item's pack and fill it, or copy the pack),
 * recorded like the composer's hand-offs. The views (`Batch*.tsx`) only render and call these.
 */
import { browser } from 'wxt/browser';
import { channelById, type ChannelId } from '@/utils/channels/registry';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { readBatch } from '@/utils/db/batch-repo';
import { recordHandoffAction } from '@/utils/db/handoffs';
import { batchWarnings, type BatchWarning } from '@/utils/handoff/batch';
import { withDescription } from '@/utils/handoff/batch-items';
import { evidenceItems, type EvidenceItem } from '@/utils/handoff/context';
import { hostPatternOf } from '@/utils/handoff/form-hosts';
import type { Pack } from '@/utils/handoff/types';
import { showBatchCount } from '@/utils/background/batch';
import { loadCountry } from '@/utils/channels/eu/load';
import { openOfficialForm } from '@/utils/messaging/open-form';
import type { Draft } from '@/utils/report/draft';
import { setHandoffReference } from '@/utils/report/handoffs';
import { buildIndex, matchUrl } from '@/utils/watch/match';
import { watchRepository } from '@/utils/watch/repo';
import { canFill, fillInTab } from '../sidepanel/fill';

export interface BatchData {
  drafts: Draft[];
  /** Each item's evidence files, named as every pack names them (never the files themselves). */
  evidence: Map<string, EvidenceItem[]>;
}

/** The batch's reports, in the batch's order, with their evidence fingerprints; the badge follows. */
export async function loadBatch(): Promise<BatchData> {
  const batch = await readBatch();
  const stored = await Promise.all(batch.items.map((i) => draftsRepository.withArtefacts(i.draftId)));
  const present = stored.filter((s) => s !== undefined);
  // Reports for another member state route to its doors: their countries are loaded before they are shown.
  await Promise.all(present.map((s) => loadCountry(s.draft.qualification.country).catch(() => null)));
  await showBatchCount(present.length).catch(() => undefined);
  return {
    drafts: present.map((s) => s.draft),
    evidence: new Map(present.map((s) => [s.draft.id, evidenceItems(s.artefacts)])),
  };
}

/** Per item: earlier hand-offs of the same content, repeats in the batch, watchlists naming it. */
export async function warningsOf(drafts: readonly Draft[]): Promise<Map<string, BatchWarning>> {
  const others = new Map(
    await Promise.all(drafts.map(async (d) => [d.id, await draftsRepository.sameContent(d)] as const)),
  );
  const lists = new Map<string, string[]>();
  const enabled = await watchRepository.enabledLists().catch(() => []);
  if (enabled.length > 0) {
    const index = buildIndex(enabled);
    for (const d of drafts)
      lists.set(
        d.id,
        (await matchUrl(d.target.url, index)).map((m) => m.listName),
      );
  }
  return batchWarnings(drafts, others, lists);
}

/** Writes an item's own description into its draft (checked by the caller: never too long). */
export async function saveDescription(draftId: string, text: string): Promise<void> {
  await draftsRepository.update(draftId, (d) => withDescription(d, text));
}

/** Writes the shared description into each of these items, one at a time through the repository. */
export async function saveDescriptions(draftIds: readonly string[], text: string): Promise<void> {
  for (const id of draftIds) await saveDescription(id, text);
}

/** The reference the channel gave for this item (empty: none). */
export async function saveReference(draftId: string, channelId: string, raw: string): Promise<void> {
  const now = new Date().toISOString();
  await draftsRepository.update(draftId, (d) => setHandoffReference(d, channelId, raw, now));
}

const FILL_ATTEMPTS = 4;
const RETRY_MS = 2_000;

/**
 * Resolves once the tab has loaded (or is gone, or after `ms`): the filler reads what the page
 * shows. `again`: only on its next load (or after `ms`).
 */
function loaded(tabId: number, ms = 30_000, again = false): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') done();
    };
    const timer = setTimeout(done, ms);
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.get(tabId).then(
      (tab) => {
        if (tab.status === 'complete' && !again) done();
      },
      () => done(),
    );
  });
}

/** Whether the walk fills this channel's form: a form the build may ask the host of. */
export function walkFills(channelId: ChannelId, pack: Pack): boolean {
  const url = channelById[channelId].url;
  return url !== undefined && pack.mode === 'form' && canFill(url);
}

export type WalkResult = 'filled' | 'opened' | 'copied' | 'failed';
/** What the walk did, and, when it tried to fill, what the filler said (for the page's status). */
export interface WalkOutcome {
  result: WalkResult;
  fill?: string;
  /** The form's tab the walk opened (never closed or reused by Vigie). */
  tabId?: number;
}

/** How `walkItem` calls `walkNext` for each channel: one permission request for all, no clipboard. */
interface WalkOptions {
  /** The answer to the permission asked in the click (by `walkItem`, for every form's host at once). */
  granted?: Promise<boolean>;
  /** Copy the pack where the form is not filled (default): one clipboard, so one channel at a time. */
  copy?: boolean;
}

/**
 * One action of the "next item" walk, **called synchronously from the click** (the permission
 * request, the side panel and the clipboard need the user's gesture): the channel's form opens in
 * a tab with the item's pack in the side panel, and Vigie fills it where the build may ask for the
 * form's host (the browser asks once); where it cannot, the pack is copied. A channel without a
 * form gets the pack copied. Each step is recorded on the item with the gate's verdict, as in the
 * composer; the user still sends the form themselves.
 */
export function walkNext(
  draftId: string,
  channelId: ChannelId,
  pack: Pack,
  options: WalkOptions = {},
): Promise<WalkOutcome> {
  const url = channelById[channelId].url;
  const fillable = url !== undefined && walkFills(channelId, pack);
  const copied =
    fillable || options.copy === false
      ? Promise.resolve(false)
      : navigator.clipboard.writeText(pack.plainText).then(
          () => true,
          () => false,
        );
  if (!url)
    return copied.then(async (ok): Promise<WalkOutcome> => {
      if (!ok) return { result: 'failed' };
      await recordHandoffAction(draftId, channelId, 'copied', pack.verdict);
      return { result: 'copied' };
    });
  const granted =
    options.granted ??
    (fillable ? browser.permissions.request({ origins: [hostPatternOf(url)] }) : Promise.resolve(false));
  const opened = openOfficialForm(draftId, channelId);
  return (async (): Promise<WalkOutcome> => {
    const tab = await opened;
    if (!tab.ok) return { result: 'failed' };
    await recordHandoffAction(draftId, channelId, 'opened', pack.verdict);
    if (await copied) await recordHandoffAction(draftId, channelId, 'copied', pack.verdict);
    if (!fillable) return { result: 'opened', tabId: tab.tabId };
    // The page may still be on its way (a first error page, a redirect): tried again as it loads.
    let outcome = await loaded(tab.tabId).then(() => fillInTab(granted, pack, url, tab.tabId));
    for (let attempt = 1; attempt < FILL_ATTEMPTS && outcome.kind !== 'done' && outcome.kind !== 'denied'; attempt++)
      outcome = await loaded(tab.tabId, RETRY_MS, true).then(() => fillInTab(granted, pack, url, tab.tabId));
    if (outcome.kind !== 'done') return { result: 'opened', fill: outcome.kind, tabId: tab.tabId };
    await recordHandoffAction(draftId, channelId, 'filled', pack.verdict);
    return { result: 'filled', fill: outcome.kind, tabId: tab.tabId };
  })();
}

/** Whether the item walk serves this channel: a one-report-per-item service with a web form. */
export function walksWithItem(channelId: ChannelId): boolean {
  const channel = channelById[channelId];
  return channel.kind !== 'platform-notice' && channel.url !== undefined;
}

/**
 * One action of the item walk, **called synchronously from the click**: the browser is asked once
 * for every form's host the walk may fill (one prompt), then each channel's form opens in its own
 * new tab with the item's pack in the side panel, and is filled there; each step is recorded on
 * the item with its channel's gate verdict. Only channels whose pack passes the gate are given
 * (`itemWalk`). Vigie never closes or reuses a tab: a form being written is never lost. Nothing
 * is sent: the user checks and sends each form.
 */
export function walkItem(
  draftId: string,
  steps: readonly { channelId: ChannelId; pack: Pack }[],
): Promise<{ channelId: ChannelId; outcome: WalkOutcome }[]> {
  const origins = [
    ...new Set(
      steps.filter((s) => walkFills(s.channelId, s.pack)).map((s) => hostPatternOf(channelById[s.channelId].url!)),
    ),
  ];
  const granted = origins.length > 0 ? browser.permissions.request({ origins }) : Promise.resolve(false);
  // One form after the other: a form is filled while its tab is in front (a tab behind is not
  // filled), and the tabs stay in the route's order. Then the first comes back to the front.
  return (async () => {
    const results: { channelId: ChannelId; outcome: WalkOutcome }[] = [];
    for (const s of steps)
      results.push(
        await walkNext(draftId, s.channelId, s.pack, { granted, copy: false }).then(
          (outcome) => ({ channelId: s.channelId, outcome }),
          () => ({ channelId: s.channelId, outcome: { result: 'failed' as const } }),
        ),
      );
    const first = results.find((r) => r.outcome.tabId !== undefined)?.outcome.tabId;
    if (first !== undefined && results.length > 1)
      await browser.tabs.update(first, { active: true }).catch(() => undefined);
    return results;
  })();
}

/** Of these tabs, those still open (the walk's forms the user has not closed yet). */
export async function stillOpen(tabIds: readonly number[]): Promise<number[]> {
  const open = await Promise.all(
    tabIds.map((id) =>
      browser.tabs.get(id).then(
        () => true,
        () => false,
      ),
    ),
  );
  return tabIds.filter((_, i) => open[i]);
}
