import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from '@/utils/zod';
import { exportFailureText } from '@/components/export-failure';
import { ZipTooManyEntriesError } from '@/utils/export/zip';
import { useLocale } from '../format/fake-i18n';

afterEach(() => vi.restoreAllMocks());

describe('what a person reads when a file could not be built', () => {
  it.each(['fr', 'en'] as const)(
    '%s: a validation error is told in plain words, its raw text only in the console',
    (lang) => {
      useLocale(lang);
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const raw = z.object({ url: z.string().max(4) }).safeParse({ url: 'https://long.example/' }).error!;
      const shown = exportFailureText(raw);
      expect(shown).not.toContain('too_big');
      expect(shown).not.toMatch(/[[\]{}]/);
      expect(shown).toMatch(lang === 'fr' ? /erreur inattendue/ : /unexpected error/);
      expect(logged).toHaveBeenCalledOnce();
    },
  );

  it.each(['fr', 'en'] as const)('%s: too many reports for one ZIP says how many fit and what to do', (lang) => {
    useLocale(lang);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const shown = exportFailureText(new ZipTooManyEntriesError());
    expect(shown).toMatch(lang === 'fr' ? /65 531 au plus.*JSON ou en CSV/ : /65,531 at most.*JSON or CSV/);
  });

  it('a full disk is said as such', () => {
    useLocale('en');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(exportFailureText(new DOMException('quota', 'QuotaExceededError'))).toMatch(/disk space/);
  });
});
