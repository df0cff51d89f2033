/**
 * A serial queue that spaces calls to a rate-limited API and retries on its quota error.
 *
 * Chrome allows at most `MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND` (2) `captureVisibleTab` calls
 * per second; a third throws. Every capture in Vigie goes through one such queue so that a
 * visible capture and a full-page stitch never race each other into the quota.
 */
export interface ThrottleOptions {
  /** Minimum time between the starts of two calls, in ms. */
  minIntervalMs: number;
  /** Retries after a quota error (the first attempt not counted). */
  maxRetries: number;
  /** Tells a quota error from any other failure; only quota errors are retried. */
  isQuotaError: (error: unknown) => boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Throttle {
  run<T>(task: () => Promise<T>): Promise<T>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createThrottle(options: ThrottleOptions): Throttle {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? realSleep;
  let lastStart = -Infinity;
  let tail: Promise<unknown> = Promise.resolve();

  async function attempt<T>(task: () => Promise<T>): Promise<T> {
    for (let retry = 0; ; retry++) {
      const wait = lastStart + options.minIntervalMs - now();
      if (wait > 0) await sleep(wait);
      lastStart = now();
      try {
        return await task();
      } catch (error) {
        if (retry >= options.maxRetries || !options.isQuotaError(error)) throw error;
        // Back off a little more each time: the quota window is one second.
        await sleep(options.minIntervalMs * (retry + 1));
      }
    }
  }

  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(() => attempt(task));
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/**
 * Chrome's own message for the captureVisibleTab quota: the pattern matches a string the browser
 * produces, never one of ours (kept loose: the wording changes across versions).
 */
export function isCaptureQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|exceeds the .*quota|calls per second/i.test(message);
}

/**
 * Chromium's transient failure to read the picture back from the compositor ("Failed to capture
 * tab: image readback failed"), seen on busy machines: taken again, like the quota error.
 */
export function isCaptureReadbackError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /image readback failed/i.test(message);
}

/** The one queue for all tab captures in this context. */
export const captureThrottle = createThrottle({
  minIntervalMs: 550,
  maxRetries: 4,
  isQuotaError: (error) => isCaptureQuotaError(error) || isCaptureReadbackError(error),
});
