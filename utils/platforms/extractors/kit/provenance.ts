/**
 * Provenance: where each field came from (`from`, `fill`) and how far each kind of source is trusted.
 */
import type { Confidence, FieldSource, ProvenanceEntry, ProvenanceField } from '@/utils/report/platform-data';
import type { Fields, Sources } from './types';

/** How far each kind of source is trusted when an extractor does not say. */
export const DEFAULT_CONFIDENCE: Record<FieldSource, Confidence> = {
  url: 'high',
  canonical: 'high',
  'json-ld': 'high',
  meta: 'medium',
  'embedded-state': 'medium',
  markup: 'medium',
  text: 'low',
  'derived-from-id': 'medium',
};
/** The provenance of a field a `refine` returns without stating one. */
export const REFINE_DEFAULT: ProvenanceEntry = { source: 'markup', confidence: 'medium' };

export const PROVENANCE_FIELDS: readonly ProvenanceField[] = [
  'permalink',
  'contentId',
  'contentType',
  'authorHandle',
  'authorName',
  'authorUrl',
  'publishedAt',
];

/** `values` (undefined ones dropped) stated as coming from `source`. */
export function from(source: FieldSource, values: Partial<Fields>, confidence?: Confidence): Fields {
  const out: Fields = {};
  const sources: Sources = {};
  const entry = { source, confidence: confidence ?? DEFAULT_CONFIDENCE[source] };
  for (const [key, value] of Object.entries(values) as [keyof Fields, unknown][]) {
    if (value === undefined || key === 'sources') continue;
    (out as Record<string, unknown>)[key] = value;
    if ((PROVENANCE_FIELDS as readonly string[]).includes(key)) sources[key as ProvenanceField] = entry;
  }
  return { ...out, sources };
}

/** `fields` with its missing fields filled from `values`, stated as coming from `source`. */
export function fill(fields: Fields, source: FieldSource, values: Partial<Fields>, confidence?: Confidence): Fields {
  const missing = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => v !== undefined && (fields as Record<string, unknown>)[k] === undefined),
  ) as Partial<Fields>;
  const add = from(source, missing, confidence);
  return { ...fields, ...add, sources: { ...fields.sources, ...add.sources } };
}
