/**
 * Words for the data model's enum values: a raw value (« short-video », « url-only ») never
 * reaches the screen. Each mapping is a `Record` over the enum, so a new value does not
 * typecheck until it has a label in both locales (the locales meta-test checks both exist).
 * Type-only imports: the popup, which shows statuses, does not load the draft schema.
 */
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';
import type { PlatformData } from '@/utils/report/platform-data';
import { INTERRUPTED_AT_DEADLINE } from '@/utils/report/capture-errors';
import type { ArtefactMeta, Draft } from '@/utils/report/draft';
import type { ErrorCode } from '@/utils/messaging/protocol';
import { uncapturableMessageKey, type UncapturableReason } from '@/utils/capture/capturability';

export type ContentType = NonNullable<PlatformData['contentType']>;
export type DraftStatus = Draft['status'];
export type MenuContext = Draft['target']['context'];
export type CaptureProblem = Draft['problems'][number];
export type ArtefactKind = ArtefactMeta['kind'];

export const contentTypeLabels: Record<ContentType, MessageKey> = {
  video: 'contentTypeVideo',
  'short-video': 'contentTypeShortVideo',
  post: 'contentTypePost',
  comment: 'contentTypeComment',
  profile: 'contentTypeProfile',
  channel: 'contentTypeChannel',
  'live-stream': 'contentTypeLiveStream',
  message: 'contentTypeMessage',
  listing: 'contentTypeListing',
  product: 'contentTypeProduct',
  group: 'contentTypeGroup',
  other: 'contentTypeOther',
};

export const draftStatusLabels: Record<DraftStatus, MessageKey> = {
  capturing: 'statusCapturing',
  ready: 'statusReady',
  interrupted: 'statusInterrupted',
};

export const menuContextLabels: Record<MenuContext, MessageKey> = {
  page: 'context_page',
  link: 'context_link',
  image: 'context_image',
  video: 'context_video',
  audio: 'context_audio',
  selection: 'context_selection',
  frame: 'context_frame',
};

export const captureProblemLabels: Record<CaptureProblem['code'], MessageKey> = {
  uncapturable: 'problemUncapturable',
  'screenshot-failed': 'problemScreenshotFailed',
  'facts-failed': 'problemFactsFailed',
  'facts-timeout': 'problemFactsTimeout',
  'archive-failed': 'problemArchiveFailed',
  interrupted: 'problemInterrupted',
  'permission-missing': 'problemPermissionMissing',
  'too-large': 'problemTooLarge',
  'page-cut': 'problemPageCut',
  'page-changed': 'problemPageChanged',
  'platform-data-failed': 'problemPlatformDataFailed',
};

export const artefactKindLabels: Record<ArtefactKind, MessageKey> = {
  screenshot: 'artefactScreenshot',
  'full-page': 'artefactFullPage',
  mhtml: 'artefactMhtml',
  'dom-snapshot': 'artefactDomSnapshot',
  facts: 'artefactFacts',
};

/** Why a request to the background failed, in general terms (callers may say more in context). */
export const errorCodeLabels: Record<ErrorCode, MessageKey> = {
  'no-tab': 'popupNoTab',
  'no-draft': 'draftMissing',
  uncapturable: 'problemUncapturable',
  'permission-missing': 'fullPagePermission',
  'page-changed': 'fullPagePageChanged',
  'user-scrolled': 'fullPageUserScrolled',
  'capture-failed': 'errorCaptureFailed',
  'screenshot-failed': 'problemScreenshotFailed',
  'facts-failed': 'problemFactsFailed',
  'facts-timeout': 'problemFactsTimeout',
  'archive-failed': 'problemArchiveFailed',
  'no-channel': 'errorNoChannel',
  interrupted: 'problemInterrupted',
  'too-large': 'problemTooLarge',
  'page-cut': 'problemPageCut',
  'platform-data-failed': 'problemPlatformDataFailed',
  'tab-switched': 'fullPageTabSwitched',
  cancelled: 'fullPageCancelled',
};

export const contentTypeLabel = (v: ContentType): string => t(contentTypeLabels[v]);
export const draftStatusLabel = (v: DraftStatus): string => t(draftStatusLabels[v]);
export const menuContextLabel = (v: MenuContext): string => t(menuContextLabels[v]);
export const artefactKindLabel = (v: ArtefactKind): string => t(artefactKindLabels[v]);
export const errorCodeLabel = (v: ErrorCode): string => t(errorCodeLabels[v]);

/** Every reason a page cannot be captured (a `Record`, so the list cannot miss one). */
const uncapturableReasons: Record<UncapturableReason, true> = {
  'browser-page': true,
  'extension-page': true,
  'store-page': true,
  'pdf-viewer': true,
  'local-file': true,
  'not-web': true,
  'no-url': true,
};
const isUncapturableReason = (v: string | undefined): v is UncapturableReason =>
  v !== undefined && Object.prototype.hasOwnProperty.call(uncapturableReasons, v);

const isArtefactKind = (v: string | undefined): v is ArtefactKind =>
  v !== undefined && Object.prototype.hasOwnProperty.call(artefactKindLabels, v);

/** A size in bytes for people, in the interface language (« 1,2 Mo », "1.2 MB"). */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes < 1000 ? [bytes, 'byte'] : bytes < 1e6 ? [bytes / 1e3, 'kilobyte'] : [bytes / 1e6, 'megabyte'];
  return new Intl.NumberFormat(uiLanguage(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * A capture problem for people: the precise reason when a page could not be captured, the kind
 * and limit of a too-large artefact, where a full page was cut, the two addresses of a page that
 * changed; else the problem's kind. Details are written by utils/capture (see limits.ts).
 */
export function captureProblemLabel(problem: CaptureProblem): string {
  const detail = problem.detail;
  if (problem.code === 'uncapturable' && isUncapturableReason(detail)) return t(uncapturableMessageKey(detail));
  if (problem.code === 'too-large') {
    const m = /^([a-z-]+): (?:over )?\d+ bytes, limit (\d+) bytes/.exec(detail ?? '');
    if (m && isArtefactKind(m[1]))
      return t('problemTooLargeKind', [artefactKindLabel(m[1]), formatBytes(Number(m[2]))]);
  }
  if (problem.code === 'page-cut') {
    const m = /^(\d+)\/(\d+)$/.exec(detail ?? '');
    if (m) return t('problemPageCutAt', [m[1]!, m[2]!]);
  }
  if (problem.code === 'interrupted' && detail === INTERRUPTED_AT_DEADLINE) return t('problemInterruptedDeadline');
  // The addresses are the browser's (page-controlled) words: shown as text, bounded.
  if (problem.code === 'page-changed' && detail) return `${t('problemPageChanged')} ${detail}`;
  return t(captureProblemLabels[problem.code]);
}
