/** Words for the history and the follow-up: statuses, decisions, categories and channels by id. */
import { t, uiLanguage, formatDateTime, type MessageKey } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { categoryById, isCategoryId } from '@/utils/qualify/taxonomy';
import { channelById, isChannelId } from '@/utils/channels/registry';
import type { DecisionOutcome, FollowUpStatus, OnlineCheckResult } from '@/utils/report/follow-up';

export const followUpStatusLabels: Record<FollowUpStatus, MessageKey> = {
  draft: 'followUpStatusDraft',
  ready: 'followUpStatusReady',
  'handed-off': 'followUpStatusHandedOff',
  acknowledged: 'followUpStatusAcknowledged',
  decided: 'followUpStatusDecided',
  closed: 'followUpStatusClosed',
};

export const decisionLabels: Record<DecisionOutcome, MessageKey> = {
  removed: 'followUpDecisionRemoved',
  restricted: 'followUpDecisionRestricted',
  refused: 'followUpDecisionRefused',
  'no-answer': 'followUpDecisionNoAnswer',
};

export const onlineCheckLabels: Record<OnlineCheckResult, MessageKey> = {
  online: 'followUpOnlineStill',
  removed: 'followUpOnlineRemoved',
};

export const followUpStatusLabel = (s: FollowUpStatus) => t(followUpStatusLabels[s]);
export const decisionLabel = (d: DecisionOutcome) => t(decisionLabels[d]);

/** The category's name in the interface language; an unknown id (older data) is shown as is. */
export function categoryLabel(id: string | null): string {
  if (id === null) return t('historyNoCategory');
  return isCategoryId(id) ? inLang(categoryById[id].label, uiLanguage()) : id;
}

export function channelName(id: string): string {
  return isChannelId(id) ? inLang(channelById[id].name, uiLanguage()) : id;
}

export const isPlatformNotice = (id: string) => isChannelId(id) && channelById[id].kind === 'platform-notice';

/** A day typed in a date field (`YYYY-MM-DD`, the user's calendar) as an instant: noon that day, local. */
export function dayToIso(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const d = new Date(`${day}T12:00:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * The instant a follow-up step is saved at, for the day the user chose: today is now (so the step
 * shows the time it was saved, in the user's zone), an earlier day its noon, local.
 */
export function stepInstant(day: string, now: Date = new Date()): string | null {
  if (day === today(now)) return now.toISOString();
  return dayToIso(day);
}

/**
 * When a step was saved, as the user reads it, in their zone: a day chosen in the past (saved at
 * its local noon) is shown as that day only, never as a made-up « 12:00 ».
 */
export function savedWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const noon = d.getHours() === 12 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
  if (!noon) return formatWhen(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDay(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

/** Today in the user's calendar, `YYYY-MM-DD` (the default of date fields). */
export function today(d: Date = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A calendar day (`YYYY-MM-DD`) for people: « 28 févr. 2027 ». */
export function formatDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  return new Intl.DateTimeFormat(uiLanguage() === 'en' ? 'en-GB' : 'fr-FR', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(d);
}

const formatted = new Map<string, string>();
/**
 * `formatDateTime`, remembered: each call builds several `Intl` formatters, and a list re-renders
 * its rows on every keystroke of the search.
 */
export function formatWhen(iso: string): string {
  let text = formatted.get(iso);
  if (text === undefined) {
    if (formatted.size > 5000) formatted.clear();
    text = formatDateTime(iso);
    formatted.set(iso, text);
  }
  return text;
}
