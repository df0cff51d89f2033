import { t, type MessageKey } from '@/utils/i18n';
import { WatchImportError, type ImportErrorCode } from '@/utils/watch/format';

const REASONS: Record<ImportErrorCode, MessageKey> = {
  'too-large': 'watchErrorTooLarge',
  empty: 'watchErrorEmpty',
  'not-utf8': 'watchErrorNotUtf8',
  'unknown-format': 'watchErrorUnknownFormat',
  'unsupported-version': 'watchErrorVersion',
  invalid: 'watchErrorInvalid',
  'name-missing': 'watchErrorNameMissing',
  'too-many-items': 'watchErrorTooMany',
  'bad-item': 'watchErrorBadItem',
  'no-items': 'watchErrorNoItems',
  'signature-unreadable': 'watchErrorSignatureUnreadable',
  'signature-mismatch': 'watchSignatureMismatch',
};

/** Why an import failed, in the user's language: « Liste refusée, rien n'a été enregistré : … ». */
export function importErrorMessage(error: unknown): string {
  const reason =
    error instanceof WatchImportError
      ? t(REASONS[error.code], error.detail || undefined)
      : error instanceof Error
        ? error.message
        : String(error);
  return t('watchRejected', reason);
}
