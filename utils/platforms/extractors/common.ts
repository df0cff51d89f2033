/**
 * Shared machinery for platform extractors (the extractor kit, `./kit/`). A platform module only
 * describes how to read one of its URLs (`PlatformSpec.parse`); `makeExtractor` turns that into an
 * `Extractor` that also reads the page's claims (og:url, canonical, JSON-LD, link rels, anchors) to
 * fill gaps, while checking those claims against the URL so that stale or hostile page data cannot
 * override it. One module per seam: URLs, provenance, dates, embedded state, names, JSON-LD, and
 * the pipeline that joins them.
 */
export * from './kit/types';
export * from './kit/urls';
export * from './kit/provenance';
export * from './kit/dates';
export * from './kit/embedded';
export * from './kit/names';
export * from './kit/json-ld';
export * from './kit/pipeline';
