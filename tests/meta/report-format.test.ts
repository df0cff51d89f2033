/**
 * The JSON Schemas of report.json and of a report collection ship in the extension
 * (`public/report-format/`), for trusted flaggers to ingest the open format. They are generated
 * from the zod schemas: this test fails when a committed file drifts from the code. Regenerate
 * them with `npm run schema:report`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { collectionJsonSchema, reportJsonSchema } from '@/utils/export/json-schemas';

const schemas = [
  { file: 'vigie-report.v1.schema.json', make: reportJsonSchema, format: 'vigie-report' },
  { file: 'vigie-report-collection.v1.schema.json', make: collectionJsonSchema, format: 'vigie-report-collection' },
];

/** The schema as the repository formats JSON (Prettier), so that `npm run lint` accepts the file. */
async function generated(path: string, schema: Record<string, unknown>): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(schema), { ...options, parser: 'json' });
}

describe.each(schemas)('meta: $file', ({ file, make, format }) => {
  const path = join(__dirname, '../../public/report-format', file);

  it('the committed JSON Schema is the one the code generates (else run `npm run schema:report`)', async () => {
    const expected = await generated(path, make());
    if (process.env.VIGIE_WRITE_REPORT_SCHEMA === '1') writeFileSync(path, expected);
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // missing: reported by the assertion below
    }
    expect(committed, `public/report-format/${file} is stale: run \`npm run schema:report\``).toBe(expected);
  });

  it('the schema names the format and its version', () => {
    const schema = make() as { properties: Record<string, { const?: unknown }> };
    expect(schema.properties.format?.const).toBe(format);
    expect(schema.properties.version?.const).toBe(1);
  });
});
