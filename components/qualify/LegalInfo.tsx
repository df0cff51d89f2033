import { t } from '@/utils/i18n';

export interface LegalLine {
  text: string;
  article: string;
  label: string;
  maxPenalty: string;
  toCheck: boolean;
}

/** The French legal basis in plain words, with the short-deadline warning where one applies. */
export function LegalInfo(props: { lines: LegalLine[]; prescriptionMonths?: number; toCheck: boolean }) {
  return (
    <section class="legal" data-testid="legal-info">
      <h3>
        {t('legalHeading')} {props.toCheck && <ToCheck />}
      </h3>
      <ul>
        {props.lines.map((l) => (
          <li key={`${l.text}-${l.article}`}>
            <strong>{l.label}</strong> — {l.text}, art. {l.article}. {t('legalPenalty', l.maxPenalty)}
            {l.toCheck && <ToCheck />}
          </li>
        ))}
      </ul>
      {props.prescriptionMonths !== undefined && (
        <p class="notice" data-testid="prescription">
          {t('prescriptionWarning', String(props.prescriptionMonths))}
        </p>
      )}
    </section>
  );
}

export function ToCheck() {
  return (
    <span class="badge to-check" title={t('toCheckHint')} data-testid="to-check">
      {t('toCheck')}
    </span>
  );
}
