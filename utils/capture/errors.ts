import { isCaptureProblem, type CaptureErrorCode, type CaptureProblem } from '@/utils/report/capture-errors';

export { captureErrorCodes, type CaptureErrorCode } from '@/utils/report/capture-errors';

const MAX_DETAIL = 500;

/**
 * The one error type of the capture path. Callers decide by `code` (with `instanceof`), never by
 * the message; `detail` is a bounded, human-readable explanation (often the browser's own words).
 */
export class CaptureError extends Error {
  readonly code: CaptureErrorCode;
  readonly detail: string | undefined;

  constructor(code: CaptureErrorCode, detail?: string, options?: { cause?: unknown }) {
    const bounded = detail?.slice(0, MAX_DETAIL);
    super(bounded ? `${code}: ${bounded}` : code, options);
    this.name = 'CaptureError';
    this.code = code;
    this.detail = bounded;
  }
}

/** What anything thrown says, bounded: a `CaptureError`'s detail (else its code), any other error's message. */
export function errorText(error: unknown): string {
  if (error instanceof CaptureError) return error.detail ?? error.code;
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_DETAIL);
}

/**
 * A refusal worded by the browser itself: a tab capture or script injection without the
 * activeTab grant or a host permission. The pattern matches the browsers' strings, not ours:
 * Chrome "Either the '<all_urls>' or 'activeTab' permission is required.", "Cannot access
 * contents of the page. Extension manifest must request permission…"; Firefox "Missing host
 * permission for the tab". Kept loose: the wording changes across versions.
 */
export function isBrowserPermissionError(error: unknown): boolean {
  if (error instanceof CaptureError) return false;
  return /permission|activeTab|<all_urls>|Missing host/i.test(errorText(error));
}

/**
 * Anything thrown on the capture path, as a `CaptureError`: ours keep their code; a browser's
 * permission refusal becomes `permission-missing`; anything else becomes `fallback`.
 */
export function toCaptureError(error: unknown, fallback: CaptureErrorCode): CaptureError {
  if (error instanceof CaptureError) return error;
  const code = isBrowserPermissionError(error) ? 'permission-missing' : fallback;
  return new CaptureError(code, errorText(error), { cause: error });
}

/**
 * The problem a draft records for a failed step: the error's own code when a draft may store it,
 * else `fallback` (the step's problem), with the error's detail.
 */
export function toProblem(error: unknown, fallback: CaptureProblem): { code: CaptureProblem; detail?: string } {
  const e = toCaptureError(error, fallback);
  // A code a draft cannot store is kept in the detail (the message starts with it).
  const [code, detail] = isCaptureProblem(e.code) ? [e.code, e.detail] : [fallback, e.message.slice(0, MAX_DETAIL)];
  return detail === undefined ? { code } : { code, detail };
}

/** Rejects with `CaptureError(code)` if `promise` has not settled after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, code: CaptureErrorCode, label: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CaptureError(code, `${label}: timeout after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
