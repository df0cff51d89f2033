import { t } from '@/utils/i18n';

/**
 * What a person is told when building a file (evidence package, export) failed: a plain reason in
 * their language, never the raw text of an exception or of a validation (that goes to the console
 * for whoever looks).
 */
export function exportFailureText(error: unknown): string {
  console.error('Vigie: a file could not be built', error);
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return t('exportFailedNoSpace');
  if (name === 'ZipTooManyEntriesError') return t('exportFailedTooManyEntries');
  return t('exportFailedUnexpected');
}
