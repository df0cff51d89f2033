import { t } from '@/utils/i18n';

/**
 * Directive 2011/93/EU on combating the sexual abuse and sexual exploitation of children, Art. 5:
 * acquiring, possessing, knowingly accessing and distributing child sexual abuse material are
 * offences in every member state. Read on EUR-Lex on 2026-12-05.
 */
export const CSAM_DIRECTIVE = 'https://eur-lex.europa.eu/eli/dir/2011/93/oj';

/**
 * The link-only (CSAM) banner. The rule (the address only) is the same everywhere; the law it
 * cites follows the reporter's country: the French Criminal Code in France, elsewhere the EU
 * directive every member state applies (no member state's own article is in Vigie's data).
 */
export function LinkOnlyNotice(props: { abroad: boolean }) {
  return (
    <div class="notice" role="alert" data-testid="csam-notice">
      <strong>{t('csamNoticeTitle')}</strong>
      {props.abroad ? (
        <p data-testid="csam-notice-abroad">
          {t('csamNoticeBodyAbroad')}{' '}
          <a href={CSAM_DIRECTIVE} target="_blank" rel="noopener noreferrer" data-testid="csam-notice-source">
            {t('csamNoticeSourceAbroad')}
          </a>
        </p>
      ) : (
        <p>{t('csamNoticeBody')}</p>
      )}
    </div>
  );
}
