import { t } from '@/utils/i18n';

export interface LegalLine {
  text: string;
  article: string;
  label: string;
  maxPenalty: string;
  toCheck: boolean;
  /** Where the text is read (Légifrance…). */
  sourceUrl?: string;
  /** This offence's own short prescription (press law), if it has one. */
  prescription?: { months: number; toCheck: boolean };
}

/**
 * The French legal basis, said once in plain words, each text linked to its source; each offence
 * with a short deadline shows its own. What is not verified yet is listed in a details view, not
 * marked on the law itself: the user has nothing to act on there.
 */
export function LegalInfo(props: { lines: LegalLine[]; toCheck: boolean }) {
  const anyDeadline = props.lines.some((l) => l.prescription !== undefined);
  const unverified = props.lines.filter((l) => l.toCheck || l.prescription?.toCheck);
  return (
    <section class="legal" data-testid="legal-info">
      <h3>{t('legalHeading')}</h3>
      <ul>
        {props.lines.map((l) => (
          <li key={`${l.text}-${l.article}`}>
            <strong>{l.label}</strong> —{' '}
            {l.sourceUrl ? (
              <a href={l.sourceUrl} target="_blank" rel="noopener noreferrer" data-testid="legal-source">
                {l.text}, art. {l.article}
              </a>
            ) : (
              <>
                {l.text}, art. {l.article}
              </>
            )}
            . {t('legalPenalty', l.maxPenalty)}
            {l.prescription && (
              <>
                {' '}
                <span data-testid="prescription-line">{t('legalDeadline', String(l.prescription.months))}</span>
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
      {(props.toCheck || unverified.length > 0) && (
        <details class="small muted" data-testid="legal-to-check">
          <summary>{t('toCheck')}</summary>
          <p>{t('toCheckHint')}</p>
          {unverified.length > 0 && (
            <ul>
              {unverified.map((l) => (
                <li key={`${l.text}-${l.article}`}>
                  {l.text}, art. {l.article}
                </li>
              ))}
            </ul>
          )}
        </details>
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
