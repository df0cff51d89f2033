/**
 * The side panel's "Fill the visible fields": permission for this one origin (asked in the click,
 * before any await), then in the form's tab: collect what it shows, match here, apply there; the
 * page's answers parsed at each step.
 */
import { browser } from 'wxt/browser';
import {
  appliedSchema,
  applyFill,
  collectControls,
  collectedSchema,
  fillReport,
  matchFields,
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

/**
 * What the filler gets of the pack: each field, with its value (or choice) in both languages when
 * `other` (the same pack in the other language) has it, so options are picked in the form's own.
 */
export function fillFieldsOf(pack: Pack, other: Pack | null): FillField[] {
  return pack.fields.map((f) => {
    const twin = other?.fields.find((o) => o.key === f.key);
    const mine = f.choice ?? f.value;
    const theirs = twin ? (twin.choice ?? twin.value) : undefined;
    return {
      key: f.key,
      label: f.label,
      value: f.value,
      kind: f.kind,
      ...(f.choice ? { choice: f.choice } : {}),
      ...(f.iso ? { iso: f.iso } : {}),
      ...(twin && other ? { texts: { [pack.lang]: mine, [other.lang]: theirs } } : {}),
    };
  });
}

/** Must be called synchronously from the click handler: `permissions.request` needs the gesture. */
export function fillForm(
  pack: Pack,
  formUrl: string,
  tabId: number | null,
  other: Pack | null = null,
): Promise<FillOutcome> {
  const origin = hostPatternOf(formUrl);
  const granted = browser.permissions.request({ origins: [origin] });
  return fillInTab(granted, pack, formUrl, tabId, other);
}

/**
 * The fill once the permission was asked (`granted`, from the click): in `tabId` (or, with `null`,
 * the active tab), only when that tab is on the form's origin. The batch page asks in its click,
 * then fills the tab it opened.
 */
export async function fillInTab(
  granted: Promise<boolean>,
  pack: Pack,
  formUrl: string,
  tabId: number | null,
  other: Pack | null = null,
): Promise<FillOutcome> {
  const origin = hostPatternOf(formUrl);
  try {
    if (!(await granted)) return { kind: 'denied' };
    const tab =
      tabId === null
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(tabId);
    if (tab?.id === undefined || !tab.url || hostPatternOf(tab.url) !== origin) return { kind: 'wrong-page' };
    const [seen] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: collectControls });
    const collected = collectedSchema.safeParse(seen?.result);
    if (!collected.success) return { kind: 'nothing', report: null };
    const plan = matchFields(collected.data, fillFieldsOf(pack, other));
    const [done] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      func: applyFill,
      args: [collected.data.token, plan.steps.map(({ id, value, check }) => ({ id, value, check })), plan.marks],
    });
    const applied = appliedSchema.safeParse(done?.result);
    if (!applied.success || applied.data.stale) return { kind: 'failed', detail: 'the page changed while filling' };
    const report = fillReport(collected.data, plan, applied.data);
    return report.filled.length > 0 ? { kind: 'done', report } : { kind: 'nothing', report };
  } catch (error) {
    return { kind: 'failed', detail: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
  }
}
