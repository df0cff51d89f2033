/**
 * The shape of Vigie's category taxonomy: zod schemas and the types they produce. No data here
 * (see `taxonomy.data.ts`) and no registry (see `taxonomy.ts`).
 *
 * Confidence: `verified` means the fact was read in a source (primary, or a reliable third-party
 * copy of the text); `to-check` means it still needs a check on Légifrance before it is shown as
 * certain. Every rule a row must obey is checked here, at load time, so tests need not repeat it.
 */
import type { Localized, LocalizedList } from '@/utils/localized';
import { z } from '@/utils/zod';
import { dsaCategorySchema, dsaKeywordSchema, keywordExcludesMinors, keywordFitsCategory } from './dsa';

const text = z.string().trim().min(1);
export const localizedSchema = z.object({ fr: text, en: text }) satisfies z.ZodType<Localized>;
export const localizedListSchema = z.object({
  fr: z.array(text).min(1),
  en: z.array(text).min(1),
}) satisfies z.ZodType<LocalizedList>;
const isoDate = z.iso.date();
export const confidenceSchema = z.enum(['verified', 'to-check']);
export type Confidence = z.output<typeof confidenceSchema>;

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https$/ }),
  title: text,
  checked: isoDate,
});
export type Source = z.output<typeof sourceSchema>;

/**
 * Short prescription of one offence (press law): after this delay from publication, no
 * prosecution is possible. Offences without one follow the general rules and carry none.
 */
export const prescriptionSchema = z.object({
  months: z.number().int().positive(),
  /** The provision that sets the delay: 'Loi du 29 juillet 1881, art. 65', … */
  basis: text,
  confidence: confidenceSchema,
  source: sourceSchema,
});
export type Prescription = z.output<typeof prescriptionSchema>;

/** One offence: where it is written, what it punishes, its maximum penalty, where we read it. */
export const legalBasisSchema = z.object({
  /** The text: 'Code pénal', 'Loi du 29 juillet 1881', … */
  code: text,
  article: text,
  label: localizedSchema,
  maxPenalty: localizedSchema,
  confidence: confidenceSchema,
  source: sourceSchema,
  prescription: prescriptionSchema.optional(),
});
export type LegalBasis = z.output<typeof legalBasisSchema>;

export const urgencies = ['emergency', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof urgencies)[number];

const dsaCodeSchema = z
  .object({ category: dsaCategorySchema, keyword: dsaKeywordSchema })
  .refine((d) => keywordFitsCategory(d.keyword, d.category), 'DSA keyword does not fit its category');

export const categorySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
    label: localizedSchema,
    description: localizedSchema,
    examples: localizedListSchema,
    legalBasis: z.array(legalBasisSchema),
    /** DSA v2 statement-of-reasons code for the usual case. */
    dsa: dsaCodeSchema,
    /** DSA code when a minor is involved, where it differs (see `dsaFor`). */
    dsaWithMinor: dsaCodeSchema.optional(),
    urgency: z.enum(urgencies),
    /** A person targeted by this content must file a complaint (plainte) themselves: a report is not enough for them. */
    victimComplaintNeeded: z.boolean(),
    /** Child sexual abuse material: no capture at all, identity omitted from notices (DSA Art. 16(2)(c)). */
    csam: z.boolean(),
    /** `url-only`: Vigie stores no screenshot, archive or thumbnail for this category, only the address and text notes. */
    evidence: z.enum(['full', 'url-only']),
    /** The evidence may show a minor sexually: with a minor involved, it is CSAM and becomes URL-only. */
    linkOnlyWhenMinor: z.boolean(),
    /**
     * The evidence is usually kept (a conversation, a blackmail, a listing), but it may show a sexual
     * image or representation of a minor (CP 227-23): when the user says it does (the
     * `minorSexualImage` answer), it is CSAM and becomes URL-only.
     */
    linkOnlyWhenMinorSexualImage: z.boolean().default(false),
    confidence: confidenceSchema,
    sources: z.array(sourceSchema).min(1),
  })
  .refine((c) => !c.csam || c.evidence === 'url-only', 'CSAM is URL-only')
  .refine(
    (c) =>
      c.confidence === 'to-check' ||
      c.legalBasis.every(
        (b) => b.confidence === 'verified' && (b.prescription?.confidence ?? 'verified') === 'verified',
      ),
    'an entry with an unverified legal basis or prescription is to-check',
  )
  .refine(
    (c) =>
      !keywordExcludesMinors(c.dsa.keyword) ||
      !(c.linkOnlyWhenMinor || c.linkOnlyWhenMinorSexualImage) ||
      c.dsaWithMinor !== undefined,
    'a category whose DSA keyword excludes minors, and whose images may show a minor, needs a dsaWithMinor code',
  )
  .refine(
    (c) => c.dsaWithMinor === undefined || !keywordExcludesMinors(c.dsaWithMinor.keyword),
    'the DSA code with a minor cannot use a keyword that excludes content depicting minors',
  );
export type Category = z.output<typeof categorySchema>;
export type CategoryInput = z.input<typeof categorySchema>;
