import { t } from '@/utils/i18n';

/** A yes/no question as two toggle buttons; `null` means not answered yet. */
export function YesNo(props: {
  id: string;
  label: string;
  value: boolean | null;
  onChange: (value: boolean) => void;
  /** Said under the answer (e.g. the channels it took off the route). */
  note?: string | undefined;
}) {
  return (
    <fieldset class="yesno" data-testid={`question-${props.id}`}>
      <legend>{props.label}</legend>
      <button type="button" aria-pressed={props.value === true} onClick={() => props.onChange(true)} data-answer="yes">
        {t('yes')}
      </button>
      <button type="button" aria-pressed={props.value === false} onClick={() => props.onChange(false)} data-answer="no">
        {t('no')}
      </button>
      {props.note && (
        <p class="notice small" role="status" data-testid={`question-${props.id}-note`}>
          {props.note}
        </p>
      )}
    </fieldset>
  );
}
