import { describe, expect, it } from 'vitest';
import { parseRequest } from '@/utils/messaging/requests';

describe('capture/cancel request', () => {
  it('carries a draft id and nothing else counts', () => {
    const draftId = crypto.randomUUID();
    expect(parseRequest({ type: 'capture/cancel', draftId, extra: 1 })).toEqual({
      type: 'capture/cancel',
      payload: { draftId },
    });
    expect(parseRequest({ type: 'capture/cancel', draftId: 'not-a-uuid' })).toBeUndefined();
    expect(parseRequest({ type: 'capture/cancel' })).toBeUndefined();
  });
});
