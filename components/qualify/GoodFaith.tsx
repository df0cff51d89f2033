import { t, uiLanguage } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { falseReports } from '@/utils/qualify/false-report';
import { ToCheck } from './LegalInfo';

/** The false-report warning (each offence once, from data) and the good-faith confirmation that unlocks the official forms. */
export function GoodFaith(props: {
  confirmed: boolean;
  onConfirm: (value: boolean) => void;
  /** Once confirmed, the offences fold under the warning (still one click away). */
  foldWhenConfirmed?: boolean;
  /** The reporter is in another member state: French offences are not theirs to be warned of. */
  abroad?: boolean;
}) {
  const lang = uiLanguage();
  const offences = props.abroad ? (
    <p class="muted" data-testid="false-report-abroad">
      {t('goodFaithAbroad')}
    </p>
  ) : (
    <ul class="muted" data-testid="false-report-offences">
      {falseReports.map((f) => (
        <li key={f.id} data-testid={`false-report-${f.id}`}>
          <strong>{inLang(f.offence, lang)}</strong> ({f.code}, art. {f.article}) —{' '}
          {t('goodFaithOffence', [inLang(f.covers, lang), inLang(f.maxPenalty, lang)])}
          {f.confidence === 'to-check' && <ToCheck />}
        </li>
      ))}
    </ul>
  );
  return (
    <div class="good-faith" data-testid="good-faith">
      {props.foldWhenConfirmed && props.confirmed ? (
        <details>
          <summary class="muted">{t('goodFaithWarning')}</summary>
          {offences}
        </details>
      ) : (
        <>
          <p class="muted">{t('goodFaithWarning')}</p>
          {offences}
        </>
      )}
      <label>
        <input
          type="checkbox"
          checked={props.confirmed}
          onChange={(e) => props.onConfirm((e.target as HTMLInputElement).checked)}
          data-testid="good-faith-confirm"
        />{' '}
        {t('goodFaithConfirm')}
      </label>
    </div>
  );
}
