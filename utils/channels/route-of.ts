/**
 * The route of a report, in one place. Every page, pack, export and PDF that needs where a draft
 * goes calls `routeOfDraft`; the input the routing engine reads is derived from the draft here
 * alone (`routeInputOf`: its category, its platform, its answers with the common case for those not
 * given), so a new input of routing (the reporter's country, say) is added once. The composer's
 * questions (`questions.ts`) take that same input. A meta test (`tests/meta/route-of.test.ts`)
 * fails when another module builds a route input or runs the routing engine itself.
 *
 * It sits beside the engine (`channels`) rather than in `utils/report/`: the report layer sits
 * below qualify and channels, and the route reads both (the taxonomy, the routing rules).
 */
import { isCategoryId } from '@/utils/qualify/taxonomy';
import type { Draft } from '@/utils/report/draft';
import { reportsFromAbroad } from '@/utils/report/qualification';
import { route, type RouteInput, type RouteResult } from './route';
import { memberStates, type MemberState } from './eu/country.schema';

/** What routing reads of a draft. */
export type Routable = Pick<Draft, 'qualification' | 'platform'>;

/** The answers to the composer's questions, as routing reads them. */
export type RouteAnswers = Omit<RouteInput, 'categoryId' | 'platformId' | 'danger' | 'country'>;

/** When a question is not asked or not answered: the common case. */
export const UNANSWERED: Readonly<RouteAnswers> = {
  role: 'witness',
  minor: false,
  // Unanswered: the capture is kept; a "yes" deletes it (the repository applies the CSAM rule).
  minorSexualImage: false,
  privateExchange: false,
  publicContent: true,
  // Blackmail schemes usually demand money from someone met online.
  moneyDemanded: true,
  metInPerson: false,
};

const isMemberState = (code: string): code is MemberState => (memberStates as readonly string[]).includes(code);

/** The routing engine's input for this draft, or `null` before a known category is chosen. */
export function routeInputOf(draft: Routable): RouteInput | null {
  const q = draft.qualification;
  if (q.categoryId === null || !isCategoryId(q.categoryId)) return null;
  const abroad = reportsFromAbroad(q) ? q.country : undefined;
  const answer = <K extends keyof RouteAnswers>(key: K): RouteAnswers[K] =>
    (q[key] ?? UNANSWERED[key]) as RouteAnswers[K];
  return {
    categoryId: q.categoryId,
    platformId: draft.platform?.platformId ?? null,
    danger: q.danger === true,
    role: answer('role'),
    minor: answer('minor'),
    minorSexualImage: answer('minorSexualImage'),
    privateExchange: answer('privateExchange'),
    publicContent: answer('publicContent'),
    moneyDemanded: answer('moneyDemanded'),
    metInPerson: answer('metInPerson'),
    // Absent for France (and drafts from before the country was asked): France's rules, unchanged.
    ...(abroad !== undefined && isMemberState(abroad) ? { country: abroad } : {}),
  };
}

/** The route of the draft, or `null` before a known category is chosen. */
export function routeOfDraft(draft: Routable): RouteResult | null {
  const input = routeInputOf(draft);
  return input === null ? null : route(input);
}
