import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import { ToCheck } from './LegalInfo';

export interface RouteStepView {
  channelId: string;
  kind: 'emergency' | 'primary' | 'platform' | 'also';
  name: string;
  reason: string;
  needs: string[];
  /** Where a report is made, and what the button says it opens. */
  entry?: { url: string; label: string; toCheck: boolean };
  infoUrl?: string;
  /** Steps on the platform itself, for channels used in an app or on the content. */
  inApp?: string[];
  /** What the steps are introduced by, when they are not made on a platform (a police station). */
  inAppLabel?: string;
  phone?: string;
  /** SMS lines: the number to text, not to call. */
  sms: boolean;
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
 * The recommended channels, in order, each with why and what the user will need. A phone line's
 * first action is the call; a form's is the form itself, named for where it goes; an in-app
 * channel shows its steps. Opening anything is the user's own action; nothing is ever submitted.
 */
export function RouteSteps(props: {
  steps: RouteStepView[];
  formsUnlocked: boolean;
  /**
   * `choose` (where it goes): each door with why and one action — the call, or "report to" that
   * leads to the hand-over; `handover` (the default): the forms, packs and references.
   */
  mode?: 'choose' | 'handover';
  /** "Report to …" in the `choose` mode. */
  onChoose?: (channelId: string) => void;
  onOpen?: (channelId: string, url: string) => void;
  onCall?: (channelId: string) => void;
  /** When the user handed the report to a channel, shown on its step. */
  handedOff?: Record<string, string>;
  /** The channel's report pack and hand-off record, below its step. */
  renderExtra?: (channelId: string) => ComponentChildren;
}) {
  return (
    <ol class="route" data-testid="route" aria-label={props.mode === 'choose' ? t('routeHeading') : undefined}>
      {props.steps.map((s, index) => (
        <li
          key={s.channelId}
          class={`step kind-${s.kind}${index === 0 ? ' first' : ''}`}
          data-channel={s.channelId}
          data-kind={s.kind}
        >
          <div class="row">
            <span class={`badge kind-${s.kind}`}>
              {props.mode === 'choose' && index === 0
                ? t('routeRecommended')
                : t(kindLabels[props.mode === 'choose' && s.kind === 'primary' ? 'also' : s.kind])}
            </span>
            <strong>{s.name}</strong>
            <span class="muted small">{t(operatorLabels[s.operator])}</span>
            {s.anonymousAllowed && <span class="muted small">· {t('routeAnonymous')}</span>}
            {s.toCheck && props.mode !== 'choose' && <ToCheck />}
            {props.handedOff?.[s.channelId] && (
              <span class="badge ready" data-testid="handed-off">
                {t('handoffDone', props.handedOff[s.channelId]!)}
              </span>
            )}
          </div>
          <p>{s.reason}</p>
          <div class="row actions">
            {s.phone &&
              (s.sms ? (
                <a
                  class={index === 0 ? 'button primary' : 'button'}
                  href={`sms:${s.phone}`}
                  data-testid="text"
                  onClick={() => props.onCall?.(s.channelId)}
                >
                  {t('routeText', s.phone)}
                </a>
              ) : (
                <a
                  class={index === 0 ? 'button primary' : 'button'}
                  href={`tel:${s.phone}`}
                  data-testid="call"
                  onClick={() => props.onCall?.(s.channelId)}
                >
                  {t('routeCall', s.phone)}
                </a>
              ))}
            {props.mode === 'choose' && s.kind !== 'emergency' && (
              <button
                type="button"
                class={index === 0 && !s.phone ? 'primary' : undefined}
                onClick={() => props.onChoose?.(s.channelId)}
                data-testid="continue"
              >
                {t('continueWith', s.name)}
              </button>
            )}
            {props.mode !== 'choose' &&
              s.entry &&
              (props.formsUnlocked || s.kind === 'emergency' ? (
                <a
                  class={s.phone || index > 0 ? 'button' : 'button primary'}
                  href={s.entry.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="open-form"
                  onClick={(e) => {
                    if (!props.onOpen) return;
                    e.preventDefault();
                    props.onOpen(s.channelId, s.entry!.url);
                  }}
                >
                  {s.entry.label}
                </a>
              ) : (
                <button type="button" disabled title={t('goodFaithNeeded')} data-testid="open-form-locked">
                  {s.entry.label}
                </button>
              ))}
            {props.mode !== 'choose' && s.entry?.toCheck && <ToCheck />}
          </div>
          {props.mode !== 'choose' && s.inApp && (
            <div class="in-app" data-testid="in-app-steps">
              <p class="small">{s.inAppLabel ?? t('routeInApp')}</p>
              <ol>
                {s.inApp.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            </div>
          )}
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
          {props.renderExtra?.(s.channelId)}
          {s.infoUrl && (
            <a class="small" href={s.infoUrl} target="_blank" rel="noopener noreferrer" data-testid="info-link">
              {t('routeInfo')}
            </a>
          )}
        </li>
      ))}
    </ol>
  );
}
