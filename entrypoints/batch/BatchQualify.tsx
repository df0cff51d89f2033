/**
 * Several reports of the same kind qualified at once: the same answers for each (danger, category,
 * who reports, the campaign), one good-faith confirmation, each report then routed on its own.
 */
import { useState } from 'preact/hooks';
import { YesNo } from '@/components/qualify/YesNo';
import { Choice } from '@/components/qualify/Choice';
import { GoodFaith } from '@/components/qualify/GoodFaith';
import { ROLE_LABELS } from '@/components/qualify/role-labels';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { t, uiLanguage } from '@/utils/i18n';
import { categories, categoryById, isCategoryId, type CategoryId } from '@/utils/qualify/taxonomy';
import { reporterRoles, type Draft, type ReporterRole } from '@/utils/report/draft';
import { parseTagInput, withTags } from '@/utils/report/tags';

/** Several reports of the same kind qualified at once: the same answers for each, each routed on its own. */
export function BatchQualify(props: { drafts: Draft[]; onDone: (message: string) => void }) {
  const lang = uiLanguage();
  const [danger, setDanger] = useState<boolean | null>(null);
  const [categoryId, setCategoryId] = useState<CategoryId | ''>('');
  const [role, setRole] = useState<ReporterRole>('witness');
  const [goodFaith, setGoodFaith] = useState(false);
  const [campaign, setCampaign] = useState('');
  const [error, setError] = useState('');
  // Grooming, blackmail, listings: the items keep their captures unless they show a sexual image
  // of a minor — asked once for the batch, before anything is applied (the CSAM rule then purges).
  const [sexualImage, setSexualImage] = useState<boolean | null>(null);
  const asksSexualImage = categoryId !== '' && categoryById[categoryId].linkOnlyWhenMinorSexualImage;
  const count = props.drafts.length;

  const apply = async () => {
    if (danger !== false || categoryId === '' || !goodFaith || (asksSexualImage && sexualImage === null)) return;
    setError('');
    try {
      const at = new Date().toISOString();
      const tags = parseTagInput(campaign);
      // One report at a time through the repository: the CSAM rule applies to each as it is saved.
      for (const d of props.drafts)
        await draftsRepository.update(d.id, (current) => ({
          ...current,
          qualification: {
            ...current.qualification,
            danger: false,
            categoryId,
            role,
            goodFaithAt: at,
            ...(asksSexualImage && sexualImage !== null ? { minorSexualImage: sexualImage } : {}),
          },
          tags: withTags(current.tags, tags),
        }));
      props.onDone(t('batchQualified', String(count)));
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
    }
  };

  return (
    <section class="batch-qualify" aria-labelledby="batch-qualify-heading" data-testid="batch-qualify">
      <h2 id="batch-qualify-heading">{t('batchQualifyHeading', String(count))}</h2>
      <YesNo id="batch-danger" label={t('batchDangerQuestion')} value={danger} onChange={setDanger} />
      {danger === true && (
        <p class="notice" role="alert" data-testid="batch-danger-stop">
          {t('batchDangerStop')}
        </p>
      )}
      {danger === false && (
        <>
          <label for="batch-category">{t('batchCategory')}</label>
          <select
            id="batch-category"
            value={categoryId}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              setCategoryId(isCategoryId(value) ? value : '');
            }}
            data-testid="batch-category"
          >
            <option value="">{t('batchCategoryChoose')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label[lang]}
              </option>
            ))}
          </select>
          {asksSexualImage && (
            <YesNo
              id="batch-minorSexualImage"
              label={t(categoryId === 'illegal-product-marketplace' ? 'questionMinorItem' : 'questionMinorSexualImage')}
              value={sexualImage}
              onChange={setSexualImage}
            />
          )}
          <Choice
            id="batch-role"
            label={t('questionRole')}
            options={reporterRoles.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
            value={role}
            onChange={setRole}
          />
          <label for="batch-campaign">{t('batchCampaign')}</label>
          <input
            id="batch-campaign"
            type="text"
            value={campaign}
            maxLength={400}
            aria-describedby="batch-campaign-hint"
            onInput={(e) => setCampaign((e.target as HTMLInputElement).value)}
            data-testid="batch-campaign"
          />
          <p id="batch-campaign-hint" class="muted small">
            {t('batchCampaignHint')}
          </p>
          <GoodFaith confirmed={goodFaith} onConfirm={setGoodFaith} />
          <p class="muted">{t('batchOneByOne')}</p>
          <button
            type="button"
            class="primary"
            disabled={categoryId === '' || !goodFaith || (asksSexualImage && sexualImage === null)}
            onClick={() => void apply()}
            data-testid="batch-apply"
          >
            {t('batchApply', String(count))}
          </button>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
