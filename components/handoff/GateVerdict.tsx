/**
 * The report-quality gate's verdict on one channel's pack, said before anything is copied, filled
 * or exported: « Prêt pour PHAROS », or « Manque pour PHAROS : … » with what the user can do. The
 * pack's language is said when it is not the interface's (a French service gets French text).
 */
import type { Pack, PackFieldKey } from '@/utils/handoff/types';
import { t, uiLanguage, type MessageKey } from '@/utils/i18n';

/** How the verdict names a missing field, in the interface's language. */
const NAME: Partial<Record<PackFieldKey, MessageKey>> = {
  category: 'gateNeedCategory',
  publishedAt: 'gateNeedPublishedAt',
  place: 'gateNeedPlace',
  url: 'gateNeedUrl',
  description: 'gateNeedDescription',
  name: 'gateNeedName',
  email: 'gateNeedEmail',
  goodFaith: 'gateNeedGoodFaith',
  notice: 'gateNeedNotice',
};

export function gateList(pack: Pack, keys: readonly PackFieldKey[]): string {
  const names = keys.map((k) => {
    if (k === 'description' && pack.fields.some((f) => f.key === 'notice')) return t('gateNeedExplanation');
    const key = NAME[k];
    return key ? t(key) : (pack.fields.find((f) => f.key === k)?.label ?? k);
  });
  return new Intl.ListFormat(uiLanguage() === 'en' ? 'en-GB' : 'fr-FR', { type: 'conjunction' }).format(names);
}

export function GateVerdict(props: { pack: Pack; channelName: string }) {
  const { pack, channelName } = props;
  const v = pack.verdict;
  const otherLanguage = pack.lang !== uiLanguage();
  return (
    <div class={v.ready ? 'gate ready' : 'gate notice'} data-testid="gate-verdict" data-ready={String(v.ready)}>
      <p>
        <strong>
          {v.ready ? t('gateReady', channelName) : t('gateMissing', [channelName, gateList(pack, v.missing)])}
        </strong>
      </p>
      {v.missing.includes('description') && <p class="small">{t('gateWriteDescription')}</p>}
      {v.missing.includes('publishedAt') && <p class="small">{t('gateGivePublished')}</p>}
      {v.rejected.length > 0 && (
        <p class="small" data-testid="gate-rejected">
          {t(
            'gateRejected',
            gateList(
              pack,
              v.rejected.map((r) => r.key),
            ),
          )}
        </p>
      )}
      {otherLanguage && (
        <p class="small muted" data-testid="gate-language">
          {t(pack.lang === 'fr' ? 'gateInFrench' : 'gateInEnglish')}
        </p>
      )}
    </div>
  );
}
