/**
 * The side panel's "Fill the visible fields": permission for this one origin (asked in the click,
 * before any await), then the self-contained filler in the form's tab, and its report parsed.
 */
import { browser } from 'wxt/browser';
import {
  FILL_SYNONYMS,
  fillReportSchema,
  fillVisibleFields,
  type FillField,
  type FillReport,
} from '@/utils/handoff/fill-form';
import { hostPatternOf } from '@/utils/handoff/form-hosts';
import type { Pack } from '@/utils/handoff/types';

export type FillOutcome =
  | { kind: 'done'; report: FillReport }
  | { kind: 'nothing'; report: FillReport | null }
  | { kind: 'denied' }
  | { kind: 'wrong-page' }
  | { kind: 'failed'; detail: string };

/** Whether this build may ever ask for the form's host (it is one of the optional host permissions). */
export function canFill(formUrl: string | undefined): formUrl is string {
  if (!formUrl) return false;
  const optional = (browser.runtime.getManifest() as { optional_host_permissions?: string[] })
    .optional_host_permissions;
  return optional?.includes(hostPatternOf(formUrl)) ?? false;
}

/** Must be called synchronously from the click handler: `permissions.request` needs the gesture. */
export function fillForm(pack: Pack, formUrl: string, tabId: number | null): Promise<FillOutcome> {
  const origin = hostPatternOf(formUrl);
  const granted = browser.permissions.request({ origins: [origin] });
  return (async (): Promise<FillOutcome> => {
    try {
      if (!(await granted)) return { kind: 'denied' };
      const tab =
        tabId === null
          ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
          : await browser.tabs.get(tabId);
      if (tab?.id === undefined || !tab.url || hostPatternOf(tab.url) !== origin) return { kind: 'wrong-page' };
      const fields: FillField[] = pack.fields.map((f) => ({
        key: f.key,
        label: f.label,
        value: f.value,
        kind: f.kind,
        ...(f.choice ? { choice: f.choice } : {}),
        ...(f.iso ? { iso: f.iso } : {}),
      }));
      const [result] = await browser.scripting.executeScript({
        target: { tabId: tab.id },
        func: fillVisibleFields,
        args: [fields, FILL_SYNONYMS as unknown as Record<string, string[]>],
      });
      const report = fillReportSchema.safeParse(result?.result);
      if (!report.success) return { kind: 'nothing', report: null };
      return report.data.filled.length > 0
        ? { kind: 'done', report: report.data }
        : { kind: 'nothing', report: report.data };
    } catch (error) {
      return { kind: 'failed', detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
    }
  })();
}
