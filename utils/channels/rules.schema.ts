/**
 * The shape of the routing rules: for each category, which channels to propose, in which place,
 * why, and under which conditions. Conditions are named predicates over the user's answers
 * (`when`: all must hold; `unless`: none may hold). `route.ts` interprets the table.
 */
import { z } from '@/utils/zod';
import { categoryIdSchema, localizedSchema, sourceSchema } from '@/utils/qualify/taxonomy';

export { reporterRoles, type ReporterRole } from '@/utils/report/qualification';

/**
 * What the rules may ask about the situation:
 * - `danger`: someone's life or safety is threatened right now;
 * - `minor`: a minor is involved (always true when a parent reports);
 * - `targeted` / `parent` / `witness`: the reporter's role; `victimSide`: targeted or parent;
 * - `private`: a private conversation with someone the user knows; `notPublic`: neither public
 *   nor such a private exchange (a message sent to the user alone);
 * - `moneyDemanded`, `metInPerson`: for blackmail, what the THESEE procedure requires;
 * - `linkOnly`: the CSAM rule applies (no capture at all);
 * - `identityExempt`: a DSA notice is sent without the notifier's name and email (Art. 16(2)(c)).
 */
export const predicateNames = [
  'danger',
  'minor',
  'targeted',
  'parent',
  'witness',
  'victimSide',
  'private',
  'notPublic',
  'moneyDemanded',
  'metInPerson',
  'linkOnly',
  'identityExempt',
] as const;
export type PredicateName = (typeof predicateNames)[number];
export type Facts = Record<PredicateName, boolean>;

export const stepKinds = ['emergency', 'primary', 'platform', 'also'] as const;
export type StepKind = (typeof stepKinds)[number];

const predicateList = z.array(z.enum(predicateNames)).default([]);
export const conditionSchema = z.object({ when: predicateList, unless: predicateList });
export type Condition = z.output<typeof conditionSchema>;

/** Builds the rule schemas over the known channel and reason ids, so a typo fails at load. */
export function rulesSchemas<C extends string, R extends string>(channelIds: readonly C[], reasonIds: readonly R[]) {
  const channelId = z.enum(channelIds as [C, ...C[]]);
  const step = conditionSchema.extend({
    /** A channel id, or `platform` for the DSA notice of the platform Vigie detected. */
    channel: z.union([channelId, z.literal('platform')]),
    as: z.enum(stepKinds),
    why: z.enum(reasonIds as [R, ...R[]]),
  });
  const categoryRules = z.object({
    category: categoryIdSchema,
    /** The content always involves a minor (no need to ask). */
    impliesMinor: z.boolean().default(false),
    /** PHAROS's own category to tick for this content, if it has one. */
    pharosTopic: localizedSchema.optional(),
    steps: z.array(step).min(1),
    /** Why the default door (PHAROS) is closed in this situation, and where to go instead. */
    outOfScope: z
      .array(conditionSchema.extend({ why: localizedSchema, redirect: z.array(channelId).min(1) }))
      .default([]),
    notes: z.array(conditionSchema.extend({ text: localizedSchema })).default([]),
    /** When a DSA notice may omit the notifier's identity (Art. 16(2)(c), Directive 2011/93 Arts 3–7). */
    omitIdentity: conditionSchema.optional(),
    /** The official guidance these rules follow. */
    sources: z.array(sourceSchema).min(1),
  });
  return { step, categoryRules };
}
