import { t } from '@/utils/i18n';

export interface SupportLineView {
  id: string;
  name: string;
  phone: string;
  when: string;
  scope: string;
  hours?: string;
  infoUrl?: string;
  urgent: boolean;
}

/** Numbers spoken in pairs, as they are written in France (`116006` → `116 006`, `3018` stays). */
export function spacedNumber(phone: string): string {
  return phone.length === 6 ? `${phone.slice(0, 3)} ${phone.slice(3)}` : phone;
}

/** The help lines, each with when to call it and a `tel:` link: presentational. */
export function SupportLines(props: { lines: readonly SupportLineView[] }) {
  return (
    <ul class="support-lines">
      {props.lines.map((line) => (
        <li key={line.id} class={line.urgent ? 'urgent' : undefined} data-testid={`support-${line.id}`}>
          <h3>{line.name}</h3>
          <p class="when">{line.when}</p>
          <p class="muted">{line.scope}</p>
          {line.hours ? <p class="muted">{line.hours}</p> : null}
          <p class="row">
            <a
              class={`number button${line.urgent ? ' primary' : ''}`}
              href={`tel:${line.phone}`}
              aria-label={t('routeCall', spacedNumber(line.phone))}
            >
              {spacedNumber(line.phone)}
            </a>
            {line.infoUrl ? (
              <a href={line.infoUrl} target="_blank" rel="noopener noreferrer">
                {t('supportMoreInfo')}
              </a>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
