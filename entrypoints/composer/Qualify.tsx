import { useEffect, useState } from 'preact/hooks';
import { YesNo } from '@/components/qualify/YesNo';
import { EmergencyScreen, type EmergencyNumber } from '@/components/qualify/EmergencyScreen';
import { CategoryPicker, type CategoryOption } from '@/components/qualify/CategoryPicker';
import { LegalInfo } from '@/components/qualify/LegalInfo';
import { GoodFaith } from '@/components/qualify/GoodFaith';
import { RouteSteps, type RouteStepView } from '@/components/qualify/RouteSteps';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { t, formatDateTime, uiLanguage, type MessageKey } from '@/utils/i18n';
import { categories, categoryById, isCategoryId, type CategoryId } from '@/utils/qualify/taxonomy';
import { channelById, type ChannelId } from '@/utils/channels/registry';
import { route } from '@/utils/channels/route';
import { questionsThatMatter, routeInput, type QuestionKey } from '@/utils/qualify/questions';
import { composerUrl } from '@/utils/report/urls';
import type { Draft, Qualification } from '@/utils/report/draft';

/** One click each: what citizens report most. Every other category is one more click away. */
const COMMON: CategoryId[] = [
  'hate-incitement',
  'cyber-harassment',
  'threats',
  'terrorism',
  'online-scam',
  'phishing',
  'non-consensual-intimate-images',
  'child-sexual-abuse-material',
  'illegal-product-marketplace',
  'other',
];

const EMERGENCY: { channel: ChannelId; when: MessageKey }[] = [
  { channel: 'police-17', when: 'emergency17' },
  { channel: 'emergency-112', when: 'emergency112' },
  { channel: 'child-in-danger-119', when: 'emergency119' },
  { channel: 'suicide-prevention-3114', when: 'emergency3114' },
];

const questionLabels: Record<QuestionKey, MessageKey> = {
  minor: 'questionMinor',
  victim: 'questionVictim',
  privateExchange: 'questionPrivate',
  publicContent: 'questionPublic',
};

export function Qualify(props: { draft: Draft; onChanged: () => void }) {
  const { draft } = props;
  const lang = uiLanguage();
  const q = draft.qualification;
  const [error, setError] = useState<string | null>(null);
  const [purged, setPurged] = useState<number | null>(null);
  const [earlier, setEarlier] = useState<Draft[]>([]);

  useEffect(() => {
    draftsRepository
      .sameContent(draft)
      .then((others) => setEarlier(others.filter((o) => o.createdAt < draft.createdAt)))
      .catch(() => setEarlier([]));
  }, [draft.id]);

  const save = async (patch: Partial<Qualification>) => {
    setError(null);
    try {
      // CSAM rule: the repository applies it in the same transaction as the answers. If they make
      // this report link-only, every capture of it is deleted and every open page of it told.
      const result = await draftsRepository.qualify(draft.id, patch);
      if (draft.mode === 'full' && result.draft.mode === 'url-only') setPurged(result.purged);
      props.onChanged();
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
    }
  };

  // Arriving from the link-only menu entry: the category is already known.
  useEffect(() => {
    if (draft.csam && q.categoryId === null) void save({ categoryId: 'child-sexual-abuse-material' });
  }, [draft.id]);

  const option = (id: CategoryId): CategoryOption => {
    const c = categoryById[id];
    return { id, label: c.label[lang], description: c.description[lang], examples: c.examples[lang] };
  };
  const categoryId = q.categoryId && isCategoryId(q.categoryId) ? q.categoryId : null;
  const platformId = draft.platform?.platformId ?? null;
  const emergencyPending = q.danger === true && !q.emergencyAcknowledgedAt;

  const numbers: EmergencyNumber[] = EMERGENCY.map(({ channel, when }) => ({
    number: channelById[channel].phone ?? '',
    name: channelById[channel].name,
    when: t(when),
  })).filter((n) => n.number);

  return (
    <section class="qualify" data-testid="qualify">
      <h2>{t('qualifyHeading')}</h2>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {earlier.length > 0 && (
        <div class="notice" role="status" data-testid="duplicate">
          <strong>{t('duplicateTitle')}</strong>
          <p>
            {t('duplicateBody', [
              formatDateTime(earlier[0]!.createdAt),
              earlier[0]!.qualification.categoryId && isCategoryId(earlier[0]!.qualification.categoryId)
                ? categoryById[earlier[0]!.qualification.categoryId].label[lang]
                : t('duplicateUnqualified'),
            ])}
          </p>
          <a href={composerUrl(earlier[0]!.id)} target="_blank" rel="noopener">
            {t('duplicateOpen')}
          </a>
        </div>
      )}

      <YesNo id="danger" label={t('dangerQuestion')} value={q.danger} onChange={(danger) => void save({ danger })} />
      {q.danger === true && (
        <EmergencyScreen
          numbers={numbers}
          acknowledged={!emergencyPending}
          onAcknowledge={() => void save({ emergencyAcknowledgedAt: new Date().toISOString() })}
        />
      )}

      {!emergencyPending && (
        <>
          <CategoryPicker
            common={COMMON.map(option)}
            others={categories.filter((c) => !COMMON.includes(c.id)).map((c) => option(c.id))}
            selected={categoryId}
            onSelect={(id) => void save({ categoryId: id })}
          />
          {purged !== null && (
            <p class="notice" role="status" data-testid="purged">
              {t('csamPurged')}
            </p>
          )}
          {categoryId && <Routing draft={draft} categoryId={categoryId} platformId={platformId} save={save} />}
        </>
      )}
    </section>
  );
}

function Routing(props: {
  draft: Draft;
  categoryId: CategoryId;
  platformId: string | null;
  save: (patch: Partial<Qualification>) => Promise<void>;
}) {
  const lang = uiLanguage();
  const q = props.draft.qualification;
  const category = categoryById[props.categoryId];
  const result = route(routeInput(q, props.categoryId, props.platformId));
  const questions = questionsThatMatter(q, props.categoryId, props.platformId);

  const steps: RouteStepView[] = result.steps.map((s) => {
    const c = channelById[s.channelId];
    return {
      channelId: s.channelId,
      kind: s.kind,
      name: c.name,
      reason: lang === 'en' ? s.reasonEn : s.reasonFr,
      needs: lang === 'en' ? s.needsEn : s.needsFr,
      url: c.url,
      phone: c.phone,
      anonymousAllowed: c.anonymousAllowed,
      operator: c.operator,
      toCheck: c.confidence === 'to-check',
    };
  });

  return (
    <>
      {questions.map((key) => (
        <YesNo
          key={key}
          id={key}
          label={t(questionLabels[key])}
          value={q[key]}
          onChange={(v) => void props.save({ [key]: v })}
        />
      ))}

      <LegalInfo
        lines={category.legalBasis.map((l) => ({
          text: l.code,
          article: l.article,
          label: l.label[lang],
          maxPenalty: l.maxPenalty[lang],
          toCheck: l.confidence === 'to-check',
        }))}
        prescriptionMonths={category.prescription?.months}
        toCheck={category.confidence === 'to-check'}
      />

      <h3>{t('routeHeading')}</h3>
      {result.outOfScope && (
        <div class="notice" role="status" data-testid="out-of-scope">
          <strong>{t('outOfScopeTitle')}</strong>
          <p>{lang === 'en' ? result.outOfScope.reasonEn : result.outOfScope.reasonFr}</p>
        </div>
      )}
      {result.complaintAdvised && (
        <p class="notice" data-testid="complaint-advised">
          {t('routeComplaint')}
        </p>
      )}
      {result.omitReporterIdentity && (
        <p class="notice" data-testid="identity-omitted">
          {t('routeIdentityOmitted')}
        </p>
      )}
      {result.notes.map((n) => (
        <p key={n.fr} class="muted">
          {n[lang]}
        </p>
      ))}
      <GoodFaith
        confirmed={q.goodFaithAt !== null}
        onConfirm={(ok) => void props.save({ goodFaithAt: ok ? new Date().toISOString() : null })}
      />
      <RouteSteps steps={steps} formsUnlocked={q.goodFaithAt !== null} />
    </>
  );
}
