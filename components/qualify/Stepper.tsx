import { t, type MessageKey } from '@/utils/i18n';

export type StepNumber = 1 | 2 | 3;
export const stepNumbers: readonly StepNumber[] = [1, 2, 3];
const titles: Record<StepNumber, MessageKey> = { 1: 'step1Title', 2: 'step2Title', 3: 'step3Title' };
export const stepTitle = (step: StepNumber) => t(titles[step]);

/**
 * The composer's three steps as a numbered list of buttons: the current one is `aria-current`,
 * a step that cannot be reached yet (no category) is disabled, and any other one is a jump.
 */
export function Stepper(props: {
  current: StepNumber;
  reachable: (step: StepNumber) => boolean;
  onGo: (step: StepNumber) => void;
}) {
  return (
    <nav class="stepper" aria-label={t('stepsLabel')} data-testid="stepper">
      <ol>
        {stepNumbers.map((n) => (
          <li key={n}>
            <button
              type="button"
              aria-current={props.current === n ? 'step' : undefined}
              disabled={!props.reachable(n)}
              onClick={() => props.onGo(n)}
              data-testid={`stepper-${n}`}
            >
              <span class="step-number" aria-hidden="true">
                {n}
              </span>{' '}
              <span class="sr-only">{t('stepOf', String(n))}, </span>
              {stepTitle(n)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Back and Next under a step. */
export function StepNav(props: {
  current: StepNumber;
  reachable: (step: StepNumber) => boolean;
  onGo: (step: StepNumber) => void;
}) {
  const prev = props.current > 1 ? ((props.current - 1) as StepNumber) : null;
  const next = props.current < 3 ? ((props.current + 1) as StepNumber) : null;
  return (
    <div class="row step-nav">
      {prev && (
        <button type="button" onClick={() => props.onGo(prev)} data-testid="step-back">
          ← {t('stepBack')}
        </button>
      )}
      {next && (
        <button
          type="button"
          disabled={!props.reachable(next)}
          onClick={() => props.onGo(next)}
          data-testid="step-next"
        >
          {t('stepNext')} →
        </button>
      )}
    </div>
  );
}
