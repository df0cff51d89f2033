/**
 * Every way a capture can go wrong, as one vocabulary. A failure is thrown as a `CaptureError`
 * (utils/capture/errors.ts) carrying one of these codes, stored in a draft's `problems` when it
 * concerns the evidence, and sent as the `error` of a response when it refuses a request.
 * No zod here: the popup's messaging protocol (zod/mini) reads this list too.
 */
export const captureErrorCodes = [
  // What a draft records about its evidence (`captureProblems`):
  /** The page cannot be captured (browser, store or extension page, PDF, local file): URL-only report. */
  'uncapturable',
  'screenshot-failed',
  'facts-failed',
  'facts-timeout',
  'archive-failed',
  /** The background stopped before the capture finished, or (detail `INTERRUPTED_AT_DEADLINE`) the capture ran past its deadline. */
  'interrupted',
  /** The browser refused access to the page (no activeTab grant, no host permission). */
  'permission-missing',
  /** An artefact was larger than its limit (utils/capture/limits.ts): not stored, or cut and marked. */
  'too-large',
  /** The full-page capture stopped at its height limit (MAX_SCREENS viewports). */
  'page-cut',
  // Refusals of a request (not stored):
  /** The tab to report is gone. */
  'no-tab',
  /** The draft to capture for does not exist. */
  'no-draft',
  /**
   * The reported tab was closed, navigated away, or the page changed height during a full-page
   * capture. Also stored: the page's address changed between the screenshot and the archive.
   */
  'page-changed',
  /** The reported tab stopped being the one in front during a full-page capture (Chromium). */
  'tab-switched',
  /** The user cancelled the full-page capture. */
  'cancelled',
  /** The user scrolled during a full-page capture. */
  'user-scrolled',
  /**
   * A platform extractor failed on the page (threw, or ran over its time budget): the platform
   * data holds what the URL alone says. Detail: the platform id and the reason.
   */
  'platform-data-failed',
  /** Any other failure. */
  'capture-failed',
] as const;
export type CaptureErrorCode = (typeof captureErrorCodes)[number];

/**
 * The codes a draft may store in `problems`: a subset of the one vocabulary. Stored records
 * carry them: add codes, never rename or remove one without a draft migration.
 */
export const captureProblems = [
  'uncapturable',
  'screenshot-failed',
  'facts-failed',
  'facts-timeout',
  'archive-failed',
  'interrupted',
  'permission-missing',
  'too-large',
  'page-cut',
  'page-changed',
  'platform-data-failed',
] as const satisfies readonly CaptureErrorCode[];
export type CaptureProblem = (typeof captureProblems)[number];

export const isCaptureProblem = (code: CaptureErrorCode): code is CaptureProblem =>
  (captureProblems as readonly CaptureErrorCode[]).includes(code);

/** The `interrupted` problem's detail when the capture's deadline (not a stopped background) ended it. */
export const INTERRUPTED_AT_DEADLINE = 'deadline';
