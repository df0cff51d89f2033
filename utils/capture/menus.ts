import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { menuContexts } from '@/utils/report/draft';

export const MENU_REPORT = 'vigie-report';
export const MENU_REPORT_CSAM = 'vigie-report-csam';

/** Menus persist across restarts: recreate them from scratch on install and update. */
export async function registerContextMenus() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_REPORT, title: t('menuReport'), contexts: [...menuContexts] });
  browser.contextMenus.create({ id: MENU_REPORT_CSAM, title: t('menuReportCsam'), contexts: [...menuContexts] });
}
