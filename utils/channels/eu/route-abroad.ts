/**
 * The route for a reporter in a member state other than France: `abroadRows` resolved to that
 * country's doors (`doors.ts`). Pure; `route.ts` calls it with the case's facts. Nothing French is
 * offered here: PHAROS, 17, 119, 3018, Point de Contact and France's trusted flaggers serve France.
 *
 * A door not verified at its source is shown as such and never the only primary door: when every
 * primary door is unverified, they all move to "also".
 */
import type { CategoryId } from '@/utils/qualify/taxonomy';
import type { Localized, LocalizedList } from '@/utils/localized';
import { channelById, noticeChannelFor, type ChannelId } from '../registry';
import type { Condition, Facts, StepKind } from '../rules.schema';
import { slotId, nationalNumberId, trustedFlaggersFor } from './doors';
import type { Country } from './country.schema';
import { abroadNotes, abroadRows, lastResort, type AbroadRow, type AbroadSlot } from './rules-abroad.data';

export interface AbroadStep {
  channelId: ChannelId;
  kind: StepKind;
  reason: Localized;
  needs: LocalizedList;
}

const URL_ONLY_NEEDS: LocalizedList = {
  fr: ['L’adresse (URL) uniquement — aucune capture, aucun téléchargement', 'La date et l’heure où vous l’avez vu'],
  en: ['The address (URL) only — no screenshot, no download', 'The date and time you saw it'],
};
const RANK: Record<StepKind, number> = { emergency: 0, primary: 1, platform: 2, also: 3 };

const holds = (row: Partial<Condition>, facts: Facts) =>
  (row.when ?? []).every((p) => facts[p]) && !(row.unless ?? []).some((p) => facts[p]);

function named(text: Localized, country: Country, names = ''): Localized {
  return {
    fr: text.fr.replaceAll('{country}', country.name.fr).replace('{names}', names),
    en: text.en.replaceAll('{country}', country.name.en).replace('{names}', names),
  };
}

function doorsOfSlot(
  slot: AbroadSlot,
  country: Exclude<Country, { code: 'FR' }>,
  categoryId: CategoryId,
  platformId: string | null,
): ChannelId[] {
  const code = country.code as Exclude<Country['code'], 'FR'>;
  switch (slot) {
    case 'emergency-112':
      return [slotId(code, 'emergency-112')];
    case 'emergency-national':
      return country.emergency.national.map((n) => nationalNumberId(code, n.phone));
    case 'child-helpline':
      return [slotId(code, 'child-helpline')];
    case 'victim-support':
      return 'id' in country.victimSupport ? [slotId(code, 'victim-support')] : [];
    case 'hotline':
      return [slotId(code, 'hotline')];
    case 'trusted-flaggers':
      return trustedFlaggersFor(country, categoryId).flatMap((f) => (f.channelId ? [f.channelId] : []));
    case 'police':
      // A portal not verified at its source comes with the police station, which always takes a report.
      if (!country.policePortal) return [slotId(code, 'police')];
      return country.policePortal.verified
        ? [slotId(code, 'police-portal')]
        : [slotId(code, 'police-portal'), slotId(code, 'police')];
    case 'platform': {
      const notice = platformId === null ? undefined : noticeChannelFor(platformId);
      return notice ? [notice.id] : [];
    }
  }
}

const applies = (row: AbroadRow, categoryId: CategoryId) =>
  (row.only === undefined || row.only.includes(categoryId)) && !(row.except ?? []).includes(categoryId);

/** The steps and notes of a case for a reporter in `country` (not France). */
export function routeAbroad(
  input: { categoryId: CategoryId; platformId: string | null },
  facts: Facts,
  country: Country,
): { steps: AbroadStep[]; notes: Localized[] } {
  if (country.code === 'FR') throw new Error('France has its own rules');
  const candidates: AbroadStep[] = [];
  const add = (channelId: ChannelId, kind: StepKind, why: Localized) => {
    const channel = channelById[channelId];
    if (!channel) throw new Error(`${channelId}: door not registered (load the country first)`);
    candidates.push({
      channelId,
      kind,
      reason: named(why, country),
      needs: facts.linkOnly && kind !== 'emergency' ? URL_ONLY_NEEDS : channel.asks,
    });
  };
  for (const row of abroadRows) {
    if (!applies(row, input.categoryId) || !holds(row, facts)) continue;
    for (const id of doorsOfSlot(row.slot, country, input.categoryId, input.platformId)) add(id, row.as, row.why);
  }
  const seen = new Set<ChannelId>();
  let steps = candidates
    .map((step, index) => ({ step, index }))
    .sort((a, b) => RANK[a.step.kind] - RANK[b.step.kind] || a.index - b.index)
    .map(({ step }) => step)
    .filter((s) => (seen.has(s.channelId) ? false : (seen.add(s.channelId), true)));

  const notes: Localized[] = [];
  if (facts.linkOnly) notes.push(abroadNotes.noCapture);

  // An unverified door is never the only primary door.
  const primaries = steps.filter((s) => s.kind === 'primary');
  if (primaries.length > 0 && primaries.every((s) => channelById[s.channelId].confidence === 'to-check')) {
    steps = [
      ...steps.filter((s) => s.kind !== 'primary' && s.kind !== 'also'),
      ...steps.filter((s) => s.kind === 'also' || s.kind === 'primary').map((s) => ({ ...s, kind: 'also' as const })),
    ];
    notes.push(abroadNotes.unverifiedDoor);
  }

  if (steps.length === 0) {
    const police = slotId(country.code, country.policePortal ? 'police-portal' : 'police');
    add(police, 'also', lastResort);
    steps = [candidates.at(-1)!];
  }

  // The trusted flaggers: those with a door are steps; the others are named; none is said.
  const flaggers = trustedFlaggersFor(country, input.categoryId);
  if (flaggers.length === 0) notes.push(named(abroadNotes.noTrustedFlagger, country));
  const withoutDoor = flaggers.filter((f) => f.channelId === null).map((f) => f.name);
  if (withoutDoor.length > 0) notes.push(named(abroadNotes.flaggersWithoutDoor, country, withoutDoor.join(', ')));
  if (!country.trustedFlaggers.verified) notes.push(named(abroadNotes.flaggersUnverified, country));
  return { steps, notes };
}
