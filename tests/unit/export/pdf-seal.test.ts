import { describe, expect, it } from 'vitest';
import { buildComplaintPdf } from '@/utils/export/pdf';
import type { Draft } from '@/utils/report/draft';
import type { Seal } from '@/utils/report/seal';
import { linkOnlyDraft, makeDraft } from '../handoff/draft-factory';
import { flat, fonts, readPdf } from './pdf-helpers';

const seal: Seal = {
  authorityId: 'freetsa',
  token: 'MAA=',
  genTime: '2026-12-05T10:30:23.000Z',
  serial: '0a1b2c',
  manifestSha256: 'ab'.repeat(32),
  packageCreatedAt: '2026-12-05T10:30:20.000Z',
  lang: 'fr',
  copies: 'original',
};

const build = (draft: Draft, lang: 'fr' | 'en') =>
  buildComplaintPdf({ draft, artefacts: [], lang, fonts, now: '2026-12-05T11:00:00.000Z' });

describe('the PDF summary of a sealed report', { timeout: 30_000 }, () => {
  it('names the authority, the serial and the manifest’s fingerprint, in both languages; a link-only report too', async () => {
    for (const [draft, lang, words] of [
      [{ ...makeDraft(), seal }, 'fr', 'Horodatage RFC 3161'],
      [{ ...linkOnlyDraft('child-sexual-abuse-material'), seal }, 'en', 'RFC 3161 timestamp'],
    ] as const) {
      const { text } = await readPdf(await build(draft, lang));
      expect(text).toContain(words);
      expect(text).toContain('FreeTSA');
      expect(flat(text)).toContain('0a1b2c');
      expect(flat(text)).toContain('ab'.repeat(32));
      expect(text).toContain('2026');
    }
  });

  it('says nothing of a timestamp when the report has none', async () => {
    const { text } = await readPdf(await build(makeDraft(), 'fr'));
    expect(text).not.toContain('RFC 3161');
  });
});
