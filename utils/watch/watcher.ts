import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { buildIndex, matchUrl, type WatchIndex, type WatchMatch } from './match';
import { WATCH_CHANNEL, watchRepository } from './repo';

/**
 * Watch mode, on the background's side. The lists are read from IndexedDB and indexed once, then
 * kept for a minute at most; the watchlists page announces every change on a BroadcastChannel,
 * which drops the copy at once. The badge needs each tab's address on every navigation: only with
 * the optional `tabs` permission, which is watch mode itself (granted when the user turns it on,
 * removed when they turn it off). Without it the popup still asks about its own tab (`activeTab`).
 * Nothing leaves the machine.
 */
const CACHE_MS = 60_000;
const BADGE_COLOR = '#b45309';

let cache: { index: Promise<WatchIndex>; at: number } | null = null;

function currentIndex(): Promise<WatchIndex> {
  if (!cache || Date.now() - cache.at > CACHE_MS) {
    const index = watchRepository.enabledLists().then(buildIndex);
    cache = { index, at: Date.now() };
    index.catch(() => (cache = null));
  }
  return cache.index;
}

/** The watchlists that name the tab's current address ([] when the tab's address cannot be read). */
export async function matchesForTab(tabId: number): Promise<WatchMatch[]> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.url ? matchUrl(tab.url, await currentIndex()) : [];
}

/** Watch mode is the optional `tabs` permission: the page requests it, and removes it to turn it off. */
export const watchPermission = () => ({ permissions: ['tabs' as const] });
export const watchModeOn = () => browser.permissions.contains(watchPermission());

/** The title the badge carries: the lists' names. */
export const badgeTitle = (matches: readonly WatchMatch[]) =>
  t('watchBadgeTitle', [...new Set(matches.map((m) => m.listName))].join(', ').slice(0, 400));

/** Per tab, the latest refresh: an older one that finishes later does not overwrite it. */
const latest = new Map<number, number>();
let sequence = 0;

/** Is the tab still open? (A tab can close while its badge is being worked out.) */
const tabStillOpen = (tabId: number) =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

/**
 * Shows on the tab's badge whether a watchlist names `url`. A tab that closed meanwhile is left
 * alone (the browser refuses to badge it: that is no failure); any other error is thrown.
 */
export async function refreshBadge(tabId: number, url: string | undefined) {
  try {
    await showBadge(tabId, url);
  } catch (error) {
    if (await tabStillOpen(tabId)) throw error;
  }
}

async function showBadge(tabId: number, url: string | undefined) {
  if (!url || !(await watchModeOn())) return;
  const mine = ++sequence;
  latest.set(tabId, mine);
  const matches = await matchUrl(url, await currentIndex());
  if (latest.get(tabId) !== mine) return;
  latest.delete(tabId);
  if (matches.length) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setBadgeText({ tabId, text: '!' });
    await browser.action.setTitle({ tabId, title: badgeTitle(matches) });
  } else {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  }
}

async function clearBadges() {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined) continue;
    await browser.action.setBadgeText({ tabId: tab.id, text: '' }).catch(() => undefined);
    await browser.action.setTitle({ tabId: tab.id, title: t('actionTitle') }).catch(() => undefined);
  }
}

async function refreshActiveTabs() {
  for (const tab of await browser.tabs.query({ active: true }))
    if (tab.id !== undefined) await refreshBadge(tab.id, tab.url);
}

const logged = (p: Promise<unknown>) => void p.catch((e: unknown) => console.error('Vigie: watch badge', e));

/** Registers the watch listeners; call synchronously at the background's top level. */
export function registerWatchListeners() {
  if (typeof BroadcastChannel !== 'undefined')
    new BroadcastChannel(WATCH_CHANNEL).onmessage = () => {
      cache = null;
      logged(refreshActiveTabs());
    };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'complete') logged(refreshBadge(tabId, tab.url));
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    // A tab that closed right after it was activated has no badge to show.
    logged(
      browser.tabs.get(tabId).then(
        (tab) => refreshBadge(tabId, tab.url),
        () => undefined,
      ),
    );
  });
  browser.permissions.onAdded.addListener((p) => {
    if (p.permissions?.includes('tabs')) logged(refreshActiveTabs());
  });
  browser.permissions.onRemoved.addListener((p) => {
    if (p.permissions?.includes('tabs')) logged(clearBadges());
  });
}
