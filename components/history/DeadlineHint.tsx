import { t, tCount } from '@/utils/i18n';
import { prescriptionOf } from '@/utils/qualify/prescription-of';
import type { Draft } from '@/utils/report/draft';

/**
 * The time left to file a complaint, said on the folded follow-up's summary: a passed or near
 * deadline is seen without opening it (the countdown itself is inside). Nothing abroad, nothing
 * for a category without a limitation period.
 */
export function DeadlineHint(props: { draft: Draft; now: string }) {
  const found = prescriptionOf(props.draft, props.now);
  if (!found) return null;
  const c = found.countdown;
  return (
    <span
      class={c.expired || c.urgent ? 'small deadline-hint urgent' : 'muted small deadline-hint'}
      data-testid="deadline-hint"
      data-expired={String(c.expired)}
    >
      {c.expired
        ? t('partFollowUpPassed')
        : tCount(c.daysLeft, { one: 'partFollowUpDaysLeftOne', other: 'partFollowUpDaysLeftOther' })}
    </span>
  );
}
