import { t, type MessageKey } from '@/utils/i18n';
import { ToCheck } from './LegalInfo';

export interface RouteStepView {
  channelId: string;
  kind: 'emergency' | 'primary' | 'platform' | 'also';
  name: string;
  reason: string;
  needs: string[];
  url?: string;
  phone?: string;
  anonymousAllowed: boolean;
  operator: 'state' | 'association' | 'company' | 'platform';
  toCheck: boolean;
}

const kindLabels: Record<RouteStepView['kind'], MessageKey> = {
  emergency: 'routeEmergency',
  primary: 'routePrimary',
  platform: 'routePlatform',
  also: 'routeAlso',
};
const operatorLabels: Record<RouteStepView['operator'], MessageKey> = {
  state: 'operatorState',
  association: 'operatorAssociation',
  company: 'operatorCompany',
  platform: 'operatorPlatform',
};

/**
 * The recommended channels, in order, each with why and what the user will need. Opening a form
 * is the user's own action (a link to the official site); nothing is ever submitted for them.
 */
export function RouteSteps(props: { steps: RouteStepView[]; formsUnlocked: boolean }) {
  return (
    <ol class="route" data-testid="route">
      {props.steps.map((s) => (
        <li key={s.channelId} class={`step ${s.kind}`} data-channel={s.channelId} data-kind={s.kind}>
          <div class="row">
            <span class={`badge ${s.kind}`}>{t(kindLabels[s.kind])}</span>
            <strong>{s.name}</strong>
            <span class="muted small">{t(operatorLabels[s.operator])}</span>
            {s.anonymousAllowed && <span class="muted small">· {t('routeAnonymous')}</span>}
            {s.toCheck && <ToCheck />}
          </div>
          <p>{s.reason}</p>
          {s.needs.length > 0 && (
            <details>
              <summary>{t('routeNeeds')}</summary>
              <ul>
                {s.needs.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </details>
          )}
          <div class="row">
            {s.phone && (
              <a class="button" href={`tel:${s.phone}`} data-testid="call">
                {t('routeCall', s.phone)}
              </a>
            )}
            {s.url &&
              (props.formsUnlocked || s.kind === 'emergency' ? (
                <a
                  class="button primary"
                  href={s.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="open-form"
                >
                  {t('routeOpen')}
                </a>
              ) : (
                <button type="button" disabled title={t('goodFaithNeeded')} data-testid="open-form-locked">
                  {t('routeOpen')}
                </button>
              ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
