import { describe, expect, it } from 'vitest';
import { captureThrottle, createThrottle, isCaptureQuotaError, isCaptureReadbackError } from '@/utils/capture/throttle';

/** A fake clock: `sleep` advances time instead of waiting. */
function fakeClock() {
  let time = 1000;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      time += ms;
    },
    advance: (ms: number) => (time += ms),
    sleeps,
  };
}

const quotaError = new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');

describe('capture throttle', () => {
  it('spaces the starts of consecutive calls by the minimum interval', async () => {
    const clock = fakeClock();
    const throttle = createThrottle({ minIntervalMs: 500, maxRetries: 0, isQuotaError: () => false, ...clock });
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => throttle.run(async () => starts.push(clock.now()))));
    expect(starts).toEqual([1000, 1500, 2000]);
  });

  it('does not wait when calls are already far apart', async () => {
    const clock = fakeClock();
    const throttle = createThrottle({ minIntervalMs: 500, maxRetries: 0, isQuotaError: () => false, ...clock });
    await throttle.run(async () => 1);
    clock.advance(2000);
    await throttle.run(async () => 2);
    expect(clock.sleeps).toEqual([]);
  });

  it('runs calls one at a time, in order', async () => {
    const throttle = createThrottle({ minIntervalMs: 0, maxRetries: 0, isQuotaError: () => false });
    const log: string[] = [];
    const slow = throttle.run(async () => {
      log.push('a-start');
      await new Promise((r) => setTimeout(r, 20));
      log.push('a-end');
    });
    const fast = throttle.run(async () => {
      log.push('b');
    });
    await Promise.all([slow, fast]);
    expect(log).toEqual(['a-start', 'a-end', 'b']);
  });

  it('retries on the quota error, then succeeds', async () => {
    const clock = fakeClock();
    const throttle = createThrottle({ minIntervalMs: 500, maxRetries: 3, isQuotaError: isCaptureQuotaError, ...clock });
    let calls = 0;
    const result = await throttle.run(async () => {
      calls++;
      if (calls < 3) throw quotaError;
      return 'png';
    });
    expect(result).toBe('png');
    expect(calls).toBe(3);
  });

  it('gives up after maxRetries quota errors and rethrows', async () => {
    const clock = fakeClock();
    const throttle = createThrottle({ minIntervalMs: 10, maxRetries: 2, isQuotaError: isCaptureQuotaError, ...clock });
    let calls = 0;
    await expect(
      throttle.run(async () => {
        calls++;
        throw quotaError;
      }),
    ).rejects.toThrow(/MAX_CAPTURE/);
    expect(calls).toBe(3);
  });

  it('does not retry other errors, and a failure does not block the queue', async () => {
    const throttle = createThrottle({ minIntervalMs: 0, maxRetries: 5, isQuotaError: isCaptureQuotaError });
    let calls = 0;
    await expect(
      throttle.run(async () => {
        calls++;
        throw new Error('Cannot access contents of the page');
      }),
    ).rejects.toThrow(/Cannot access/);
    expect(calls).toBe(1);
    await expect(throttle.run(async () => 'next')).resolves.toBe('next');
  });

  it('recognises the quota error and nothing else', () => {
    expect(isCaptureQuotaError(quotaError)).toBe(true);
    expect(isCaptureQuotaError(new Error('Either the <all_urls> or activeTab permission is required'))).toBe(false);
  });
});

describe('the capture queue takes a picture again after a transient readback failure', () => {
  it('tells the readback failure from a permission refusal', () => {
    expect(isCaptureReadbackError(new Error('Failed to capture tab: image readback failed'))).toBe(true);
    expect(isCaptureReadbackError(new Error("Either the '<all_urls>' or 'activeTab' permission is required."))).toBe(
      false,
    );
  });

  it('the one queue retries it, and a permission refusal is not retried', async () => {
    let calls = 0;
    const shot = await captureThrottle.run(async () => {
      calls++;
      if (calls === 1) throw new Error('Failed to capture tab: image readback failed');
      return 'png';
    });
    expect(shot).toBe('png');
    expect(calls).toBe(2);
    let refused = 0;
    await expect(
      captureThrottle.run(async () => {
        refused++;
        throw new Error("Either the '<all_urls>' or 'activeTab' permission is required.");
      }),
    ).rejects.toThrow(/activeTab/);
    expect(refused).toBe(1);
  });
});
