/**
 * What happened to a report after it was handed off, as the user records it: pure data and
 * functions (no browser API, no clock: every "now" is a parameter). Vigie never asks a channel
 * anything; the user says what the channel answered, when, and with which reference.
 *
 * Legal next steps quote Regulation (EU) 2022/2065 (Digital Services Act). This is information to
 * orient a citizen, never legal advice; Vigie is not an official service.
 */
import { z } from '@/utils/zod';
import { REFERENCE_MAX } from './reference';
import type { Localized } from '@/utils/localized';

const isoTime = z.iso.datetime({ offset: true });

/** The follow-up, in order. The first four are also derived from the draft (`reportStatus`). */
export const followUpStatuses = ['draft', 'ready', 'handed-off', 'acknowledged', 'decided', 'closed'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** What a platform decided on a notice (DSA Art. 16(5)), or that it did not answer. */
export const decisionOutcomes = ['removed', 'restricted', 'refused', 'no-answer'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const onlineCheckResults = ['online', 'removed'] as const;
export type OnlineCheckResult = (typeof onlineCheckResults)[number];

export const followUpStepSchema = z.object({
  status: z.enum(followUpStatuses),
  /** When it happened, as the user says (defaults to when they recorded it). */
  at: isoTime,
  /** A reference number the channel gave with this step, pasted by the user. */
  reference: z.string().max(REFERENCE_MAX).nullable(),
});
export type FollowUpStep = z.output<typeof followUpStepSchema>;

export const followUpSchema = z.object({
  /** Steps the user recorded, oldest first. */
  steps: z.array(followUpStepSchema).max(50),
  /** The platform's decision on a notice, if the user recorded one. */
  decision: z
    .object({ outcome: z.enum(decisionOutcomes), at: isoTime, channelId: z.string().max(60).nullable() })
    .nullable(),
  /** "Still online?" checks the user made (Vigie opened the page on their request; they answered). */
  onlineChecks: z.array(z.object({ at: isoTime, result: z.enum(onlineCheckResults) })).max(100),
});
export type FollowUp = z.output<typeof followUpSchema>;
export const emptyFollowUp = (): FollowUp => ({ steps: [], decision: null, onlineChecks: [] });

const rank = (s: FollowUpStatus) => followUpStatuses.indexOf(s);

/**
 * Where the report stands: the furthest of what the draft shows (`derived`, from its answers and
 * hand-offs) and what the user recorded last. A recorded step never hides a later fact.
 */
export function followUpStatus(derived: FollowUpStatus, followUp: Pick<FollowUp, 'steps'> | undefined): FollowUpStatus {
  const last = followUp?.steps.at(-1)?.status;
  return last !== undefined && rank(last) > rank(derived) ? last : derived;
}

/** Records a step (appended; steps stay in date order). */
export function addStep(followUp: FollowUp, step: FollowUpStep): FollowUp {
  const steps = [...followUp.steps, step].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-50);
  return { ...followUp, steps };
}

/** Records the platform's decision; a decision is also the "decided" step, with its date. */
export function recordDecision(
  followUp: FollowUp,
  outcome: DecisionOutcome,
  at: string,
  channelId: string | null,
): FollowUp {
  const next = { ...followUp, decision: { outcome, at, channelId } };
  return outcome === 'no-answer' ? next : addStep(next, { status: 'decided', at, reference: null });
}

/** Records the user's answer after they looked at the page again. */
export function recordOnlineCheck(followUp: FollowUp, result: OnlineCheckResult, at: string): FollowUp {
  return { ...followUp, onlineChecks: [...followUp.onlineChecks, { at, result }].slice(-100) };
}

// ---------------------------------------------------------------------------------------------
// DSA next steps after a platform's decision

export interface LegalSource {
  url: string;
  title: string;
  checked: string;
}

export const DSA_SOURCE: LegalSource = {
  url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
  title: 'Règlement (UE) 2022/2065 (Digital Services Act)',
  // Art. 20(1) (complaints open at least six months after the decision), Art. 21(1) and (3)
  // (certified bodies, non-binding, court always open), Art. 22(1) (trusted flaggers' priority),
  // read in the regulation's text; the wording here is Vigie's own.
  checked: '2026-11-29',
};

export interface NextStep {
  id: 'internal-complaint' | 'out-of-court' | 'trusted-flagger';
  article: string;
  title: Localized;
  text: Localized;
  /** The last day to act (YYYY-MM-DD, Paris calendar), when the regulation sets one. */
  deadline: string | null;
  source: LegalSource;
}

/** Months after the decision during which the platform must accept an internal complaint (Art. 20(1)). */
export const INTERNAL_COMPLAINT_MONTHS = 6;

const internalComplaint = (deadline: string): NextStep => ({
  id: 'internal-complaint',
  article: 'Art. 20',
  title: { fr: 'Réclamation interne auprès de la plateforme', en: 'Internal complaint to the platform' },
  text: {
    fr: 'La plateforme doit vous permettre de contester sa décision, gratuitement, par son système interne de traitement des réclamations, pendant au moins six mois après la décision.',
    en: 'The platform must let you contest its decision, free of charge, through its internal complaint-handling system, for at least six months after the decision.',
  },
  deadline,
  source: DSA_SOURCE,
});

const outOfCourt: NextStep = {
  id: 'out-of-court',
  article: 'Art. 21',
  title: { fr: 'Règlement extrajudiciaire des litiges', en: 'Out-of-court dispute settlement' },
  text: {
    fr: 'Vous pouvez soumettre le litige à un organisme de règlement extrajudiciaire certifié par le coordinateur pour les services numériques d’un État membre (l’Arcom en France), y compris quand votre réclamation interne n’a pas abouti. Son avis ne s’impose pas aux parties, et vous gardez à tout moment le droit d’aller en justice.',
    en: 'You may take the dispute to an out-of-court settlement body certified by a Member State’s Digital Services Coordinator (Arcom in France), including when your internal complaint did not resolve it. Its decision does not bind the parties, and you keep the right to go to court at any time.',
  },
  deadline: null,
  source: DSA_SOURCE,
};

const trustedFlagger: NextStep = {
  id: 'trusted-flagger',
  article: 'Art. 22',
  title: { fr: 'Confier le signalement à un signaleur de confiance', en: 'Hand the report to a trusted flagger' },
  text: {
    fr: 'Les signaleurs de confiance désignés par l’Arcom (associations) voient leurs notifications traitées en priorité. Passez par leur formulaire public.',
    en: 'Trusted flaggers designated by Arcom (associations) have their notices handled with priority. Use their public form.',
  },
  deadline: null,
  source: DSA_SOURCE,
};

/**
 * What the DSA offers after a platform's decision on a notice. Removed: nothing more to do there.
 * No answer: no decision to contest yet, a trusted flagger can push it.
 */
export function dsaNextSteps(decision: FollowUp['decision']): NextStep[] {
  if (!decision || decision.outcome === 'removed') return [];
  if (decision.outcome === 'no-answer') return [trustedFlagger];
  return [internalComplaint(addMonths(parisDate(decision.at), INTERNAL_COMPLAINT_MONTHS)), outOfCourt, trustedFlagger];
}

// ---------------------------------------------------------------------------------------------
// Calendar (Paris dates, whatever the machine's zone: the offences and delays are French)

/** The calendar day of an instant in Paris, `YYYY-MM-DD`. */
export function parisDate(iso: string): string {
  return dayIn(iso, 'Europe/Paris');
}

/** `day` plus `months` calendar months; a day that does not exist becomes the month's last (31 Nov → 30 Nov). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------
// Prescription countdown

export interface PrescriptionCountdown {
  months: number;
  /** What the delay runs from: the publication time when known, else the capture (an upper bound). */
  from: 'publication' | 'capture';
  /** Who gave the publication time: the user, the platform's data, the page; `null` when unknown. */
  source: 'user' | 'platform' | 'page' | null;
  start: string;
  /** The last day (calendar of `timeZone`, Paris by default) a prosecution can start, `YYYY-MM-DD`. */
  deadline: string;
  daysLeft: number;
  expired: boolean;
  /** Few days left: the reminder must stand out. */
  urgent: boolean;
}

/** Days left under which the reminder is urgent. */
export const PRESCRIPTION_URGENT_DAYS = 30;

/** The calendar day of an instant in a time zone, `YYYY-MM-DD`; a date without a time is its own day. */
export function dayIn(iso: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The countdown of a short prescription (`months`, read from the taxonomy by the caller). It runs
 * from the publication time — the one derived value the packs use (`publicationOf`: the user's,
 * else the platform's, else the page's) — and, only when none is known, from the capture (the real
 * deadline may then be earlier: the caller says so). Days are counted in the calendar of
 * `timeZone` (default Paris: the offences and their delays are French), never the machine's.
 */
export function prescriptionCountdown(input: {
  months: number;
  published: { value: string; source: 'user' | 'platform' | 'page' } | null;
  capturedAt: string;
  now: string;
  timeZone?: string;
}): PrescriptionCountdown {
  const zone = input.timeZone ?? 'Europe/Paris';
  const published = input.published && !Number.isNaN(Date.parse(input.published.value)) ? input.published : null;
  const start = dayIn(published?.value ?? input.capturedAt, zone);
  const deadline = addMonths(start, input.months);
  const daysLeft = daysBetween(dayIn(input.now, zone), deadline);
  return {
    months: input.months,
    from: published ? 'publication' : 'capture',
    source: published?.source ?? null,
    start,
    deadline,
    daysLeft,
    expired: daysLeft < 0,
    urgent: daysLeft >= 0 && daysLeft <= PRESCRIPTION_URGENT_DAYS,
  };
}
