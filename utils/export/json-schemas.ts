/**
 * The JSON Schemas of Vigie's published formats, generated from their zod schemas and committed in
 * `public/report-format/` (a meta test keeps them equal; `npm run schema:report` writes them).
 * Apart from the formats themselves so that no page bundles zod's JSON Schema generator.
 */
import { z } from '@/utils/zod';
import { reportFormatSchema } from './report-format';
import { reportCollectionSchema } from './collection';

/** The JSON Schema committed as `public/report-format/vigie-report.v1.schema.json`. */
export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportFormatSchema, { target: 'draft-2020-12' }),
    $id: 'vigie-report.v1.schema.json',
    title: 'Vigie report, version 1',
  };
}

/** The JSON Schema committed as `public/report-format/vigie-report-collection.v1.schema.json`. */
export function collectionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(reportCollectionSchema, { target: 'draft-2020-12' }),
    $id: 'vigie-report-collection.v1.schema.json',
    title: 'Vigie report collection, version 1',
  };
}
