/**
 * The batch seen from the toolbar: its size on the action's badge, and the context-menu entry
 * "Add to the batch", shown to watch-network volunteers only (the role set in the settings).
 */
import { browser } from 'wxt/browser';
import { t, tCount } from '@/utils/i18n';
import { MENU_BATCH, MENU_BATCH_LINKS } from '@/utils/capture/menus';
import { addToBatch, BatchFull } from '@/utils/db/batch-repo';
import { readSettings, type UserRole } from '@/utils/db/settings-repo';

/** The badge says how many reports wait in the batch (nothing when none). */
export async function showBatchCount(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await browser.action.setTitle({
    title: count > 0 ? tCount(count, { one: 'batchBadgeTitleOne', other: 'batchBadgeTitle' }) : '',
  });
}

/** Adds a captured report to the batch and shows the new count. */
export async function addToBatchAndShow(draftId: string): Promise<void> {
  try {
    await showBatchCount(await addToBatch(draftId));
  } catch (error) {
    if (!(error instanceof BatchFull)) throw error;
    // Said on the toolbar button: the report itself is kept, in the history.
    await browser.action.setBadgeText({ text: '!' });
    await browser.action.setTitle({ title: t('batchFull') });
  }
}

export async function showBatchMenuFor(role: UserRole): Promise<void> {
  await browser.contextMenus.update(MENU_BATCH, { visible: role === 'volunteer' }).catch(() => undefined);
  await browser.contextMenus.update(MENU_BATCH_LINKS, { visible: role === 'volunteer' }).catch(() => undefined);
}

/** After the menus are (re)created: the batch entry follows the saved role. */
export async function syncBatchMenu(): Promise<void> {
  await showBatchMenuFor((await readSettings()).role);
}
