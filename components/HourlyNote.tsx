import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { isBusyHour, reportsStartedLastHour } from '@/utils/watch/hourly';

/**
 * A calm word when many reports were started in the last hour: take a break, check for
 * duplicates, people read each report. Only ever a note; nothing is blocked.
 */
export function HourlyNote() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    reportsStartedLastHour()
      .then(setCount)
      .catch(() => setCount(0));
  }, []);
  if (!isBusyHour(count)) return null;
  return (
    <div class="notice" role="note" data-testid="hourly-note">
      <strong>{t('watchHourlyTitle')}</strong>
      <p>{t('watchHourlyBody', String(count))}</p>
      <a href="/support.html" target="_blank" rel="noopener">
        {t('watchHourlySupport')}
      </a>
    </div>
  );
}
