import { FactsTable, type FactRow } from '@/components/FactsTable';
import { t, formatDateTime } from '@/utils/i18n';
import { contentTypeLabel, menuContextLabel } from '@/utils/format/labels';
import { metaValue } from '@/utils/report/page-facts';
import type { CutUrlField, Draft, UrlCut } from '@/utils/report/draft';

/** Digits grouped by three with a plain space, the same in every locale ("20 000"). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * A URL row, followed, when the stored URL was cut, by the row that identifies the full one:
 * "address cut (20 000 characters, SHA-256 …)".
 */
function urlRows(label: string, value: string | null | undefined, field: CutUrlField, cut: readonly UrlCut[]) {
  const rows: FactRow[] = [{ label, value, code: true }];
  const record = cut.find((c) => c.field === field);
  if (record && value)
    rows.push({
      label: t('urlCutLabel', label),
      value: t('urlCutNotice', [grouped(record.length), record.sha256]),
      code: true,
    });
  return rows;
}

/** What was reported: the kind of thing (in words) and its URLs. */
export function TargetFacts({ target }: { target: Draft['target'] }) {
  return (
    <FactsTable
      caption={t('sectionTargetCaption')}
      rows={[
        { label: t('targetKind'), value: menuContextLabel(target.context) },
        ...urlRows(t('targetUrl'), target.url, 'url', target.cut),
        ...urlRows(t('pageUrl'), target.pageUrl !== target.url ? target.pageUrl : null, 'pageUrl', target.cut),
        ...urlRows(t('linkUrl'), target.linkUrl !== target.url ? target.linkUrl : null, 'linkUrl', target.cut),
        { label: t('selectionText'), value: target.selectionText },
      ]}
    />
  );
}

/**
 * The publication time the platform data gives: a day as it is, a time in the user's zone; one
 * Vigie computed from the content's id (provenance `derived-from-id`) says so.
 */
function publishedValue(platform: NonNullable<Draft['platform']>): string | undefined {
  const iso = platform.publishedAt;
  if (!iso) return undefined;
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : formatDateTime(iso);
  return platform.provenance?.publishedAt?.source === 'derived-from-id' ? t('platformPublishedDerived', shown) : shown;
}

/** What the platform extractor recognised. Page-derived values are rendered as text. */
export function PlatformFacts({ platform }: { platform: NonNullable<Draft['platform']> }) {
  return (
    <FactsTable
      caption={platform.platformName}
      rows={[
        { label: t('platformContentType'), value: platform.contentType && contentTypeLabel(platform.contentType) },
        { label: t('platformPermalink'), value: platform.permalink, code: true },
        { label: t('platformContentId'), value: platform.contentId, code: true },
        { label: t('platformAuthorHandle'), value: platform.authorHandle },
        { label: t('platformAuthorName'), value: platform.authorName },
        { label: t('platformAuthorUrl'), value: platform.authorUrl, code: true },
        { label: t('platformPublishedAt'), value: publishedValue(platform) },
      ]}
    />
  );
}

/**
 * What the browser observed. The capture time is shown in the zone the capture was made in (what
 * the user saw on their clock then), and exactly, in UTC, as stored.
 */
export function ObservedFacts({ observed, cut = [] }: { observed: Draft['observed']; cut?: readonly UrlCut[] }) {
  return (
    <FactsTable
      caption={t('sectionObservedCaption')}
      rows={[
        ...urlRows(t('observedTabUrl'), observed.tabUrl, 'tabUrl', cut),
        { label: t('observedLocalTime'), value: formatDateTime(observed.capturedAt, observed.timeZone) },
        { label: t('observedCapturedAt'), value: observed.capturedAt, code: true },
        { label: t('observedBrowser'), value: observed.browser },
        { label: t('observedExtension'), value: `Vigie ${observed.extensionVersion}` },
      ]}
    />
  );
}

/** What the page said about itself: claims, not facts. */
export function PageClaims({ page, fallbackTimeZone }: { page: NonNullable<Draft['page']>; fallbackTimeZone: string }) {
  const rows: FactRow[] = [
    { label: t('pageTitle'), value: page.title },
    { label: t('pageUrlClaimed'), value: page.url, code: true },
    { label: t('pageCanonical'), value: page.canonical, code: true },
    { label: t('pageLang'), value: page.lang },
    { label: t('pageDescription'), value: metaValue(page, 'description') ?? metaValue(page, 'og:description') },
    { label: t('pageOgTitle'), value: metaValue(page, 'og:title') },
    {
      label: t('pageViewport'),
      value: `${page.viewport.width}×${page.viewport.height} @${page.viewport.devicePixelRatio}x`,
    },
    {
      label: t('pageLocalTime'),
      value: page.time.iso ? formatDateTime(page.time.iso, page.time.timeZone ?? fallbackTimeZone) : null,
    },
  ];
  return <FactsTable caption={t('sectionPageClaims')} rows={rows} />;
}
