import type { Draft } from '@/utils/report/draft';

/**
 * What the follow-up and tag editors read and write, given by their page (the pages pass the
 * drafts repository): components only render, the database stays with the entry points.
 */
export interface DraftStore {
  get(id: string): Promise<Draft | undefined>;
  update(id: string, change: (draft: Draft) => Draft): Promise<unknown>;
}

/** The callbacks a report's follow-up needs from its page. */
export interface FollowUpDeps {
  drafts: DraftStore;
  /** Opens an address in a new active tab (the "still online?" check). */
  openTab: (url: string) => Promise<unknown>;
}
