import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CaptureError,
  errorText,
  isBrowserPermissionError,
  toCaptureError,
  toProblem,
  withTimeout,
} from '@/utils/capture/errors';
import { captureErrorCodes, captureProblems, isCaptureProblem } from '@/utils/report/capture-errors';
import { draftSchema } from '@/utils/report/draft';
import { errorCodes, failureSchema } from '@/utils/messaging/protocol';

// Browsers' own wording (Chrome 13x, Firefox ESR 128/140).
const CHROME_ACTIVE_TAB = "Either the '<all_urls>' or 'activeTab' permission is required.";
const CHROME_HOST =
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
const FIREFOX_HOST = 'Missing host permission for the tab';

describe('CaptureError', () => {
  it('carries its code and a bounded detail; the message names both', () => {
    const e = new CaptureError('facts-timeout', 'x'.repeat(2000));
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('CaptureError');
    expect(e.code).toBe('facts-timeout');
    expect(e.detail).toHaveLength(500);
    expect(e.message.startsWith('facts-timeout: xxx')).toBe(true);
    expect(new CaptureError('user-scrolled')).toMatchObject({ message: 'user-scrolled', detail: undefined });
  });

  it('one vocabulary: stored problems and response codes are the capture codes', () => {
    expect(new Set(captureErrorCodes).size).toBe(captureErrorCodes.length);
    for (const code of captureProblems) expect(captureErrorCodes).toContain(code);
    // Responses carry the capture codes, plus the hand-off's unknown channel.
    expect(errorCodes).toEqual([...captureErrorCodes, 'no-channel']);
    // The draft schema stores exactly the problem codes: a request refusal is not storable.
    expect(draftSchema.shape.problems.element.shape.code.options).toEqual([...captureProblems]);
    expect(isCaptureProblem('interrupted')).toBe(true);
    expect(isCaptureProblem('user-scrolled')).toBe(false);
  });
});

describe('toCaptureError', () => {
  it('keeps a CaptureError as it is', () => {
    const e = new CaptureError('page-changed');
    expect(toCaptureError(e, 'capture-failed')).toBe(e);
  });

  it.each([CHROME_ACTIVE_TAB, CHROME_HOST, FIREFOX_HOST])(
    'a browser permission refusal is permission-missing: %s',
    (m) => {
      const e = toCaptureError(new Error(m), 'screenshot-failed');
      expect(e.code).toBe('permission-missing');
      expect(e.detail).toBe(m);
      expect(isBrowserPermissionError(new Error(m))).toBe(true);
    },
  );

  it('anything else takes the fallback code, with its message (or value) as detail and as cause', () => {
    const original = new Error('Tabs cannot be edited right now');
    const e = toCaptureError(original, 'capture-failed');
    expect(e).toMatchObject({ code: 'capture-failed', detail: 'Tabs cannot be edited right now' });
    expect(e.cause).toBe(original);
    expect(toCaptureError('a string', 'facts-failed')).toMatchObject({ code: 'facts-failed', detail: 'a string' });
  });

  it('never reads our own messages as a browser refusal', () => {
    expect(isBrowserPermissionError(new CaptureError('capture-failed', 'no permission to guess'))).toBe(false);
    expect(toCaptureError(new CaptureError('capture-failed', 'permission'), 'screenshot-failed').code).toBe(
      'capture-failed',
    );
  });
});

describe('toProblem', () => {
  it('a storable code is kept; the step fallback otherwise', () => {
    expect(toProblem(new CaptureError('facts-timeout', 'page facts: timeout after 5000 ms'), 'facts-failed')).toEqual({
      code: 'facts-timeout',
      detail: 'page facts: timeout after 5000 ms',
    });
    expect(toProblem(new Error(FIREFOX_HOST), 'screenshot-failed')).toEqual({
      code: 'permission-missing',
      detail: FIREFOX_HOST,
    });
    expect(toProblem(new Error('boom'), 'screenshot-failed')).toEqual({ code: 'screenshot-failed', detail: 'boom' });
    // A refusal code cannot be stored: the step's problem, the code kept in the detail.
    expect(toProblem(new CaptureError('user-scrolled', 'navigated'), 'archive-failed')).toEqual({
      code: 'archive-failed',
      detail: 'user-scrolled: navigated',
    });
    expect(toProblem(new CaptureError('facts-failed'), 'screenshot-failed')).toEqual({ code: 'facts-failed' });
  });

  it('the problem parses in a draft', () => {
    const problem = toProblem(new CaptureError('no-tab'), 'screenshot-failed');
    const schema = draftSchema.shape.problems.element;
    expect(schema.safeParse(problem).success).toBe(true);
  });
});

describe('errorText', () => {
  it('a CaptureError gives its detail, else its code; other errors their message, bounded', () => {
    expect(errorText(new CaptureError('archive-failed', 'no DOM returned'))).toBe('no DOM returned');
    expect(errorText(new CaptureError('user-scrolled'))).toBe('user-scrolled');
    expect(errorText(new Error('y'.repeat(900)))).toHaveLength(500);
    expect(errorText(42)).toBe('42');
  });
});

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('rejects with a CaptureError of the given code when the promise is too slow', async () => {
    vi.useFakeTimers();
    const slow = withTimeout(new Promise(() => undefined), 5000, 'facts-timeout', 'page facts');
    const caught = slow.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    const e = await caught;
    expect(e).toBeInstanceOf(CaptureError);
    expect(e).toMatchObject({ code: 'facts-timeout', detail: 'page facts: timeout after 5000 ms' });
  });

  it('passes a result or an error through untouched', async () => {
    await expect(withTimeout(Promise.resolve(3), 10, 'archive-failed', 'x')).resolves.toBe(3);
    const own = new Error('own');
    await expect(withTimeout(Promise.reject(own), 10, 'archive-failed', 'x')).rejects.toBe(own);
  });
});

describe('the wire', () => {
  it('every capture code is a valid error response', () => {
    for (const error of captureErrorCodes) expect(failureSchema.safeParse({ ok: false, error }).success).toBe(true);
    expect(failureSchema.safeParse({ ok: false, error: 'made-up' }).success).toBe(false);
  });
});
