/**
 * The verify page's block for a package's RFC 3161 timestamp (`manifest.tsr`), checked offline by
 * `utils/export/timestamp-verify.ts`: the authority and its time when the chain is known; a clear
 * alert when the token is for other bytes (the manifest was altered after it was sealed) or its
 * signature is broken; "authority not known" (with the signer the token names, as text) otherwise.
 */
import { formatDateTime, t } from '@/utils/i18n';
import type { TimestampCheck } from '@/utils/export/timestamp-verify';

export function TimestampFacts({ check }: { check: TimestampCheck }) {
  const time = check.info ? formatDateTime(check.info.genTime) : '';
  const serial = check.info?.serial ?? '';
  const alert = check.status === 'mismatch' || check.status === 'invalid' || check.status === 'malformed';
  return (
    <section class="timestamp" data-testid="verify-timestamp" data-timestamp={check.status}>
      <h3>{t('verifyTimestampHeading')}</h3>
      {check.status === 'valid' && (
        <>
          <p class="ok">
            {t('verifyTimestampValid', [check.authority?.name ?? '', time, serial])} {t('verifyTimestampMatches')}
          </p>
          <p class="muted">
            {check.authority?.qualified ? t('verifyTimestampQualified') : t('verifyTimestampNotQualified')}
          </p>
        </>
      )}
      {check.status === 'unknown-authority' && (
        <p class="notice">
          {t('verifyTimestampUnknown', [check.signer ?? '?', time, serial])} {t('verifyTimestampMatches')}
        </p>
      )}
      {alert && (
        <p class="error" role="alert">
          {check.status === 'mismatch'
            ? t('verifyTimestampMismatch')
            : check.status === 'invalid'
              ? t('verifyTimestampInvalid')
              : t('verifyTimestampMalformed')}
        </p>
      )}
    </section>
  );
}
