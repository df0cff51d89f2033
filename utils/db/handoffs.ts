/** Records the user's hand-off actions on a draft, from any extension page (composer, side panel). */
import type { HandoffAction } from '@/utils/report/draft';
import { recordHandoff } from '@/utils/report/handoffs';
import { draftsRepository } from './drafts-repo';

export async function recordHandoffAction(
  draftId: string,
  channelId: string,
  action: HandoffAction,
  verdict?: { ready: boolean; missing: readonly string[] },
): Promise<void> {
  const now = new Date().toISOString();
  await draftsRepository.update(draftId, (d) => recordHandoff(d, channelId, action, now, verdict));
}
