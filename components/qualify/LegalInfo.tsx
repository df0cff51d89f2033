import { t } from '@/utils/i18n';

export interface LegalLine {
  text: string;
  article: string;
  label: string;
  maxPenalty: string;
  toCheck: boolean;
  /** This offence's own short prescription (press law), if it has one. */
  prescription?: { months: number; toCheck: boolean };
}

/** The French legal basis in plain words; each offence with a short deadline shows its own. */
export function LegalInfo(props: { lines: LegalLine[]; toCheck: boolean }) {
  const anyDeadline = props.lines.some((l) => l.prescription !== undefined);
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
            {l.prescription && (
              <>
                {' '}
                <span data-testid="prescription-line">{t('legalDeadline', String(l.prescription.months))}</span>
                {l.prescription.toCheck && <ToCheck />}
              </>
            )}
          </li>
        ))}
      </ul>
      {anyDeadline && (
        <p class="notice" data-testid="prescription">
          {t('prescriptionWarning')}
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
