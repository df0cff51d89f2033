import { FactsTable, type FactRow } from '@/components/FactsTable';
import { t, formatDateTime } from '@/utils/i18n';
import { contentTypeLabel, menuContextLabel } from '@/utils/format/labels';
import { metaValue } from '@/utils/report/page-facts';
import type { Draft } from '@/utils/report/draft';

/** What was reported: the kind of thing (in words) and its URLs. */
export function TargetFacts({ target }: { target: Draft['target'] }) {
  return (
    <FactsTable
      caption={t('sectionTargetCaption')}
      rows={[
        { label: t('targetKind'), value: menuContextLabel(target.context) },
        { label: t('targetUrl'), value: target.url, code: true },
        { label: t('pageUrl'), value: target.pageUrl !== target.url ? target.pageUrl : null, code: true },
        { label: t('linkUrl'), value: target.linkUrl !== target.url ? target.linkUrl : null, code: true },
        { label: t('selectionText'), value: target.selectionText },
      ]}
    />
  );
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
      ]}
    />
  );
}

/**
 * What the browser observed. The capture time is shown in the zone the capture was made in (what
 * the user saw on their clock then), and exactly, in UTC, as stored.
 */
export function ObservedFacts({ observed }: { observed: Draft['observed'] }) {
  return (
    <FactsTable
      caption={t('sectionObservedCaption')}
      rows={[
        { label: t('observedTabUrl'), value: observed.tabUrl, code: true },
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
