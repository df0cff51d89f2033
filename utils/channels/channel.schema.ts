/**
 * The shape of a reporting channel, validated at load by `registry.ts`. Rows live in
 * `channels.data.ts` (services, help lines, associations) and `notices.data.ts` (platforms).
 */
import { z } from '@/utils/zod';
import { categoryIdSchema, confidenceSchema, localizedListSchema, localizedSchema } from '@/utils/qualify/taxonomy';

export const channelKinds = ['web-form', 'phone', 'app', 'email', 'platform-notice', 'sms', 'chat'] as const;
export type ChannelKind = (typeof channelKinds)[number];
/** Who runs the channel: a public service, an association, a private company, or the platform itself. */
export const channelOperators = ['state', 'association', 'company', 'platform'] as const;

const httpsUrl = z.url({ protocol: /^https$/ });
const PHONE_KINDS: ReadonlySet<ChannelKind> = new Set(['phone', 'sms']);

export const channelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
    /** The name people know the channel by, in each language (names that are descriptions are translated). */
    name: localizedSchema,
    kind: z.enum(channelKinds),
    /** Where a report is made: the form, chat or online procedure itself (never a home page shown as a form). */
    url: httpsUrl.optional(),
    /** What the `url` button says it opens, and whether that address was checked as the entry point. */
    entry: z
      .object({ label: localizedSchema, verified: z.boolean(), source: httpsUrl, checked: z.iso.date() })
      .optional(),
    /** The channel's information page (what it does, who may use it). */
    infoUrl: httpsUrl.optional(),
    /** For channels used inside an app or on the content itself: the steps to follow there. */
    inApp: localizedListSchema.optional(),
    /** Digits only, as dialled from France (from its own country, for another member state's door; no `tel:`). */
    phone: z
      .string()
      .regex(/^[0-9]{2,10}$/)
      .optional(),
    scope: localizedSchema,
    /** The categories this channel accepts. */
    categories: z.array(categoryIdSchema).min(1),
    anonymousAllowed: z.boolean(),
    /** What the channel asks the person reporting for. */
    asks: localizedListSchema,
    hours: localizedSchema.optional(),
    sourceUrl: httpsUrl,
    lastVerified: z.iso.date(),
    confidence: confidenceSchema,
    /** Run by a public authority (police, gendarmerie, ministries, public bodies). */
    official: z.boolean(),
    operator: z.enum(channelOperators),
    /** Designated DSA trusted flagger (Art. 22) in France: its own notices get priority on platforms. */
    trustedFlagger: z.boolean(),
    /** For platform notices: the id of the platform in `utils/platforms/registry.ts`, when Vigie detects it. */
    platformId: z.string().optional(),
    /** Facts of an otherwise verified entry that still need a live check (maintainers' notes). */
    toCheck: z.array(z.string().min(1)).optional(),
    /**
     * The member state whose door this is (ISO 3166-1 alpha-2), for the doors of the other member
     * states (`eu/doors.ts`); absent for France's channels and the platforms' notices (EU-wide).
     */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** The language the door works in (BCP 47 primary tag), for another member state's door. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .optional(),
  })
  .refine((c) => !PHONE_KINDS.has(c.kind) || c.phone !== undefined, 'phone and SMS channels need a number')
  .refine(
    (c) => PHONE_KINDS.has(c.kind) || c.url !== undefined || c.inApp !== undefined,
    'web channels need a URL or in-app steps',
  )
  .refine((c) => (c.url === undefined) === (c.entry === undefined), 'an entry URL says where it goes')
  .refine(
    (c) => c.entry === undefined || c.entry.verified || c.confidence === 'to-check' || (c.toCheck?.length ?? 0) > 0,
    'an unverified entry point is listed in what is still to check',
  )
  .refine((c) => (c.kind === 'platform-notice') === (c.operator === 'platform'), 'notices are run by platforms')
  .refine((c) => c.platformId === undefined || c.kind === 'platform-notice', 'only notices carry a platformId')
  .refine((c) => !c.official || c.operator === 'state', 'official means run by a public authority')
  .refine(
    (c) => c.country === undefined || c.id.startsWith(`${c.country.toLowerCase()}-`),
    'a door id starts with its country',
  );
export type Channel = z.output<typeof channelSchema>;
export type ChannelInput = z.input<typeof channelSchema>;

/** Date of the desk check of the rows that do not state their own. */
export const CHECKED = '2026-11-22';

/** Keeps each id as a literal type, so `ChannelId` is the exact union of the ids of the rows. */
export const channel = <const Id extends string>(
  c: Omit<ChannelInput, 'id' | 'lastVerified'> & { id: Id; lastVerified?: string },
) => ({ ...c, lastVerified: c.lastVerified ?? CHECKED });

export const F31979 = 'https://www.service-public.fr/particuliers/vosdroits/F31979';
export const TF_LIST = 'https://digital-strategy.ec.europa.eu/en/policies/trusted-flaggers-under-dsa';
