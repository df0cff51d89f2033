import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { menuContexts } from '@/utils/report/draft';

export const MENU_REPORT = 'vigie-report';
export const MENU_REPORT_CSAM = 'vigie-report-csam';
/** Watch-network volunteers: capture into the batch, no tab opens. Hidden unless the role says so. */
export const MENU_BATCH = 'vigie-batch';
/** Watch-network volunteers: every link of the text selection into the batch, URL only. Hidden unless the role says so. */
export const MENU_BATCH_LINKS = 'vigie-batch-links';

/** Menus persist across restarts: recreate them from scratch on install and update. */
export async function registerContextMenus() {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_REPORT, title: t('menuReport'), contexts: [...menuContexts] });
  browser.contextMenus.create({ id: MENU_REPORT_CSAM, title: t('menuReportCsam'), contexts: [...menuContexts] });
  browser.contextMenus.create({
    id: MENU_BATCH,
    title: t('menuAddToBatch'),
    contexts: [...menuContexts],
    visible: false,
  });
  browser.contextMenus.create({
    id: MENU_BATCH_LINKS,
    title: t('menuAddSelectionLinks'),
    contexts: ['selection'],
    visible: false,
  });
}
