/**
 * The history's rows and how they are searched, filtered, sorted and grouped: pure functions over
 * a light projection of stored draft records (never their artefacts). A record is projected once
 * when the history loads; every search then runs over these rows in memory (10,000 rows: a few ms).
 *
 * The projection reads stored records defensively (they may be of an older schema version, or
 * page-derived text): each field is checked for its type and bounded, and a record without an id
 * or dates is not a row (it is counted as unreadable by the caller).
 */
import { reportStatus } from '@/utils/report/handoffs';
import { hasTag, tagKey, withTags } from '@/utils/report/tags';
import { followUpStatus, followUpStatuses, type DecisionOutcome, type FollowUpStatus } from '@/utils/report/follow-up';
import { currentChannelId } from '@/utils/report/renamed-channels';

export interface HistoryRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Capture lifecycle (`capturing`, `ready`, `interrupted`). */
  capture: string;
  csam: boolean;
  url: string;
  normalizedUrl: string;
  host: string;
  title: string;
  description: string;
  author: string | null;
  platformId: string | null;
  platformName: string | null;
  categoryId: string | null;
  status: FollowUpStatus;
  /** When the status was reached, when known (a recorded step or hand-off). */
  statusAt: string | null;
  /** Channels acted on (opened form, copied, filled, called), in order. */
  channels: string[];
  /** Reference numbers the channels gave, and those recorded with follow-up steps. */
  references: string[];
  decision: DecisionOutcome | null;
  publishedAt: string | null;
  /** Campaigns and tags the user gave the report. */
  tags: string[];
  /** Lower-cased text searched: address, host, title, description, author, references, tags. */
  haystack: string;
}

type Rec = Record<string, unknown>;
const obj = (v: unknown): Rec => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : {});
const str = (v: unknown, max = 2000): string | null => (typeof v === 'string' ? v.slice(0, max) : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function hostOf(url: string): string {
  try {
    return new URL(url).host || url.slice(0, 80);
  } catch {
    return url.slice(0, 80);
  }
}

const isStatus = (v: unknown): v is FollowUpStatus =>
  typeof v === 'string' && (followUpStatuses as readonly string[]).includes(v);

/** A stored draft record as a history row, or `null` when it lacks what identifies a row. */
export function toHistoryRow(raw: unknown): HistoryRow | null {
  const r = obj(raw);
  const id = str(r.id, 100);
  const createdAt = str(r.createdAt, 40);
  const updatedAt = str(r.updatedAt, 40);
  if (!id || !createdAt || !updatedAt) return null;
  const target = obj(r.target);
  const url = str(target.url) ?? '';
  const observed = obj(r.observed);
  const platform = r.platform ? obj(r.platform) : null;
  const q = obj(r.qualification);
  const narrative = obj(r.narrative);
  const followUp = obj(r.followUp);

  const handoffs = arr(r.handoffs).map((h) => {
    const o = obj(h);
    return {
      channelId: currentChannelId(str(o.channelId, 60) ?? ''),
      actions: arr(o.actions).filter((a): a is string => typeof a === 'string'),
      acknowledgedAt: str(o.acknowledgedAt, 40),
      reference: str(o.reference, 300),
      at: str(o.at, 40),
      lastAt: str(o.lastAt, 40),
    };
  });
  const steps = arr(followUp.steps)
    .map(obj)
    .filter((s) => isStatus(s.status))
    .map((s) => ({ status: s.status as FollowUpStatus, at: str(s.at, 40), reference: str(s.reference, 300) }));
  const derived = reportStatus({
    qualification: { categoryId: str(q.categoryId, 100), goodFaithAt: str(q.goodFaithAt, 40) },
    handoffs,
  });
  const status = followUpStatus(derived, { steps: steps as never });
  const lastStep = steps.at(-1);
  const acted = handoffs.filter((h) => h.actions.length > 0);
  const statusAt =
    lastStep && lastStep.status === status
      ? lastStep.at
      : status === 'acknowledged'
        ? (handoffs.map((h) => h.acknowledgedAt).find((a) => a !== null) ?? null)
        : status === 'handed-off'
          ? (acted[0]?.at ?? null)
          : null;
  const decision = obj(followUp.decision).outcome;

  const csam = r.csam === true;
  const title = csam ? '' : (str(observed.tabTitle, 500) ?? '');
  const description = str(narrative.description, 5000) ?? '';
  const author = platform ? (str(platform.authorHandle, 200) ?? str(platform.authorName, 200)) : null;
  const host = hostOf(url);
  const tags = withTags(
    [],
    arr(r.tags)
      .slice(0, 200)
      .filter((x): x is string => typeof x === 'string')
      .map((x) => x.slice(0, 1000)),
  );
  const references = [...handoffs.map((h) => h.reference), ...steps.map((s) => s.reference)].filter(
    (x): x is string => !!x,
  );

  return {
    id,
    createdAt,
    updatedAt,
    capture: str(r.status, 20) ?? '',
    csam,
    url,
    normalizedUrl: str(target.normalizedUrl) ?? url,
    host,
    title,
    description,
    author,
    platformId: platform ? str(platform.platformId, 40) : null,
    platformName: platform ? str(platform.platformName, 80) : null,
    categoryId: str(q.categoryId, 100),
    status,
    statusAt,
    channels: [...new Set(acted.map((h) => h.channelId))],
    references: [...new Set(references)],
    decision:
      decision === 'removed' || decision === 'restricted' || decision === 'refused' || decision === 'no-answer'
        ? decision
        : null,
    publishedAt: str(narrative.publishedAt, 40),
    tags,
    haystack: [url, host, title, description, author ?? '', ...references, ...tags].join('\n').toLowerCase(),
  };
}

export interface HistoryFilter {
  /** Free text: every word must appear in the address, host, title, description or author. */
  text?: string;
  status?: FollowUpStatus | null;
  categoryId?: string | null;
  channelId?: string | null;
  platformId?: string | null;
  /** A campaign or tag the report carries (case-insensitive). */
  tag?: string | null;
  /** Captured at or after this instant (ISO). */
  from?: string | null;
  /** Captured before this instant (ISO). */
  to?: string | null;
}

export const historySorts = ['newest', 'oldest', 'status'] as const;
export type HistorySort = (typeof historySorts)[number];

/** Rows that pass every filter given. */
export function filterRows(rows: readonly HistoryRow[], f: HistoryFilter): HistoryRow[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const from = f.from ? Date.parse(f.from) : null;
  const to = f.to ? Date.parse(f.to) : null;
  return rows.filter((r) => {
    if (f.status && r.status !== f.status) return false;
    if (f.categoryId && r.categoryId !== f.categoryId) return false;
    if (f.channelId && !r.channels.includes(f.channelId)) return false;
    if (f.platformId && r.platformId !== f.platformId) return false;
    if (f.tag && !hasTag(r.tags, f.tag)) return false;
    if (from !== null || to !== null) {
      const at = Date.parse(r.createdAt);
      if (from !== null && !(at >= from)) return false;
      if (to !== null && !(at < to)) return false;
    }
    for (const w of words) if (!r.haystack.includes(w)) return false;
    return true;
  });
}

const statusRank = (s: FollowUpStatus) => followUpStatuses.indexOf(s);

/** A sorted copy: newest or oldest capture first, or by status (furthest first, then newest). */
export function sortRows(rows: readonly HistoryRow[], sort: HistorySort): HistoryRow[] {
  const byDate = (a: HistoryRow, b: HistoryRow) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
  const copy = [...rows];
  if (sort === 'oldest') return copy.sort(byDate);
  if (sort === 'newest') return copy.sort((a, b) => byDate(b, a));
  return copy.sort((a, b) => statusRank(b.status) - statusRank(a.status) || byDate(b, a));
}

/** Reports of the same content (same normalized address): each normalized URL with its row ids, oldest first. */
export function duplicateGroups(rows: readonly HistoryRow[]): Map<string, string[]> {
  const groups = new Map<string, HistoryRow[]>();
  for (const r of rows) {
    const list = groups.get(r.normalizedUrl);
    if (list) list.push(r);
    else groups.set(r.normalizedUrl, [r]);
  }
  const result = new Map<string, string[]>();
  for (const [url, list] of groups)
    if (list.length > 1)
      result.set(
        url,
        list.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((r) => r.id),
      );
  return result;
}

/** The distinct values rows carry, for the filter menus. */
export function facets(rows: readonly HistoryRow[]) {
  const categories = new Set<string>();
  const channels = new Set<string>();
  const platforms = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const r of rows) {
    for (const tag of r.tags) if (!tags.has(tagKey(tag))) tags.set(tagKey(tag), tag);
    if (r.categoryId) categories.add(r.categoryId);
    for (const c of r.channels) channels.add(c);
    if (r.platformId) platforms.set(r.platformId, r.platformName ?? r.platformId);
  }
  return {
    categories: [...categories].sort(),
    channels: [...channels].sort(),
    platforms: [...platforms].sort(),
    tags: [...tags.values()].sort((a, b) => a.localeCompare(b, 'fr')),
  };
}
