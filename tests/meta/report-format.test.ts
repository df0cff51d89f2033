/**
 * The JSON Schema of report.json ships in the extension (`public/report-format/`), for trusted
 * flaggers to ingest the open format. It is generated from the zod schema: this test fails when
 * the committed file drifts from the code. Regenerate it with `npm run schema:report`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '@/utils/export/report-format';

const path = join(__dirname, '../../public/report-format/vigie-report.v1.schema.json');
/** The schema as the repository formats JSON (Prettier), so that `npm run lint` accepts the file. */
async function generated(): Promise<string> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(JSON.stringify(reportJsonSchema()), { ...options, parser: 'json' });
}

describe('meta: report.json format', () => {
  it('the committed JSON Schema is the one the code generates (else run `npm run schema:report`)', async () => {
    const expected = await generated();
    if (process.env.VIGIE_WRITE_REPORT_SCHEMA === '1') writeFileSync(path, expected);
    let committed = '';
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // missing: reported by the assertion below
    }
    expect(committed, 'public/report-format/vigie-report.v1.schema.json is stale: run `npm run schema:report`').toBe(
      expected,
    );
  });

  it('the schema names the format and its version', () => {
    const schema = reportJsonSchema() as { properties: Record<string, { const?: unknown }> };
    expect(schema.properties.format?.const).toBe('vigie-report');
    expect(schema.properties.version?.const).toBe(1);
  });
});
