/**
 * The follow-up questions of the composer, derived from the routing engine: a question is asked
 * only when its answer changes where the report goes (or whether the evidence must be link-only),
 * given the other answers. A new rule in `rules.data.ts` makes its question appear by itself.
 */
import { reporterRoles } from '@/utils/report/qualification';
import type { PlatformData } from '@/utils/report/platform-data';
import type { ChannelId } from './registry';
import { route, type RouteInput } from './route';
import { UNANSWERED, type RouteAnswers } from './route-of';

/** In the order they are asked: who is reporting comes first. */
export const questionKeys = [
  'role',
  'minor',
  'minorSexualImage',
  'privateExchange',
  'publicContent',
  'moneyDemanded',
  'metInPerson',
] as const satisfies readonly (keyof RouteAnswers)[];
export type QuestionKey = (typeof questionKeys)[number];

/** The values a question can take, to see whether they lead to different routes. */
const CHOICES: { [K in QuestionKey]: readonly RouteAnswers[K][] } = {
  role: reporterRoles,
  minor: [false, true],
  minorSexualImage: [false, true],
  privateExchange: [false, true],
  publicContent: [false, true],
  moneyDemanded: [false, true],
  metInPerson: [false, true],
};

/** The same input with the question `key` unanswered (the common case). */
const unanswered = (input: RouteInput, key: QuestionKey): RouteInput => ({ ...input, [key]: UNANSWERED[key] });

function signature(input: RouteInput): string {
  const r = route(input);
  return JSON.stringify([
    r.steps.map((s) => [s.channelId, s.kind]),
    r.outOfScope?.redirectChannelIds ?? null,
    r.urlOnly,
    r.complaintAdvised,
    r.omitReporterIdentity,
  ]);
}

/** The questions whose answer changes the route of this input (`routeInputOf` the draft). */
export function questionsThatMatter(input: RouteInput): QuestionKey[] {
  return questionKeys.filter((key) => {
    const outcomes = new Set(CHOICES[key].map((value) => signature({ ...input, [key]: value })));
    return outcomes.size > 1;
  });
}

/**
 * The channels that the user's answer to `key` took off the route of this input (`routeInputOf`
 * the draft): those proposed while the question was unanswered (its common-case default) and not
 * with this answer. Said at the answer, so that no channel disappears silently (answering "not
 * public" on a public post removes PHAROS). `[]` while unanswered, and for the default answer
 * itself (the input then holds the default: both routes are the same).
 */
export function channelsRemovedByAnswer(input: RouteInput, key: QuestionKey): ChannelId[] {
  const now = new Set(route(input).steps.map((s) => s.channelId));
  return [...new Set(route(unanswered(input, key)).steps.map((s) => s.channelId))].filter((id) => !now.has(id));
}

/** Kinds of content that a platform serves at a public address (a private message or group is not). */
const PUBLIC_KINDS = new Set<PlatformData['contentType']>([
  'video',
  'short-video',
  'post',
  'comment',
  'profile',
  'channel',
  'live-stream',
  'listing',
  'product',
]);

/**
 * Does the capture itself show the content public? Yes for a platform's post, video, profile,
 * listing… captured at its own address: the composer says so as a fact the user can correct,
 * instead of asking. Never for messages, groups or pages Vigie does not know.
 */
export function publicFromCapture(platform: Pick<PlatformData, 'contentType'> | null): boolean {
  return platform?.contentType !== undefined && PUBLIC_KINDS.has(platform.contentType);
}

/**
 * A question whose other answers only add doors to the route (a minor also targeted adds 3018; the
 * person targeted adds the complaint) is an optional refinement: the route shown without it is
 * already right, so it is offered beside the route, not asked before it. A question that can take
 * a door away, or make the evidence link-only, or put the case out of scope, is asked. Judged with
 * the question itself unanswered, so answering it does not move it.
 */
export function isRefinement(input: RouteInput, key: QuestionKey): boolean {
  const base = unanswered(input, key);
  const before = route(base);
  const ids = before.steps.map((s) => s.channelId);
  return CHOICES[key].every((value) => {
    const after = route({ ...base, [key]: value });
    const now = new Set(after.steps.map((s) => s.channelId));
    return (
      ids.every((id) => now.has(id)) &&
      after.urlOnly === before.urlOnly &&
      (after.outOfScope === undefined) === (before.outOfScope === undefined)
    );
  });
}
