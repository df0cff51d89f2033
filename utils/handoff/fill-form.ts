/**
 * "Fill the visible fields", in three steps:
 *
 * 1. `collectControls` (`fill-collect.ts`), injected in the form's tab: every control with its
 *    label as read (hint-free), legend, kind, limits and whether a person can see it.
 * 2. `matchFields` (`fill-match.ts`), pure, in the extension: which pack value goes where, and
 *    what is left to the user.
 * 3. `applyFill` (`fill-apply.ts`), injected: writes each value if it fits the control's limits,
 *    and says per field what was filled, kept or refused, and why.
 *
 * It never submits, clicks, presses a key, ticks a consent box, touches a captcha, a file, a
 * password, a hidden, disabled or read-only field, or overwrites what the user typed. Both
 * injected results come from a hostile page: they are parsed with the schemas below.
 */
import { z } from '@/utils/zod';
import { packFieldKeys, type PackFieldKey } from './types';
import { applyFill } from './fill-apply';
import { collectControls } from './fill-collect';
import { leftReasons, matchFields, type Collected, type FillField, type FillPlan } from './fill-match';

export {
  FILL_SYNONYMS,
  labelScore,
  leftReasons,
  matchFields,
  type Collected,
  type Control,
  type FillField,
  type LeftReason,
} from './fill-match';
export { collectControls } from './fill-collect';
export { applyFill } from './fill-apply';

const text = z.string().max(300);
const maxItems = 50;
const hiddenBy = z.enum(['attribute', 'display', 'visibility', 'opacity', 'clip', 'size', 'offscreen', 'covered']);

export const collectedSchema = z.object({
  token: z.string().max(100),
  lang: text,
  controls: z
    .array(
      z.object({
        id: z.number().int().nonnegative().max(10_000),
        type: z.string().max(30),
        label: text,
        aria: text,
        placeholder: text,
        name: text,
        autocomplete: text,
        legend: text,
        group: z.string().max(400),
        options: z.array(z.object({ value: text, text, disabled: z.boolean() })).max(200),
        value: z.string().max(20_000),
        checked: z.boolean(),
        hidden: hiddenBy.nullable(),
        disabled: z.boolean(),
        readOnly: z.boolean(),
        required: z.boolean(),
        maxLength: z.number().int().nonnegative().nullable(),
        minLength: z.number().int().nonnegative().nullable(),
        pattern: text,
        min: text,
        max: text,
        captcha: z.boolean(),
        form: z.number().int().min(-1).max(10_000),
      }),
    )
    .max(600),
  forms: z.array(z.object({ lang: text, submit: text.nullable(), next: z.boolean() })).max(600),
  captchaFrames: z.array(text).max(10),
});

export const refusedReasons = ['too-long', 'too-short', 'pattern', 'type', 'range', 'step'] as const;
export type RefusedReason = (typeof refusedReasons)[number];

export const appliedSchema = z.object({
  stale: z.boolean(),
  results: z
    .array(
      z.object({
        id: z.number().int().nonnegative(),
        status: z.enum(['filled', 'kept', 'refused', 'gone']),
        reason: z.enum(refusedReasons).optional(),
        limit: z.number().int().nonnegative().optional(),
      }),
    )
    .max(600),
});
export type Applied = z.output<typeof appliedSchema>;

const label = z.string().max(200);
export const fillReportSchema = z.object({
  /** Pack fields written into the form, with the form's own label for where they went. */
  filled: z.array(z.object({ key: z.enum(packFieldKeys), label })).max(maxItems),
  /** Pack fields the form's control would not take as they are: what to shorten or change. */
  refused: z
    .array(
      z.object({
        key: z.enum(packFieldKeys),
        label,
        reason: z.enum(refusedReasons),
        /** The value's length (characters). */
        length: z.number().int().nonnegative(),
        /** `maxlength`/`minlength` for a length. */
        limit: z.number().int().nonnegative().optional(),
        /** `min`/`max` for a range, `pattern`'s presence for a pattern. */
        min: z.string().max(100).optional(),
        max: z.string().max(100).optional(),
      }),
    )
    .max(maxItems),
  /** What only the user can do: tick consent, pick answers, captcha, files, required fields, send. */
  leftForUser: z.array(z.object({ reason: z.enum(leftReasons), label })).max(maxItems),
  /** Pack fields with a value that found no visible control. */
  unmatched: z.array(z.object({ key: z.enum(packFieldKeys), label })).max(maxItems),
  /** Fillable controls not shown: a later step, or decoys. */
  hiddenControls: z.number().int().nonnegative().max(10_000),
  /** Visible fillable controls on the page: 0 means this is not a form. */
  visibleControls: z.number().int().nonnegative().max(10_000),
  /** The form has a "next step" button: more fields will show after it. */
  nextStep: z.boolean(),
});
export type FillReport = z.output<typeof fillReportSchema>;

/** The report of one fill: the plan, and what the page said of each write. */
export function fillReport(collected: Collected, plan: FillPlan, applied: Applied | null): FillReport {
  const byId = new Map((applied?.results ?? []).map((r) => [r.id, r]));
  const filled: FillReport['filled'] = [];
  const refused: FillReport['refused'] = [];
  const leftForUser = [...plan.leftForUser];
  const placed = new Set<PackFieldKey>();
  for (const step of plan.steps) {
    const result = byId.get(step.id);
    if (!result || result.status === 'gone') continue;
    placed.add(step.key);
    if (result.status === 'filled') filled.push({ key: step.key, label: step.label });
    else if (result.status === 'kept') leftForUser.push({ reason: 'kept', label: step.label });
    else {
      const control = collected.controls.find((c) => c.id === step.id);
      refused.push({
        key: step.key,
        label: step.label,
        reason: result.reason ?? 'type',
        length: step.value.length,
        ...(result.limit !== undefined ? { limit: result.limit } : {}),
        ...(result.reason === 'range' && control?.min ? { min: control.min.slice(0, 100) } : {}),
        ...(result.reason === 'range' && control?.max ? { max: control.max.slice(0, 100) } : {}),
      });
    }
  }
  const unmatched = [
    ...plan.unmatched,
    ...plan.steps
      .filter((s) => !placed.has(s.key) && !plan.unmatched.some((u) => u.key === s.key))
      .map((s) => ({ key: s.key, label: s.label })),
  ].filter((u, i, all) => all.findIndex((x) => x.key === u.key) === i);
  if (filled.length > 0 && plan.submit) leftForUser.push({ reason: 'submit', label: plan.submit.slice(0, 200) });
  return {
    filled: filled.slice(0, maxItems),
    refused: refused.slice(0, maxItems),
    leftForUser: leftForUser.slice(0, maxItems),
    unmatched: unmatched.slice(0, maxItems),
    hiddenControls: plan.hiddenControls,
    visibleControls: plan.visibleControls,
    nextStep: plan.nextStep,
  };
}

/**
 * The three steps in this document, synchronously (tests, and any page that can run them itself).
 * The extension runs the same functions through `scripting.executeScript` (`sidepanel/fill.ts`).
 */
export function fillDocument(fields: FillField[]): FillReport {
  const collected = collectedSchema.parse(collectControls());
  const plan = matchFields(collected, fields);
  const applied = appliedSchema.parse(
    applyFill(
      collected.token,
      plan.steps.map(({ id, value, check }) => ({ id, value, check })),
      plan.marks,
    ),
  );
  return fillReportSchema.parse(fillReport(collected, plan, applied));
}
