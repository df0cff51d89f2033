/**
 * A page's JSON-LD blocks as objects: the page facts keep them as bounded text, parsed here behind
 * a try. The extractor kit (`platforms/extractors/kit/json-ld.ts`) and the publication time
 * (`publication.ts`) read them through this one function.
 */
import type { PageFacts } from './page-facts';

export type Json = Record<string, unknown>;
export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 50) : v === undefined ? [] : [v]);

/** Top-level JSON-LD objects (arrays and `@graph` flattened); malformed blocks are skipped. */
export function jsonLdObjects(facts: Pick<PageFacts, 'jsonLd'>): Json[] {
  const out: Json[] = [];
  for (const block of facts.jsonLd) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue;
    }
    for (const item of asArray(data)) {
      if (isRecord(item) && Array.isArray(item['@graph'])) out.push(...asArray(item['@graph']).filter(isRecord));
      else if (isRecord(item)) out.push(item);
    }
  }
  return out;
}
