/**
 * Qualify → route: from a category and the user's answers, the ordered list of channels to use,
 * each with the reason in plain words and what to have ready. Pure: same input → same output.
 *
 * The decisions are data (`rules.data.ts`, validated here at load); this module only interprets
 * them: evaluate the named predicates, keep the rows whose conditions hold, order them
 * emergency → primary → platform notice → also, and keep each channel once, at its most urgent place.
 */
import { z } from '@/utils/zod';
import { categoryById, categoryIds, type CategoryId } from '@/utils/qualify/taxonomy';
import { isLinkOnly } from '@/utils/qualify/link-only';
import { dsaFor, type DsaCode } from '@/utils/qualify/dsa-for';
import type { Localized, LocalizedList } from '@/utils/localized';
import { reportsFromAbroad } from '@/utils/report/qualification';
import { channelById, channels, noticeChannelFor, type ChannelId } from './registry';
import { reasonIds, reasons } from './reasons.data';
import { categoryRules, everyCategory } from './rules.data';
import { rulesSchemas, stepKinds, type Condition, type Facts, type ReporterRole, type StepKind } from './rules.schema';
import type { MemberState } from './eu/country.schema';
import { loadedCountry } from './eu/load';

export { reporterRoles, stepKinds, type ReporterRole, type StepKind } from './rules.schema';

export interface RouteInput {
  categoryId: CategoryId;
  /** Id of the platform detected by Vigie (`utils/platforms/registry.ts`), if any. */
  platformId: string | null;
  role: ReporterRole;
  minor: boolean;
  /** The evidence shows a sexual image or representation of a minor (the CSAM rule then applies). */
  minorSexualImage: boolean;
  danger: boolean;
  privateExchange: boolean;
  publicContent: boolean;
  moneyDemanded: boolean;
  metInPerson: boolean;
  /**
   * The member state the reporter is in; absent: France. Another member state's route uses its
   * doors (`eu/route-abroad.ts`), whose data the page loads first (`eu/load.ts`, `loadCountry`).
   */
  country?: MemberState;
}

export interface RouteStep {
  channelId: ChannelId;
  kind: StepKind;
  reason: Localized;
  needs: LocalizedList;
}

export interface RouteResult {
  steps: RouteStep[];
  /** Why the default channel (PHAROS) does not apply, and where to go instead. */
  outOfScope?: { reason: Localized; redirectChannelIds: ChannelId[] };
  /** The person targeted (or the parent of a targeted minor) needs a complaint for the facts to be prosecuted. */
  complaintAdvised: boolean;
  /** DSA notices go without the notifier's name and email (Art. 16(2)(c)). Never applied to PHAROS. */
  omitReporterIdentity: boolean;
  /** Keep the address and text notes only: no screenshot, archive or thumbnail. */
  urlOnly: boolean;
  /** The DSA statement-of-reasons code of this case (it may depend on the minor answer). */
  dsa: DsaCode;
  notes: Localized[];
}

const schemas = rulesSchemas(
  channels.map((c) => c.id),
  reasonIds,
);
const parsed = z.array(schemas.categoryRules).parse(categoryRules);
const BEFORE = z.array(schemas.step).parse(everyCategory.before);
const AFTER = z.array(schemas.step).parse(everyCategory.after);
const rulesByCategory = new Map(parsed.map((r) => [r.category, r]));
for (const id of categoryIds) if (!rulesByCategory.has(id)) throw new Error(`no routing rules for ${id}`);
if (rulesByCategory.size !== parsed.length) throw new Error('two routing entries for one category');

/** The rules of a category, as validated at load. */
export const rulesFor = (id: CategoryId) => rulesByCategory.get(id)!;

const URL_ONLY_NEEDS: LocalizedList = {
  fr: ['L’adresse (URL) uniquement — aucune capture, aucun téléchargement', 'La date et l’heure où vous l’avez vu'],
  en: ['The address (URL) only — no screenshot, no download', 'The date and time you saw it'],
};
const RANK: Record<StepKind, number> = Object.fromEntries(stepKinds.map((k, i) => [k, i])) as Record<StepKind, number>;

function factsOf(input: RouteInput): Facts {
  const rules = rulesFor(input.categoryId);
  const answeredMinor = input.minor || input.role === 'parent' || rules.impliesMinor;
  // Where the category asks about it, a sexual image or representation of a minor involves a minor.
  const sexualImageOfMinor = input.minorSexualImage && categoryById[input.categoryId].linkOnlyWhenMinorSexualImage;
  const minor = answeredMinor || sexualImageOfMinor;
  const base: Facts = {
    danger: input.danger,
    minor,
    targeted: input.role === 'targeted',
    parent: input.role === 'parent',
    witness: input.role === 'witness',
    victimSide: input.role !== 'witness',
    private: input.privateExchange,
    notPublic: !input.publicContent && !input.privateExchange,
    moneyDemanded: input.moneyDemanded,
    metInPerson: input.metInPerson,
    // The same reading as the repository's (`qualificationIsLinkOnly`), so the route and the stored evidence agree.
    linkOnly: isLinkOnly(input.categoryId, answeredMinor, input.minorSexualImage),
    identityExempt: false,
  };
  return { ...base, identityExempt: rules.omitIdentity !== undefined && holds(rules.omitIdentity, base) };
}

function holds(c: Condition, facts: Facts): boolean {
  return c.when.every((p) => facts[p]) && !c.unless.some((p) => facts[p]);
}

function fill(text: Localized, topic: Localized | undefined): Localized {
  return {
    fr: text.fr.replace('{topic}', topic ? ` (${topic.fr})` : ''),
    en: text.en.replace('{topic}', topic ? ` (${topic.en})` : ''),
  };
}

export function route(input: RouteInput): RouteResult {
  const rules = rulesFor(input.categoryId);
  const facts = factsOf(input);
  const country = reportsFromAbroad(input) ? input.country : undefined;
  if (country !== undefined) {
    const loaded = loadedCountry(country);
    if (!loaded) throw new Error(`route: the doors of ${country} are not loaded (loadCountry first)`);
    const abroad = loaded.route(input, facts);
    return {
      steps: abroad.steps,
      complaintAdvised: facts.victimSide && categoryById[input.categoryId].victimComplaintNeeded,
      omitReporterIdentity: facts.identityExempt,
      urlOnly: facts.linkOnly,
      dsa: dsaFor(input.categoryId, { minor: facts.minor }),
      notes: abroad.notes,
    };
  }
  const candidates: RouteStep[] = [];
  for (const row of [...BEFORE, ...rules.steps, ...AFTER]) {
    if (!holds(row, facts)) continue;
    const channel =
      row.channel === 'platform'
        ? input.platformId === null
          ? undefined
          : noticeChannelFor(input.platformId)
        : channelById[row.channel];
    if (!channel) continue;
    candidates.push({
      channelId: channel.id,
      kind: row.as,
      reason: fill(reasons[row.why], rules.pharosTopic),
      needs: facts.linkOnly && row.as !== 'emergency' ? URL_ONLY_NEEDS : channel.asks,
    });
  }
  const seen = new Set<ChannelId>();
  const steps = candidates
    .map((step, index) => ({ step, index }))
    .sort((a, b) => RANK[a.step.kind] - RANK[b.step.kind] || a.index - b.index)
    .map(({ step }) => step)
    .filter((s) => (seen.has(s.channelId) ? false : (seen.add(s.channelId), true)));

  const out = rules.outOfScope.find((o) => holds(o, facts));
  const result: RouteResult = {
    steps,
    complaintAdvised: facts.victimSide && categoryById[input.categoryId].victimComplaintNeeded,
    omitReporterIdentity: facts.identityExempt,
    urlOnly: facts.linkOnly,
    dsa: dsaFor(input.categoryId, { minor: facts.minor }),
    notes: rules.notes.filter((n) => holds(n, facts)).map((n) => n.text),
  };
  if (out) result.outOfScope = { reason: out.why, redirectChannelIds: out.redirect };
  return result;
}
