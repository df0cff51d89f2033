/**
 * Sources shared by every member state's entry: the EU texts that make 112 and the 116 numbers
 * the same everywhere, and the Commission's list of trusted flaggers with the date of the copy used.
 */
import type { CategoryId } from '@/utils/qualify/taxonomy';
import type { z } from '@/utils/zod';
import type { trustedFlaggerSchema } from './country.schema';

/** Directive (EU) 2018/1972 (European Electronic Communications Code), Art. 109: 112 in every member state. */
export const EECC_112 = 'https://eur-lex.europa.eu/eli/dir/2018/1972/oj';

/**
 * The Commission's list of trusted flaggers designated under DSA Art. 22. The rows of the entries
 * were copied from the mirror `kraboo-labs/dsa-data` (`data/trusted-flaggers.csv` at commit
 * b763768, the one that also stores the page's snapshot of 2026-10-05), which scrapes the official
 * page; the page itself is cited.
 */
export const TRUSTED_FLAGGERS_LIST = {
  source: 'https://digital-strategy.ec.europa.eu/en/policies/trusted-flaggers-under-dsa',
  /** The date of the copy used (the mirror's newest snapshot). */
  checked: '2026-10-05',
  verified: true,
} as const;

/**
 * The list's areas of expertise (its own English labels) and the Vigie categories each covers.
 * The grouping follows the DSA Transparency Database's keywords under each category (see
 * shared/reference/official-channels.md §3.4): e.g. "Protection of minors" holds child sexual abuse
 * material and grooming; "Risk for public security" holds terrorist content.
 */
export const expertiseCategories = {
  'Animal Welfare': ['animal-cruelty'],
  'Consumer information infringements': ['illegal-advertising'],
  Cyberviolence: [
    'cyber-harassment',
    'threats',
    'non-consensual-intimate-images',
    'sexual-deepfake',
    'sextortion',
    'doxxing',
  ],
  'Cyber violence against women': [
    'cyber-harassment',
    'threats',
    'non-consensual-intimate-images',
    'sexual-deepfake',
    'sextortion',
  ],
  'Data protection and privacy violations': ['doxxing', 'identity-theft'],
  'Illegal products': ['illegal-product-marketplace', 'drug-trafficking', 'weapons-trafficking'],
  'Illegal Speech': ['hate-incitement', 'insult-defamation', 'crimes-against-humanity-apology-denial'],
  'Incitement to self-harm': ['suicide-self-harm-incitement'],
  'Intellectual property infringements': ['piracy'],
  'Negative effects on civil discourse and elections': [],
  'Protection of minors violations': ['child-sexual-abuse-material', 'grooming', 'minors-exposed-harmful-content'],
  'Risk for public security': ['terrorism'],
  'Scams and fraud': ['online-scam', 'phishing', 'identity-theft'],
  Violence: ['threats', 'torture-barbarity-images'],
} as const satisfies Record<string, readonly CategoryId[]>;

export type ExpertiseArea = keyof typeof expertiseCategories;

type TrustedFlaggerInput = z.input<typeof trustedFlaggerSchema>;

/**
 * One row of the Commission's list: its stable id (a slug of the name, kept when the list changes),
 * its name and areas as listed; the Vigie categories are derived
 * from the areas. `url` only for a public reporting page actually found (never the platforms'
 * trusted-flagger address, which is not for the public).
 */
export function flagger<const Id extends string>(
  id: Id,
  name: string,
  expertise: readonly ExpertiseArea[],
  extra: { url?: string } = {},
): TrustedFlaggerInput & { id: Id } {
  const categories = [...new Set(expertise.flatMap((area) => expertiseCategories[area]))];
  return { id, name, expertise: [...expertise], categories, ...extra };
}

/**
 * Victim Support Europe's campaign page: in 2023, 116 006 ran in 13 member states and not in
 * BE, BG, CY, GR, HU, IT, LT, LU, MT, PL, RO, SK, SI, ES. By December 2025 VSE counted 14 states
 * with the line, without saying which one had joined: every "does not run" resting on this page
 * is therefore marked to check.
 */
export const VSE_116006_CAMPAIGN =
  'https://victim-support.eu/media-center/campaigns/116006-helpline-action-week-novictimleftbehind/';

/** The evidence for a state where 116 006 did not run in VSE's 2023 count. */
export const no116006 = {
  runs: false,
  source: VSE_116006_CAMPAIGN,
  checked: '2026-12-05',
  verified: false,
  toCheck:
    'VSE listed this state without 116 006 in 2023 and counted one more state with the line by December 2025; check whether it runs here now',
} as const;

/** A national emergency number beside 112, with what it is for and where it was documented. */
export interface NationalNumber<Phone extends string = string> {
  phone: Phone;
  for: { fr: string; en: string };
  source?: string;
}

/**
 * A country's emergency block: 112 from the EU texts (the same source, date and check in every
 * member state), and the national numbers researched beside it, each with its own source.
 */
export function emergency112<const Phone extends string = never>(
  ...national: NationalNumber<Phone>[]
): {
  number: '112';
  source: string;
  checked: string;
  verified: true;
  // Not inferred from where the block is written (a data file's `CountryInput` would widen it).
  national: NationalNumber<NoInfer<Phone>>[];
} {
  return { number: '112', source: EECC_112, checked: '2026-12-05', verified: true, national };
}

/**
 * The 116 006 line of a state that Victim Support Europe counted among the 13 with the line in
 * 2023 (the complement of its list of states without it), when who answers was not read: the
 * name is a plain description in the country's language, and the door stays unverified.
 */
export function victimLine116006(
  code: string,
  language: string,
  native: string,
): {
  id: string;
  name: { native: string; language: string; fr: string; en: string };
  phone: string;
  operator: 'association';
  source: string;
  checked: string;
  verified: false;
  toCheck: string;
} {
  return {
    id: `${code}-victim-support-116006`,
    name: { native, language, fr: 'Ligne d’aide aux victimes 116 006', en: 'Victim helpline 116 006' },
    phone: '116006',
    operator: 'association',
    source: VSE_116006_CAMPAIGN,
    checked: '2026-12-05',
    verified: false,
    toCheck:
      'VSE counted this state among those with 116 006 (2023); who answers it (association or state), its name and hours were not read',
  };
}
