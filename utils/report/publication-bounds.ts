/**
 * The one set of bounds for a publication time read from a page (meta tags, JSON-LD, a platform's
 * embedded state, a snowflake id). Before 1990 no web page was published (a zero timestamp, a
 * made-up date; some archive pages are old, so the web's start, not a later year). After the
 * capture, a claim is not a publication time: a day of tolerance covers clocks and zones. Where
 * the capture time is not known (the extractors, which read the page at capture), a far ceiling
 * only rejects nonsense; the capture bound is applied when the draft's publication is derived.
 */

/** 1990-01-01T00:00:00Z: publication times before it are not believed. */
export const EARLIEST_PUBLICATION = Date.UTC(1990, 0, 1);
/** How far after the capture a stated time may lie (clock skew, a day stated in another zone). */
export const AFTER_CAPTURE_TOLERANCE_MS = 24 * 3600 * 1000;
/** The ceiling when the capture time is not known: 2100-01-01T00:00:00Z. */
export const LATEST_WITHOUT_CAPTURE = Date.UTC(2100, 0, 1);

/** The latest believable publication time (ms) for a capture at `capturedAt`, or the far ceiling without one. */
export function latestPublication(capturedAt?: string): number {
  if (capturedAt === undefined) return LATEST_WITHOUT_CAPTURE;
  const captured = Date.parse(capturedAt);
  return Number.isNaN(captured) ? LATEST_WITHOUT_CAPTURE : captured + AFTER_CAPTURE_TOLERANCE_MS;
}

/** Whether `ms` (a parsed time) lies within the bounds of a publication time. */
export function withinPublicationBounds(ms: number, capturedAt?: string): boolean {
  return !Number.isNaN(ms) && ms >= EARLIEST_PUBLICATION && ms <= latestPublication(capturedAt);
}
