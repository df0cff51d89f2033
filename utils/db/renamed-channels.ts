/**
 * Stored drafts whose hand-offs name a renamed door (`utils/report/renamed-channels.ts`) are
 * rewritten once, by the worker after an update, like the link-only rule on older records: the
 * composer then reads current ids without carrying the table in its first render.
 */
import { namesRenamedChannel, renameStoredChannelIds } from '@/utils/report/renamed-channels';
import { draftsRepository, type DraftsRepository } from './drafts-repo';

/** Renames the stored channel ids of every draft that has some; returns how many drafts changed. */
export async function renameStoredChannels(repository: DraftsRepository = draftsRepository): Promise<number> {
  const { drafts } = await repository.list();
  let changed = 0;
  for (const d of drafts) {
    if (!namesRenamedChannel(d)) continue;
    await repository.update(d.id, renameStoredChannelIds);
    changed++;
  }
  return changed;
}
