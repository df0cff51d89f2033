/** Shared by the repository tests: throwaway databases, valid drafts, artefacts and page facts. */
import { afterEach } from 'vitest';
import { DraftsRepository } from '@/utils/db/drafts-repo';
import {
  ARTEFACT_SCHEMA_VERSION,
  emptyQualification,
  type Artefact,
  type Draft,
  type DraftInput,
} from '@/utils/report/draft';
import { parsePageFacts, type PageFacts } from '@/utils/report/page-facts';
import { sha256Hex } from '@/utils/capture/hash';

let n = 0;
export const dbName = () => `vigie-test-${++n}`;
const repos: DraftsRepository[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.close()));
});

/** A draft's stored artefacts, oldest first ([] for a draft with none or no draft). */
export async function storedArtefacts(r: DraftsRepository, draftId: string) {
  return (await r.withArtefacts(draftId))?.artefacts ?? [];
}

/** A repository on a fresh database, closed after the test. */
export function repo(name = dbName()) {
  const r = new DraftsRepository(name);
  repos.push(r);
  return r;
}

export function draftInput(over: Partial<DraftInput> = {}): Omit<DraftInput, 'schemaVersion'> {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    status: 'capturing',
    mode: 'full',
    csam: false,
    trigger: 'context-menu',
    target: {
      context: 'page',
      url: 'https://example.org/p',
      pageUrl: 'https://example.org/p',
      normalizedUrl: 'https://example.org/p',
    },
    observed: {
      tabUrl: 'https://example.org/p',
      capturedAt: now,
      localTime: '2026-11-22T22:00:00+01:00',
      timeZone: 'Europe/Paris',
      browser: 'Chromium 156',
      extensionVersion: '0.1.0',
      userAgent: 'test',
    },
    source: { tabId: 1, windowId: 1 },
    page: null,
    platform: null,
    problems: [],
    qualification: emptyQualification(),
    ...over,
  };
}

export async function artefact(draftId: string, kind: Artefact['kind'], text = 'bytes'): Promise<Artefact> {
  const blob = new Blob([text], { type: kind === 'facts' ? 'application/json' : 'image/png' });
  return {
    schemaVersion: ARTEFACT_SCHEMA_VERSION,
    id: crypto.randomUUID(),
    draftId,
    kind,
    mime: blob.type,
    size: blob.size,
    sha256: await sha256Hex(blob),
    createdAt: new Date().toISOString(),
    blob,
  };
}

/** Page claims as the collector returns them, with words that must never outlive a purge. */
export function pageFacts(over: Record<string, unknown> = {}): PageFacts {
  const facts = parsePageFacts({
    url: 'https://example.org/p',
    title: 'Titre de la page',
    lang: 'fr',
    canonical: null,
    meta: [{ key: 'og:title', value: 'Titre og' }],
    links: [],
    jsonLd: [],
    anchors: [],
    target: null,
    selection: 'texte sélectionné',
    viewport: {
      width: 1280,
      height: 720,
      devicePixelRatio: 1,
      scrollX: 0,
      scrollY: 0,
      scrollWidth: 1280,
      scrollHeight: 720,
    },
    time: { iso: '2026-11-28T10:00:00+01:00', timeZone: 'Europe/Paris', offsetMinutes: 60 },
    truncated: false,
    ...over,
  });
  if (!facts) throw new Error('invalid test page facts');
  return facts;
}

export type { Draft };
