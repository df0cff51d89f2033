import { t } from '@/utils/i18n';

/**
 * "Someone is in danger — call" as an action always in sight, not a yes/no question to answer
 * before anything else: most reports need no emergency, and the one that does is one click away.
 * Pressed, the emergency screen comes first; pressed again, it goes (a click made by mistake).
 */
export function DangerAction(props: { pressed: boolean; onChange: (danger: boolean) => void }) {
  return (
    <div class="danger-action row" data-testid="question-danger">
      <span>{t('dangerPrompt')}</span>{' '}
      <button
        type="button"
        class="danger small"
        aria-pressed={props.pressed}
        data-answer="yes"
        onClick={() => props.onChange(!props.pressed)}
      >
        {t('dangerCall')}
      </button>
    </div>
  );
}
