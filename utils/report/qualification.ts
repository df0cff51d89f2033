/**
 * The user's answers in the composer, as stored in the draft. Routing (`utils/channels/`) reads
 * them; the report model owns their shape so that nothing below routing depends on it.
 */
import { z } from '@/utils/zod';

/** Who is reporting: the person targeted, a parent (or adult responsible) of a targeted minor, or a witness. */
export const reporterRoles = ['targeted', 'parent', 'witness'] as const;
export type ReporterRole = (typeof reporterRoles)[number];

const isoTime = z.iso.datetime({ offset: true });

/** `null`: not answered yet (routing then assumes the common case). */
export const qualificationSchema = z.object({
  /** Is someone in immediate danger? Asked first; `true` shows the emergency numbers before anything. */
  danger: z.boolean().nullable(),
  /** When the user acknowledged the emergency screen (it cannot be skipped silently). */
  emergencyAcknowledgedAt: isoTime.nullable(),
  categoryId: z.string().max(60).nullable(),
  role: z.enum(reporterRoles).nullable(),
  /** A minor is involved (as the person targeted or shown). */
  minor: z.boolean().nullable(),
  /** The content is in a private conversation with someone the user knows. */
  privateExchange: z.boolean().nullable(),
  /** The content is publicly visible (not only to the user). */
  publicContent: z.boolean().nullable(),
  /** Blackmail: money was demanded (paid or not). */
  moneyDemanded: z.boolean().nullable(),
  /** Blackmail: the user has met the author in person (THESEE's procedure needs an online-only relationship). */
  metInPerson: z.boolean().nullable(),
  /**
   * The evidence shows a sexual image or representation of a minor (a photo in a grooming
   * conversation or a blackmail, an object representing a child): the CSAM rule then applies.
   * Added after v4 without a version bump: optional, so a stored set of answers without it stays
   * valid as it is and reads as not answered.
   */
  minorSexualImage: z.boolean().nullable().optional(),
  /**
   * The member state the reporter is in (ISO 3166-1 alpha-2, upper case), as the composer set it
   * from the settings or the browser's language; routing reads it. Optional, like the answer above:
   * a draft without it was routed for France, and still is. Checked against the member states by
   * routing (`utils/channels/questions.ts`), which owns their list.
   */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** When the user confirmed reporting in good faith (knowingly false reports are an offence). */
  goodFaithAt: isoTime.nullable(),
});
export type Qualification = z.output<typeof qualificationSchema>;

/**
 * The reporter is in another member state than France: French law, French procedures and the
 * French police are not theirs (routing gives their country's doors; the texts say so).
 */
export function reportsFromAbroad(q: Pick<Qualification, 'country'>): boolean {
  return q.country !== undefined && q.country !== 'FR';
}
