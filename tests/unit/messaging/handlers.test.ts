import { describe, expect, it } from 'vitest';
import { CaptureError } from '@/utils/capture/errors';
import { errorResponse } from '@/utils/background/replies';
import { failureSchema } from '@/utils/messaging/protocol';

describe('errorResponse', () => {
  it('a CaptureError keeps its code and detail', () => {
    expect(errorResponse(new CaptureError('user-scrolled'))).toEqual({ ok: false, error: 'user-scrolled' });
    expect(errorResponse(new CaptureError('no-draft', 'gone'))).toEqual({
      ok: false,
      error: 'no-draft',
      detail: 'gone',
    });
  });

  it('a browser permission refusal is permission-missing; anything else capture-failed', () => {
    expect(errorResponse(new Error('Missing host permission for the tab'))).toMatchObject({
      error: 'permission-missing',
    });
    expect(errorResponse(new TypeError('x is undefined'))).toEqual({
      ok: false,
      error: 'capture-failed',
      detail: 'x is undefined',
    });
  });

  it('always gives a response the pages can parse', () => {
    for (const thrown of [new CaptureError('page-changed', 'z'.repeat(600)), new Error('e'.repeat(600)), null]) {
      expect(failureSchema.safeParse(errorResponse(thrown)).success).toBe(true);
    }
  });
});
