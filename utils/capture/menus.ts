import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

export const MENU_REPORT = 'vigie-report';
export const MENU_REPORT_CSAM = 'vigie-report-csam';
export const MENU_CONTEXTS = ['page', 'link', 'image', 'video', 'audio', 'selection', 'frame'] as const;

/** Menus persist across restarts: recreate them from scratch on install and update. */
export async function registerContextMenus() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_REPORT, title: t('menuReport'), contexts: [...MENU_CONTEXTS] });
  browser.contextMenus.create({ id: MENU_REPORT_CSAM, title: t('menuReportCsam'), contexts: [...MENU_CONTEXTS] });
}
