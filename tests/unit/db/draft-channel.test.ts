import { describe, expect, it } from 'vitest';
import { DRAFT_CHANNEL, PAGE_ID, onDraftPurged, reactionTo } from '@/utils/db/draft-channel';

const draftId = crypto.randomUUID();
const otherPage = crypto.randomUUID();
const valid = { type: 'draft/purged', draftId, purged: 3, from: otherPage };

describe('draft channel messages', () => {
  it('re-reads the draft it shows, and says when another page purged it', () => {
    expect(reactionTo(valid, draftId)).toEqual({ reload: true, purged: 3, elsewhere: true });
    expect(reactionTo({ ...valid, from: PAGE_ID }, draftId)).toEqual({ reload: true, purged: 3, elsewhere: false });
  });

  it('ignores other drafts and anything malformed', () => {
    expect(reactionTo(valid, crypto.randomUUID())).toBeNull();
    for (const bad of [
      null,
      'draft/purged',
      { ...valid, type: 'draft/changed' },
      { ...valid, draftId: 'not-a-uuid' },
      { ...valid, purged: -1 },
      { ...valid, purged: 1.5 },
      { ...valid, from: undefined },
      { type: 'draft/purged', draftId },
    ])
      expect(reactionTo(bad, draftId)).toBeNull();
  });

  it('delivers valid messages posted by another page on the channel, drops the rest', async () => {
    const seen: unknown[] = [];
    const stop = onDraftPurged(draftId, (r) => seen.push(r));
    const otherTab = new BroadcastChannel(DRAFT_CHANNEL);
    try {
      otherTab.postMessage({ ...valid, purged: 'all' });
      otherTab.postMessage({ ...valid, draftId: crypto.randomUUID() });
      otherTab.postMessage(valid);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([{ reload: true, purged: 3, elsewhere: true }]);
    } finally {
      otherTab.close();
      stop();
    }
  });
});
