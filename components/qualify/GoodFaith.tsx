import { t } from '@/utils/i18n';

/** The false-report warning and the good-faith confirmation that unlocks the official forms. */
export function GoodFaith(props: { confirmed: boolean; onConfirm: (value: boolean) => void }) {
  return (
    <div class="good-faith" data-testid="good-faith">
      <p class="muted">{t('goodFaithWarning')}</p>
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
