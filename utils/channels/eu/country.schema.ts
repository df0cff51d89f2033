/**
 * The shape of one EU member state's reporting doors, validated at load. France keeps its full,
 * detailed path (`channels.data.ts`, `rules.data.ts`); every other member state is described by
 * one entry of this shape, and routing maps a case onto its doors (emergency, child helpline,
 * victim support, the INHOPE hotline, designated trusted flaggers, a police portal, then the
 * platform's DSA notice, which is the same in every member state).
 *
 * Every fact says where it was documented and when. A fact not verified at its source is marked
 * `verified: false`: it is shown as such and never drives a primary door.
 */
import { z } from '@/utils/zod';
import { categoryIdSchema, localizedSchema } from '@/utils/qualify/taxonomy';

/** ISO 3166-1 alpha-2 codes of the 27 member states (Greece is `GR`, not the EU's `EL`). */
export const memberStates = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const; // prettier-ignore
export type MemberState = (typeof memberStates)[number];
export const memberStateSchema = z.enum(memberStates);

const httpsUrl = z.url({ protocol: /^https$/ });
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id');
/**
 * A listed entry's stable name within its country (`hateaid`, `nl-confidential`): lower case,
 * starting with a letter (never a bare number: door ids once were places in a list, see
 * `utils/report/renamed-channels.ts`), short enough for a stored channel id (60 characters).
 */
export const listSlug = z
  .string()
  .max(30)
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'a lower-case slug starting with a letter');
/** Whether no value comes twice. */
const distinct = (keys: readonly string[]) => new Set(keys).size === keys.length;
/** A BCP 47 primary language tag, lower case: `de`, `nl`, `ga`. */
const languageTag = z.string().regex(/^[a-z]{2,3}$/);
/** Digits only, as dialled inside the country (no `tel:`, no spaces). */
const phoneDigits = z.string().regex(/^[0-9]{2,15}$/);

/** Where a fact was documented, when, and whether it was checked at that source. */
export const evidenceSchema = z.object({
  source: httpsUrl,
  /** The date the source was read (the copy used). */
  checked: z.iso.date(),
  /** Checked at the source itself (official page or the network's own list), not a third party. */
  verified: z.boolean(),
  /** What is still to check, in the maintainers' words (required when not verified). */
  toCheck: z.string().min(1).optional(),
});

/** A door's name: in its own language (as people there know it), plus French and English where they differ. */
export const doorNameSchema = z.object({
  native: z.string().min(1),
  /** The language of `native`, and of the door's forms. */
  language: languageTag,
  fr: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});

/** One reporting door of a member state: a phone line, a web form, or both. */
export const doorSchema = evidenceSchema
  .extend({
    /** Unique across all countries, prefixed with the country code: `de-hotline-jugendschutz`. */
    id: kebab,
    name: doorNameSchema,
    /** The report form, chat or procedure itself (never a home page shown as a form). */
    url: httpsUrl.optional(),
    /** The door's information page. */
    infoUrl: httpsUrl.optional(),
    phone: phoneDigits.optional(),
    /** Who runs it. */
    operator: z.enum(['state', 'association', 'company']),
    anonymousAllowed: z.boolean().optional(),
  })
  .refine((d) => d.url !== undefined || d.phone !== undefined, 'a door needs a form address or a number')
  .refine((d) => d.verified || d.toCheck !== undefined, 'an unverified door says what is left to check');
export type Door = z.output<typeof doorSchema>;

/** A trusted flagger designated by the member state's Digital Services Coordinator (DSA Art. 22). */
export const trustedFlaggerSchema = z.object({
  /** Stable within the country: its door's id is derived from it (`de-trusted-flagger-hateaid`), never from its place. */
  id: listSlug,
  /** The name as the Commission's list gives it. */
  name: z.string().min(1),
  /** The areas of expertise as the list states them (its own labels, in English). */
  expertise: z.array(z.string().min(1)).min(1),
  /** The Vigie categories those areas cover (empty when none maps). */
  categories: z.array(categoryIdSchema),
  /** Where the public can report to it, when it takes public reports and that was found. */
  url: httpsUrl.optional(),
  email: z.email().optional(),
});
export type TrustedFlaggerEntry = z.output<typeof trustedFlaggerSchema>;

export const countrySchema = z.object({
  code: memberStateSchema,
  name: localizedSchema,
  /** The country's official languages, most spoken first (for proposing it from the browser's language). */
  languages: z.array(languageTag).min(1),
  emergency: evidenceSchema.extend({
    /** Always 112 in the EU (Directive (EU) 2018/1972, Art. 109). */
    number: z.literal('112'),
    /** National numbers beside 112 (police, ambulance…), each with what it is for. */
    national: z
      .array(
        z.object({
          phone: phoneDigits,
          for: localizedSchema,
          /** Where this national number was documented, when it is not the entry's own source. */
          source: httpsUrl.optional(),
        }),
      )
      // The number is the row's stable name: its door is `de-emergency-national-110`.
      .refine((list) => distinct(list.map((n) => n.phone)), 'a national number is listed once')
      .default([]),
  }),
  /** The 116 111 child helpline (Commission Decision 2007/116/EC), or the national child line. */
  childHelpline: doorSchema,
  /** The 116 006 victim-support line where it runs; `null` where it does not (said, with the source). */
  victimSupport: z.union([doorSchema, evidenceSchema.extend({ runs: z.literal(false) })]),
  /** The country's INHOPE member hotline for child sexual abuse material (URL only). */
  hotline: doorSchema,
  /** The trusted flaggers designated in this country: an explicit list, empty when none is. */
  trustedFlaggers: evidenceSchema.extend({
    list: z
      .array(trustedFlaggerSchema)
      .refine((list) => distinct(list.map((f) => f.id)), 'trusted flagger ids are unique within the country'),
  }),
  /** The police's online reporting portal for illegal content, or `null` where none was found. */
  policePortal: doorSchema.nullable(),
});
export type Country = z.output<typeof countrySchema>;
export type CountryInput = z.input<typeof countrySchema>;
