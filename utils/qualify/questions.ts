import { route, type RouteInput } from '@/utils/channels/route';
import type { CategoryId } from './taxonomy';
import type { Qualification } from '@/utils/report/draft';

/** The yes/no questions the composer may ask after the category. */
export const questionKeys = ['minor', 'victim', 'privateExchange', 'publicContent'] as const;
export type QuestionKey = (typeof questionKeys)[number];

/** Defaults when a question is not asked or not answered: the common case. */
const DEFAULTS: Record<QuestionKey, boolean> = {
  minor: false,
  victim: false,
  privateExchange: false,
  publicContent: true,
};

export function routeInput(q: Qualification, categoryId: CategoryId, platformId: string | null): RouteInput {
  return {
    categoryId,
    platformId,
    danger: q.danger === true,
    minor: q.minor ?? DEFAULTS.minor,
    victim: q.victim ?? DEFAULTS.victim,
    privateExchange: q.privateExchange ?? DEFAULTS.privateExchange,
    publicContent: q.publicContent ?? DEFAULTS.publicContent,
    country: 'FR',
  };
}

/**
 * The questions worth asking for this category: those whose answer changes where the report
 * goes (or whether the evidence must be link-only), given the other answers. Computed from the
 * routing engine itself, so a new rule there makes its question appear here.
 */
export function questionsThatMatter(
  q: Qualification,
  categoryId: CategoryId,
  platformId: string | null,
): QuestionKey[] {
  const base = routeInput(q, categoryId, platformId);
  const signature = (input: RouteInput) => {
    const r = route(input);
    return JSON.stringify([
      r.steps.map((s) => s.channelId),
      r.outOfScope?.redirectChannelIds ?? null,
      r.urlOnly,
      r.complaintAdvised,
    ]);
  };
  return questionKeys.filter((key) => signature({ ...base, [key]: true }) !== signature({ ...base, [key]: false }));
}
