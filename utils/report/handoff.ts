/**
 * What the user says in their own words, and what they did with each channel: the part of the
 * draft that the hand-off writes. Owned by the report model; routing only reads channel ids.
 */
import { z } from '@/utils/zod';
import { REFERENCE_MAX } from './reference';

const isoTime = z.iso.datetime({ offset: true });

/** Longest description kept: enough for a detailed account, bounded like every stored text. */
export const DESCRIPTION_MAX = 5000;

export const narrativeSchema = z.object({
  /** What the user saw, when, who is targeted — in their own words. */
  description: z.string().max(DESCRIPTION_MAX),
  /** When the content was published, if known (UTC). */
  publishedAt: isoTime.nullable(),
  /** Where `publishedAt` comes from: read on the page, from the platform data, or typed by the user. */
  publishedAtSource: z.enum(['page', 'platform', 'user']).nullable(),
  /**
   * The posting account as the user gives it (pseudonym or profile address), asked when the page
   * did not say it; empty otherwise. Older drafts have none.
   */
  author: z.string().max(300).default(''),
});
export type Narrative = z.output<typeof narrativeSchema>;
export const emptyNarrative = (): Narrative => ({
  description: '',
  publishedAt: null,
  publishedAtSource: null,
  author: '',
});

export const handoffActions = ['opened', 'copied', 'filled', 'called'] as const;
export type HandoffAction = (typeof handoffActions)[number];

/** One channel the report was handed to, by the user's own action. */
export const handoffSchema = z.object({
  channelId: z.string().max(60),
  /** First time the user acted on this channel. */
  at: isoTime,
  /** Last time they did. */
  lastAt: isoTime,
  actions: z.array(z.enum(handoffActions)).max(handoffActions.length),
  /** The reference number or acknowledgement the channel gave, pasted by the user. */
  reference: z.string().max(REFERENCE_MAX).nullable(),
  /** When the user marked it as acknowledged by the channel. */
  acknowledgedAt: isoTime.nullable(),
  /**
   * The report-quality gate's verdict on the pack at the user's last action (`utils/handoff/gate.ts`):
   * ready, or the pack fields that were missing. Optional and additive: records made before it have
   * none, and need no migration (`draft-migrations.ts` steps are only for required changes).
   */
  gate: z
    .object({
      ready: z.boolean(),
      missing: z.array(z.string().max(20)).max(20),
      at: isoTime,
    })
    .optional(),
});
export type Handoff = z.output<typeof handoffSchema>;
