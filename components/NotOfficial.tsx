import { t } from '@/utils/i18n';

/** Vigie is not an official service: said on every page, never hidden. */
export function NotOfficial() {
  return (
    <p class="not-official" role="note">
      {t('notOfficial')}
    </p>
  );
}
