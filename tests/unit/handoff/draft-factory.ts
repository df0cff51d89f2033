/**
 * Drafts and pack inputs for the hand-off tests: a representative harassment report on X, with
 * page claims, platform data and the user's words; every part can be overridden.
 */
import { route, type RouteInput } from '@/utils/channels/route';
import type { ChannelId } from '@/utils/channels/registry';
import { pageFactsSchema } from '@/utils/report/page-facts';
import type { CategoryId } from '@/utils/qualify/taxonomy';
import {
  DRAFT_SCHEMA_VERSION,
  draftSchema,
  emptyQualification,
  type Draft,
  type DraftInput,
} from '@/utils/report/draft';
import type { PackInput } from '@/utils/handoff/pack';
import type { ReporterIdentity } from '@/utils/handoff/types';
import type { Lang } from '@/utils/localized';

export const CAPTURED_AT = '2026-11-28T09:23:00.000Z';
export const IDENTITY: ReporterIdentity = { name: 'Camille Testeur', email: 'camille.testeur@example.net' };
export const EVIDENCE = [
  { name: 'capture-ecran.png', sha256: 'a'.repeat(64) },
  { name: 'page.mhtml', sha256: 'b'.repeat(64) },
];

export function pageFacts(over: { meta?: { key: string; value: string }[]; jsonLd?: string[] } = {}) {
  return pageFactsSchema.parse({
    url: 'https://x.com/someone/status/123',
    title: 'A post',
    lang: 'fr',
    canonical: null,
    meta: over.meta ?? [],
    links: [],
    jsonLd: over.jsonLd ?? [],
    anchors: [],
    target: null,
    selection: '',
    viewport: {},
    time: {},
    truncated: false,
  });
}

type DraftOver = Omit<Partial<DraftInput>, 'qualification' | 'narrative'> & {
  qualification?: Partial<DraftInput['qualification']>;
  narrative?: Partial<NonNullable<DraftInput['narrative']>>;
};

export function makeDraft(over: DraftOver = {}): Draft {
  const { qualification, narrative, ...rest } = over;
  return draftSchema.parse({
    schemaVersion: DRAFT_SCHEMA_VERSION,
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: CAPTURED_AT,
    updatedAt: CAPTURED_AT,
    status: 'ready',
    mode: 'full',
    csam: false,
    trigger: 'context-menu',
    target: {
      context: 'link',
      url: 'https://x.com/someone/status/123',
      pageUrl: 'https://x.com/home',
      normalizedUrl: 'https://x.com/someone/status/123',
    },
    observed: {
      tabUrl: 'https://x.com/home',
      capturedAt: CAPTURED_AT,
      localTime: '2026-11-28T10:23:00+01:00',
      timeZone: 'Europe/Paris',
      browser: 'Chromium 156',
      extensionVersion: '0.1.0',
      userAgent: 'test',
    },
    source: { tabId: 1, windowId: 1 },
    page: pageFacts(),
    platform: {
      platformId: 'x',
      platformName: 'X',
      permalink: 'https://x.com/someone/status/123',
      authorHandle: '@someone',
      authorName: 'Some One',
      authorUrl: 'https://x.com/someone',
    },
    problems: [],
    ...rest,
    qualification: {
      ...emptyQualification(),
      danger: false,
      categoryId: 'cyber-harassment',
      role: 'witness',
      minor: false,
      privateExchange: false,
      publicContent: true,
      ...qualification,
    },
    narrative: {
      description: 'Ce compte publie chaque jour des messages humiliants visant une collégienne.',
      publishedAt: null,
      publishedAtSource: null,
      ...narrative,
    },
  });
}

/** A link-only draft, as the repository stores one: no page claims, URL-only mode. */
export function linkOnlyDraft(categoryId: CategoryId, over: DraftOver = {}): Draft {
  return makeDraft({
    mode: 'url-only',
    csam: categoryId === 'child-sexual-abuse-material',
    page: null,
    ...over,
    qualification: { categoryId, ...over.qualification },
  });
}

export function routeOf(draft: Draft, over: Partial<RouteInput> = {}) {
  const q = draft.qualification;
  return route({
    categoryId: q.categoryId as CategoryId,
    platformId: draft.platform?.platformId ?? null,
    role: q.role ?? 'witness',
    minor: q.minor ?? false,
    minorSexualImage: q.minorSexualImage ?? false,
    danger: q.danger ?? false,
    privateExchange: q.privateExchange ?? false,
    publicContent: q.publicContent ?? true,
    moneyDemanded: q.moneyDemanded ?? false,
    metInPerson: q.metInPerson ?? false,
    ...over,
  });
}

export function packInput(
  draft: Draft,
  channelId: ChannelId,
  over: { lang?: Lang; identity?: ReporterIdentity | null; evidence?: PackInput['evidence'] } = {},
): PackInput {
  return {
    draft,
    route: routeOf(draft),
    channelId,
    lang: over.lang ?? 'fr',
    identity: over.identity === undefined ? IDENTITY : over.identity,
    evidence: over.evidence ?? EVIDENCE,
  };
}
