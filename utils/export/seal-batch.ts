/**
 * « Sceller la sélection » on the batch page: every chosen report sealed in one user action — one
 * RFC 3161 request per report (the SHA-256 of its own signed manifest, nothing else), one after the
 * other. Each seal is kept with its report as soon as it is received (a later download of the
 * unchanged report carries its `manifest.tsr`, `seal-reuse.ts`); a report that fails is named with
 * its reason and left as it was; nothing already sealed is undone. After two network failures in
 * a row (no network, authority down or too slow) the rest is not tried and said so: try again
 * later. Loaded on the click only (it pulls PKI.js through `seal-package.ts`).
 */
import type { Artefact, Draft } from '@/utils/report/draft';
import type { Seal } from '@/utils/report/seal';
import type { Copies } from './manifest';
import { buildSealedPackage } from './seal-package';
import type { InstallationKey } from './signing';
import type { SealProblem, SendOptions } from './timestamp';
import type { TimestampAuthority } from './timestamp-authorities';

export type BatchSealOutcome =
  | { draftId: string; status: 'sealed'; seal: Seal }
  | { draftId: string; status: 'failed'; problem: SealProblem | 'missing' | 'other'; detail: string }
  /** Not tried: the authority could not be reached for the reports before it. */
  | { draftId: string; status: 'skipped' };

export interface BatchSealStore {
  withArtefacts(draftId: string): Promise<{ draft: Draft; artefacts: Artefact[] } | undefined>;
  update(id: string, change: (draft: Draft) => Draft): Promise<Draft>;
}

export interface BatchSealOptions {
  authority: Pick<TimestampAuthority, 'id' | 'name' | 'url'>;
  key: InstallationKey;
  lang: 'fr' | 'en';
  /** The package's copies the seal is made for (the composer's default download: `original`). */
  copies: Copies;
  vigieVersion: string;
  store: BatchSealStore;
  send?: SendOptions;
  /** After each report: how many are done (sealed, failed or skipped) of how many. */
  onProgress?: (done: number, total: number, last: BatchSealOutcome) => void;
  signal?: AbortSignal;
}

/** Network failures: the next report would most likely meet the same. */
const UNREACHABLE: ReadonlySet<string> = new Set<SealProblem>(['offline', 'timeout', 'http']);
const STOP_AFTER = 2;

export async function sealBatch(draftIds: readonly string[], options: BatchSealOptions): Promise<BatchSealOutcome[]> {
  const outcomes: BatchSealOutcome[] = [];
  let unreachable = 0;
  const record = (outcome: BatchSealOutcome) => {
    outcomes.push(outcome);
    options.onProgress?.(outcomes.length, draftIds.length, outcome);
  };
  for (const draftId of draftIds) {
    if (unreachable >= STOP_AFTER || options.signal?.aborted) {
      record({ draftId, status: 'skipped' });
      continue;
    }
    record(await sealOne(draftId, options));
    const last = outcomes[outcomes.length - 1]!;
    unreachable = last.status === 'failed' && UNREACHABLE.has(last.problem) ? unreachable + 1 : 0;
  }
  return outcomes;
}

async function sealOne(draftId: string, options: BatchSealOptions): Promise<BatchSealOutcome> {
  try {
    const stored = await options.store.withArtefacts(draftId);
    if (!stored) return { draftId, status: 'failed', problem: 'missing', detail: '' };
    const result = await buildSealedPackage(
      stored.draft,
      stored.artefacts,
      {
        lang: options.lang,
        copies: options.copies,
        key: options.key,
        vigieVersion: options.vigieVersion,
        ...(options.signal ? { signal: options.signal } : {}),
      },
      options.authority,
      options.send ?? {},
    );
    if (!result.ok) return { draftId, status: 'failed', problem: result.problem, detail: result.detail };
    await options.store.update(draftId, (d) => ({ ...d, seal: result.seal }));
    return { draftId, status: 'sealed', seal: result.seal };
  } catch (error) {
    return {
      draftId,
      status: 'failed',
      problem: 'other',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
