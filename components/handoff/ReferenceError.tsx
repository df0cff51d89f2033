import { t } from '@/utils/i18n';
import { REFERENCE_MAX } from '@/utils/report/reference';

/**
 * Said under a reference field whose text is too long to keep: nothing is cut behind the user's
 * back, and nothing is saved until it is shortened.
 */
export function ReferenceError(props: { length: number; id: string; testId: string }) {
  return (
    <p class="error small" role="alert" id={props.id} data-testid={props.testId}>
      {t('referenceTooLong', [String(props.length), String(REFERENCE_MAX)])}
    </p>
  );
}
