/**
 * The DSA Transparency Database statement-of-reasons taxonomy, API v2 (in force since 1 July 2025):
 * the `category` codes (`STATEMENT_CATEGORY_*`) and the `category_specification` keywords
 * (`KEYWORD_*`). Vigie tags every category of its own taxonomy with one code of each, so a notice
 * or an export speaks the same language as the platforms' statements of reasons.
 *
 * Data only. Codes are copied exactly; the English labels are the database's own short labels.
 */
import { z } from '@/utils/zod';

export const DSA_TAXONOMY_SOURCE = {
  title: 'DSA Transparency Database — API documentation and Statement model (schema v2)',
  url: 'https://github.com/digital-services-act/transparency-database/blob/main/resources/markdown/api-documentation.md',
  modelUrl: 'https://github.com/digital-services-act/transparency-database/blob/main/app/Models/Statement.php',
  /** The v2 schema applies to statements submitted from this date. */
  effectiveFrom: '2025-07-01',
  /** Repository snapshot the lists were checked against (HEAD 69e80a0b). */
  snapshot: '2026-06-24',
  checked: '2026-11-22',
} as const;

/** The 16 v2 categories with the database's English label. */
export const DSA_CATEGORY_LABELS = {
  STATEMENT_CATEGORY_ANIMAL_WELFARE: 'Animal welfare',
  STATEMENT_CATEGORY_CONSUMER_INFORMATION: 'Consumer information infringements',
  STATEMENT_CATEGORY_CYBER_VIOLENCE: 'Cyber violence',
  STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: 'Cyber violence against women',
  STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: 'Data protection and privacy violations',
  STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: 'Illegal or harmful speech',
  STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: 'Intellectual property infringements',
  STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS:
    'Negative effects on civic discourse or elections',
  STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE: 'Type of alleged illegal content not specified by the notifier',
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: "Other violation of provider's terms and conditions",
  STATEMENT_CATEGORY_PROTECTION_OF_MINORS: 'Protection of minors',
  STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: 'Risk for public security',
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: 'Scams and/or fraud',
  STATEMENT_CATEGORY_SELF_HARM: 'Self-harm',
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: 'Unsafe, non-compliant or prohibited products',
  STATEMENT_CATEGORY_VIOLENCE: 'Violence',
} as const;

export type DsaCategory = keyof typeof DSA_CATEGORY_LABELS;
export const DSA_CATEGORIES = Object.keys(DSA_CATEGORY_LABELS) as [DsaCategory, ...DsaCategory[]];

/**
 * The 69 v2 keywords accepted in `category_specification`. KEYWORD_STALKING is in the official v2
 * documentation list but in no parent group of the third-party grouping below.
 */
export const DSA_KEYWORD_LABELS = {
  KEYWORD_ADULT_SEXUAL_MATERIAL: 'Adult sexual material',
  KEYWORD_AGE_SPECIFIC_RESTRICTIONS: 'Age-specific restrictions',
  KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS: 'Age-specific restrictions concerning minors',
  KEYWORD_ANIMAL_HARM: 'Animal harm',
  KEYWORD_BIOMETRIC_DATA_BREACH: 'Biometric data breach',
  KEYWORD_BULLYING_AGAINST_GIRLS: 'Cyber bullying and intimidation against girls',
  KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL: 'Child sexual abuse material',
  KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE: 'Child sexual abuse material containing deepfake or similar technology',
  KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS: 'Content promoting eating disorders',
  KEYWORD_COORDINATED_HARM: 'Coordinated harm',
  KEYWORD_COPYRIGHT_INFRINGEMENT: 'Copyright infringements',
  KEYWORD_CYBER_BULLYING_INTIMIDATION: 'Cyber bullying and intimidation',
  KEYWORD_CYBER_HARASSMENT: 'Cyber harassment',
  KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN: 'Cyber harassment against women',
  KEYWORD_CYBER_INCITEMENT: 'Cyber incitement to hatred or violence',
  KEYWORD_CYBER_STALKING: 'Cyber stalking',
  KEYWORD_CYBER_STALKING_AGAINST_WOMEN: 'Cyber stalking against women',
  KEYWORD_DATA_FALSIFICATION: 'Data falsification',
  KEYWORD_DEFAMATION: 'Defamation',
  KEYWORD_DESIGN_INFRINGEMENT: 'Design infringements',
  KEYWORD_DISCRIMINATION: 'Discrimination',
  KEYWORD_FEMALE_GENDERED_DISINFORMATION: 'Gendered disinformation',
  KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT: 'Geographic indications infringements',
  KEYWORD_GEOGRAPHICAL_REQUIREMENTS: 'Geographical requirements',
  KEYWORD_GOODS_SERVICES_NOT_PERMITTED: 'Goods/services not permitted to be offered on the platform',
  KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS: 'Grooming/sexual enticement of minors',
  KEYWORD_HATE_SPEECH: 'Illegal incitement to violence and hatred based on protected characteristics (hate speech)',
  KEYWORD_HIDDEN_ADVERTISEMENT: 'Hidden advertisement or commercial communication, including by influencers',
  KEYWORD_HUMAN_EXPLOITATION: 'Human exploitation',
  KEYWORD_HUMAN_TRAFFICKING: 'Human trafficking',
  KEYWORD_ILLEGAL_ORGANIZATIONS: 'Illegal organizations',
  KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING: 'Impersonation or account hijacking',
  KEYWORD_INAUTHENTIC_ACCOUNTS: 'Inauthentic accounts',
  KEYWORD_INAUTHENTIC_LISTINGS: 'Inauthentic listings',
  KEYWORD_INAUTHENTIC_USER_REVIEWS: 'Inauthentic user reviews',
  KEYWORD_INCITEMENT_AGAINST_WOMEN: 'Illegal incitement to violence and hatred against women',
  KEYWORD_INCITEMENT_VIOLENCE_HATRED: 'General calls or incitement to violence and/or hatred',
  KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS: 'Insufficient information on traders',
  KEYWORD_LANGUAGE_REQUIREMENTS: 'Language requirements',
  KEYWORD_MISINFORMATION_DISINFORMATION:
    'Misinformation, disinformation, foreign information manipulation and interference',
  KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS: 'Misleading information about the consumer’s rights',
  KEYWORD_MISLEADING_INFO_GOODS_SERVICES: 'Misleading information about the characteristics of the goods and services',
  KEYWORD_MISSING_PROCESSING_GROUND: 'Missing processing ground for data',
  KEYWORD_NON_CONSENSUAL_IMAGE_SHARING:
    'Non-consensual (intimate) material sharing, including (image-based) sexual abuse (excluding content depicting minors)',
  KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN:
    'Non-consensual (intimate) material sharing against women, including (image-based) sexual abuse against women (excluding content depicting minors)',
  KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE:
    "Non-consensual sharing of material containing deepfake or similar technology using a third party's features (excluding content depicting minors)",
  KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN:
    "Non-consensual sharing of material containing deepfake or similar technology using a third party's features against women (excluding content depicting minors)",
  KEYWORD_NONCOMPLIANCE_PRICING: 'Non-compliance with pricing regulations',
  KEYWORD_NUDITY: 'Nudity',
  KEYWORD_OTHER: 'Not captured by any other keyword',
  KEYWORD_PATENT_INFRINGEMENT: 'Patent infringements',
  KEYWORD_PHISHING: 'Phishing',
  KEYWORD_PROHIBITED_PRODUCTS: 'Prohibited or restricted products',
  KEYWORD_PYRAMID_SCHEMES: 'Pyramid schemes',
  KEYWORD_RIGHT_TO_BE_FORGOTTEN: 'Right to be forgotten',
  KEYWORD_RISK_ENVIRONMENTAL_DAMAGE: 'Risk for environmental damage',
  KEYWORD_RISK_PUBLIC_HEALTH: 'Risk for public health',
  KEYWORD_SELF_MUTILATION: 'Self-mutilation',
  KEYWORD_STALKING: 'Stalking',
  KEYWORD_SUICIDE: 'Suicide',
  KEYWORD_TERRORIST_CONTENT: 'Terrorist content',
  KEYWORD_TRADE_SECRET_INFRINGEMENT: 'Trade secret infringements',
  KEYWORD_TRADEMARK_INFRINGEMENT: 'Trademark infringements',
  KEYWORD_TRAFFICKING_WOMEN_GIRLS: 'Trafficking in women and girls',
  KEYWORD_UNLAWFUL_SALE_ANIMALS: 'Unlawful sale of animals',
  KEYWORD_UNSAFE_CHALLENGES: 'Unsafe challenges',
  KEYWORD_UNSAFE_PRODUCTS: 'Unsafe or non-compliant products',
  KEYWORD_VIOLATION_EU_LAW: 'Violation of EU law relevant to civic discourse or elections',
  KEYWORD_VIOLATION_NATIONAL_LAW: 'Violation of national law relevant to civic discourse or elections',
} as const;

export type DsaKeyword = keyof typeof DSA_KEYWORD_LABELS;
export const DSA_KEYWORDS = Object.keys(DSA_KEYWORD_LABELS) as [DsaKeyword, ...DsaKeyword[]];

/**
 * Codes of the legacy v1 schema (2023-08-16 → 2025-06-30) that v2 removed or renamed. Kept so that
 * a test can prove none of them sneaks back into Vigie's data.
 */
export const DSA_V1_REMOVED = [
  'STATEMENT_CATEGORY_NON_CONSENSUAL_BEHAVIOUR',
  'STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT',
  'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
  'STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS',
  'KEYWORD_MISINFORMATION',
  'KEYWORD_FOREIGN_INFORMATION_MANIPULATION',
  'KEYWORD_REGULATED_GOODS_SERVICES',
  'KEYWORD_DANGEROUS_TOYS',
  'KEYWORD_GENDER_BASED_VIOLENCE',
  'KEYWORD_IMAGE_BASED_SEXUAL_ABUSE',
  'KEYWORD_ONLINE_BULLYING_INTIMIDATION',
  'KEYWORD_DISINFORMATION',
  'KEYWORD_NON_CONSENSUAL_ITEMS_DEEPFAKE',
] as const;

/**
 * Indicative parent category of each keyword. The database accepts any keyword with any category;
 * this grouping comes from a third-party mapping consistent with the v2 changelog, so it is a hint
 * for consistency checks, not a rule of the API. KEYWORD_OTHER and KEYWORD_STALKING have no parent.
 */
export const DSA_KEYWORD_GROUPS: Readonly<Partial<Record<DsaCategory, readonly DsaKeyword[]>>> = {
  STATEMENT_CATEGORY_ANIMAL_WELFARE: ['KEYWORD_ANIMAL_HARM', 'KEYWORD_UNLAWFUL_SALE_ANIMALS'],
  STATEMENT_CATEGORY_CONSUMER_INFORMATION: [
    'KEYWORD_HIDDEN_ADVERTISEMENT',
    'KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS',
    'KEYWORD_MISLEADING_INFO_GOODS_SERVICES',
    'KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS',
    'KEYWORD_NONCOMPLIANCE_PRICING',
  ],
  STATEMENT_CATEGORY_CYBER_VIOLENCE: [
    'KEYWORD_CYBER_BULLYING_INTIMIDATION',
    'KEYWORD_CYBER_HARASSMENT',
    'KEYWORD_CYBER_INCITEMENT',
    'KEYWORD_CYBER_STALKING',
    'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING',
    'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE',
  ],
  STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN: [
    'KEYWORD_BULLYING_AGAINST_GIRLS',
    'KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN',
    'KEYWORD_CYBER_STALKING_AGAINST_WOMEN',
    'KEYWORD_FEMALE_GENDERED_DISINFORMATION',
    'KEYWORD_INCITEMENT_AGAINST_WOMEN',
    'KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN',
    'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN',
  ],
  STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: [
    'KEYWORD_BIOMETRIC_DATA_BREACH',
    'KEYWORD_DATA_FALSIFICATION',
    'KEYWORD_MISSING_PROCESSING_GROUND',
    'KEYWORD_RIGHT_TO_BE_FORGOTTEN',
  ],
  STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: ['KEYWORD_DEFAMATION', 'KEYWORD_DISCRIMINATION', 'KEYWORD_HATE_SPEECH'],
  STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS: [
    'KEYWORD_COPYRIGHT_INFRINGEMENT',
    'KEYWORD_DESIGN_INFRINGEMENT',
    'KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT',
    'KEYWORD_PATENT_INFRINGEMENT',
    'KEYWORD_TRADE_SECRET_INFRINGEMENT',
    'KEYWORD_TRADEMARK_INFRINGEMENT',
  ],
  STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: [
    'KEYWORD_MISINFORMATION_DISINFORMATION',
    'KEYWORD_VIOLATION_EU_LAW',
    'KEYWORD_VIOLATION_NATIONAL_LAW',
  ],
  STATEMENT_CATEGORY_PROTECTION_OF_MINORS: [
    'KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS',
    'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL',
    'KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE',
    'KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS',
    'KEYWORD_UNSAFE_CHALLENGES',
  ],
  STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY: [
    'KEYWORD_ILLEGAL_ORGANIZATIONS',
    'KEYWORD_RISK_ENVIRONMENTAL_DAMAGE',
    'KEYWORD_RISK_PUBLIC_HEALTH',
    'KEYWORD_TERRORIST_CONTENT',
  ],
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: [
    'KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING',
    'KEYWORD_INAUTHENTIC_ACCOUNTS',
    'KEYWORD_INAUTHENTIC_LISTINGS',
    'KEYWORD_INAUTHENTIC_USER_REVIEWS',
    'KEYWORD_PHISHING',
    'KEYWORD_PYRAMID_SCHEMES',
  ],
  STATEMENT_CATEGORY_SELF_HARM: [
    'KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS',
    'KEYWORD_SELF_MUTILATION',
    'KEYWORD_SUICIDE',
  ],
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: ['KEYWORD_PROHIBITED_PRODUCTS', 'KEYWORD_UNSAFE_PRODUCTS'],
  STATEMENT_CATEGORY_VIOLENCE: [
    'KEYWORD_COORDINATED_HARM',
    'KEYWORD_INCITEMENT_VIOLENCE_HATRED',
    'KEYWORD_HUMAN_EXPLOITATION',
    'KEYWORD_HUMAN_TRAFFICKING',
    'KEYWORD_TRAFFICKING_WOMEN_GIRLS',
  ],
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: [
    'KEYWORD_ADULT_SEXUAL_MATERIAL',
    'KEYWORD_AGE_SPECIFIC_RESTRICTIONS',
    'KEYWORD_GEOGRAPHICAL_REQUIREMENTS',
    'KEYWORD_GOODS_SERVICES_NOT_PERMITTED',
    'KEYWORD_LANGUAGE_REQUIREMENTS',
    'KEYWORD_NUDITY',
  ],
};

export const dsaCategorySchema = z.enum(DSA_CATEGORIES);
export const dsaKeywordSchema = z.enum(DSA_KEYWORDS);

/** True when `keyword` is compatible with `category`: grouped under it, or one of the ungrouped keywords. */
export function keywordFitsCategory(keyword: DsaKeyword, category: DsaCategory): boolean {
  const grouped = Object.values(DSA_KEYWORD_GROUPS).some((list) => list.includes(keyword));
  return !grouped || (DSA_KEYWORD_GROUPS[category]?.includes(keyword) ?? false);
}

/**
 * Keywords whose official label excludes content depicting minors (the non-consensual image and
 * deepfake keywords): a case involving a minor must use a protection-of-minors keyword instead.
 */
export const DSA_KEYWORDS_EXCLUDING_MINORS: readonly DsaKeyword[] = DSA_KEYWORDS.filter((k) =>
  DSA_KEYWORD_LABELS[k].includes('(excluding content depicting minors)'),
);

export function keywordExcludesMinors(keyword: DsaKeyword): boolean {
  return DSA_KEYWORDS_EXCLUDING_MINORS.includes(keyword);
}
