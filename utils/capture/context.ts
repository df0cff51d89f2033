import type { Artefact, ArtefactMeta, Draft, DraftInput } from '@/utils/report/draft';

/**
 * What the capture path needs from the rest of the extension, declared here so that capture
 * depends on neither storage (utils/db) nor messaging (utils/messaging): the background passes
 * the drafts repository and the event broadcasters in.
 */
export interface CaptureStore {
  create(input: Omit<DraftInput, 'schemaVersion'>): Promise<Draft>;
  get(id: string): Promise<Draft | undefined>;
  update(id: string, change: (draft: Draft) => Draft): Promise<Draft>;
  /** Must refuse an image or archive for a URL-only draft with `UrlOnlyRefusal` (utils/report/draft). */
  addArtefact(artefact: Artefact): Promise<ArtefactMeta>;
  /** Stores the artefacts and updates their draft in one transaction. */
  commitCapture(draftId: string, artefacts: Artefact[], change: (draft: Draft) => Draft): Promise<Draft>;
}

/** What the capture tells open extension pages. Never fails (nobody listening is fine). */
export interface CaptureEvents {
  draftChanged(draftId: string): Promise<void>;
  progress(draftId: string, done: number, total: number): unknown;
}

/** The volunteer's batch (watch-network mode): reports added to it open no composer. */
export interface CaptureBatch {
  add(draftId: string): Promise<void>;
}

export interface CaptureContext {
  store: CaptureStore;
  events: CaptureEvents;
  batch?: CaptureBatch;
  /**
   * The whole capture's deadline: `CAPTURE_DEADLINE_MS` after the draft is written, or (tests) a
   * number of milliseconds, or a promise that passes it when it settles.
   */
  captureDeadline?: number | Promise<unknown>;
}
