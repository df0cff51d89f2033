/**
 * The route of a report, in one place. Every page, pack, export and PDF that needs where a draft
 * goes calls `routeOfDraft`; the input the routing engine reads is derived from the draft here
 * alone (`routeInputOf`), so a new input of routing (the reporter's country, say) is added once.
 * A meta test (`tests/meta/route-of.test.ts`) fails when another module builds a route input or
 * runs the routing engine itself.
 *
 * It sits beside the engine (`channels`) rather than in `utils/report/`: the report layer sits
 * below qualify and channels, and the route reads both (the taxonomy, the routing rules).
 */
import { isCategoryId } from '@/utils/qualify/taxonomy';
import type { Draft } from '@/utils/report/draft';
import { routeInput } from './questions';
import { route, type RouteInput, type RouteResult } from './route';

/** What routing reads of a draft. */
export type Routable = Pick<Draft, 'qualification' | 'platform'>;

/** The routing engine's input for this draft, or `null` before a known category is chosen. */
export function routeInputOf(draft: Routable): RouteInput | null {
  const q = draft.qualification;
  if (q.categoryId === null || !isCategoryId(q.categoryId)) return null;
  return routeInput(q, q.categoryId, draft.platform?.platformId ?? null);
}

/** The route of the draft, or `null` before a known category is chosen. */
export function routeOfDraft(draft: Routable): RouteResult | null {
  const input = routeInputOf(draft);
  return input === null ? null : route(input);
}
