import { describe, expect, it } from 'vitest';
import { requestSchema } from '@/utils/messaging/protocol';

describe('capture/cancel request', () => {
  it('carries a draft id and nothing else counts', () => {
    const draftId = crypto.randomUUID();
    expect(requestSchema.safeParse({ type: 'capture/cancel', draftId }).data).toEqual({
      type: 'capture/cancel',
      draftId,
    });
    expect(requestSchema.safeParse({ type: 'capture/cancel', draftId: 'not-a-uuid' }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'capture/cancel' }).success).toBe(false);
  });
});
