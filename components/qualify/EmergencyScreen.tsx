import { t } from '@/utils/i18n';

export interface EmergencyNumber {
  number: string;
  name: string;
  when: string;
}

/**
 * Shown first when someone is in danger. The rest of the report stays hidden until the user
 * explicitly acknowledges it: it cannot be skipped past silently.
 */
export function EmergencyScreen(props: {
  numbers: EmergencyNumber[];
  acknowledged: boolean;
  onAcknowledge: () => void;
}) {
  return (
    <section class="emergency-screen" role="alert" data-testid="emergency-screen">
      <h2>{t('emergencyTitle')}</h2>
      <p>{t('emergencyBody')}</p>
      <ul class="numbers">
        {props.numbers.map((n) => (
          <li key={n.number} data-testid={`emergency-${n.number}`}>
            <a class="number button primary" href={`tel:${n.number}`} aria-label={t('routeCall', n.number)}>
              {n.number}
            </a>
            <span>
              <strong>{n.name}</strong> — {n.when}
            </span>
          </li>
        ))}
      </ul>
      {!props.acknowledged && (
        <button type="button" class="primary" onClick={props.onAcknowledge} data-testid="emergency-ack">
          {t('emergencyAck')}
        </button>
      )}
    </section>
  );
}
