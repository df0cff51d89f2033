import { useEffect, useState } from 'preact/hooks';
import { YesNo } from '@/components/qualify/YesNo';
import { DangerAction } from '@/components/qualify/DangerAction';
import { Choice } from '@/components/qualify/Choice';
import { EmergencyScreen, type EmergencyNumber } from '@/components/qualify/EmergencyScreen';
import { CategoryPicker, type CategoryOption } from '@/components/qualify/CategoryPicker';
import { LegalInfo } from '@/components/qualify/LegalInfo';
import { GoodFaith } from '@/components/qualify/GoodFaith';
import { RouteSteps, type RouteStepView } from '@/components/qualify/RouteSteps';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { draftIsLinkOnly } from '@/utils/qualify/link-only';
import { t, formatDateTime, uiLanguage, type MessageKey } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { categories, categoryById, isCategoryId, type CategoryId } from '@/utils/qualify/taxonomy';
import { channelById, isChannelId, type ChannelId } from '@/utils/channels/registry';
import { route } from '@/utils/channels/route';
import {
  channelsRemovedByAnswer,
  publicFromCapture,
  questionsThatMatter,
  routeInput,
  type QuestionKey,
} from '@/utils/channels/questions';
import { reporterRoles, type ReporterRole } from '@/utils/report/qualification';
import { composerUrl } from '@/utils/report/urls';
import type { ArtefactMeta, Draft, Qualification } from '@/utils/report/draft';
import { earlierReports } from '@/utils/report/handoffs';
import { openOfficialForm } from '@/utils/messaging/open-form';
import { ChannelHandoff, NarrativeSection, useNarrative } from './Handoff';
import { useSettings } from './useSettings';
import { useNoticeIdentity } from './useSettingsTexts';
import { useQualifyAnnouncements } from './useQualifyAnnouncements';
import { presetReporterRole } from '@/utils/db/settings-repo';
import { ROLE_LABELS } from '@/components/qualify/role-labels';
import { recordHandoffAction } from '@/utils/db/handoffs';
import { HourlyNote } from '@/components/HourlyNote';

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

/**
 * What a parent reports most about their child (from the answer, or the usual role in the
 * settings): grooming, sextortion, harassment and intimate images first, one click each.
 */
const PARENT_COMMON: CategoryId[] = [
  'grooming',
  'sextortion',
  'cyber-harassment',
  'non-consensual-intimate-images',
  'child-sexual-abuse-material',
  'minors-exposed-harmful-content',
  'threats',
  'hate-incitement',
  'online-scam',
  'other',
];

const EMERGENCY: { channel: ChannelId; when: MessageKey }[] = [
  { channel: 'police-17', when: 'emergency17' },
  { channel: 'emergency-112', when: 'emergency112' },
  { channel: 'child-in-danger-119', when: 'emergency119' },
  { channel: 'suicide-prevention-3114', when: 'emergency3114' },
];

/** Yes/no questions, worded for who is reporting: a parent is asked about their child. */
function questionLabel(
  key: Exclude<QuestionKey, 'role'>,
  role: ReporterRole | null,
  categoryId: CategoryId,
): MessageKey {
  switch (key) {
    case 'minor':
      return role === 'targeted' ? 'questionMinorTargeted' : 'questionMinorWitness';
    case 'minorSexualImage':
      // A listing shows an object; a conversation or a blackmail may contain a photo.
      return categoryId === 'illegal-product-marketplace' ? 'questionMinorItem' : 'questionMinorSexualImage';
    case 'privateExchange':
      return role === 'parent' ? 'questionPrivateParent' : 'questionPrivate';
    case 'publicContent':
      return 'questionPublic';
    case 'moneyDemanded':
      return 'questionMoney';
    case 'metInPerson':
      return role === 'parent' ? 'questionMetInPersonParent' : 'questionMetInPerson';
  }
}

export function Qualify(props: { draft: Draft; artefacts: ArtefactMeta[]; onChanged: () => void }) {
  const { draft } = props;
  const lang = uiLanguage();
  const q = draft.qualification;
  const [error, setError] = useState<string | null>(null);
  const [purged, setPurged] = useState<number | null>(null);
  const [others, setOthers] = useState<Draft[]>([]);

  useEffect(() => {
    draftsRepository
      .sameContent(draft)
      .then(setOthers)
      .catch(() => setOthers([]));
  }, [draft.id]);
  // "Already reported" only for content actually handed off; an earlier unsent draft is offered instead.
  const { handedOff: sent, unsent: unsentAll } = earlierReports(draft, others);
  const unsent = unsentAll.filter((o) => o.createdAt < draft.createdAt);

  const save = async (patch: Partial<Qualification>) => {
    setError(null);
    try {
      // CSAM rule: the repository applies it in the same transaction as the answers. If they make
      // this report link-only, every capture of it is deleted and every open page of it told.
      const result = await draftsRepository.qualify(draft.id, patch);
      if (!draftIsLinkOnly(draft) && draftIsLinkOnly(result.draft)) setPurged(result.purged);
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
  // The chips that fit who is reporting: a parent sees what happens to children first.
  const settings = useSettings();
  const common = q.role === 'parent' || (q.role === null && settings?.role === 'parent') ? PARENT_COMMON : COMMON;
  const emergencyPending = q.danger === true && !q.emergencyAcknowledgedAt;

  const numbers: EmergencyNumber[] = EMERGENCY.map(({ channel, when }) => ({
    number: channelById[channel].phone ?? '',
    name: inLang(channelById[channel].name, lang),
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
      {sent.length > 0 && (
        <div class="notice" role="status" data-testid="duplicate">
          <strong>{t('duplicateTitle')}</strong>
          <p>
            {t('duplicateBody', [
              formatDateTime(sent[0]!.handoffs[0]!.at),
              sent[0]!.handoffs
                .map((h) => (isChannelId(h.channelId) ? inLang(channelById[h.channelId].name, lang) : h.channelId))
                .join(', '),
            ])}
          </p>
          <a href={composerUrl(sent[0]!.draft.id)} target="_blank" rel="noopener">
            {t('duplicateOpen')}
          </a>
        </div>
      )}
      {sent.length === 0 && unsent.length > 0 && (
        <div class="notice" role="status" data-testid="duplicate-unsent">
          <strong>{t('duplicateUnsentTitle')}</strong>
          <p>{t('duplicateUnsentBody', formatDateTime(unsent[0]!.createdAt))}</p>
          <a href={composerUrl(unsent[0]!.id)} data-testid="duplicate-continue">
            {t('duplicateContinue')}
          </a>
        </div>
      )}

      <HourlyNote />

      <DangerAction pressed={q.danger === true} onChange={(danger) => void save({ danger })} />
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
            common={common.map(option)}
            others={categories.filter((c) => !common.includes(c.id)).map((c) => option(c.id))}
            selected={categoryId}
            onSelect={(id) => void save({ categoryId: id })}
          />
          {purged !== null && (
            <p class="notice" role="status" data-testid="purged">
              {t('csamPurged')}
            </p>
          )}
          {categoryId && (
            <Routing
              draft={draft}
              artefacts={props.artefacts}
              categoryId={categoryId}
              platformId={platformId}
              save={save}
              onChanged={props.onChanged}
            />
          )}
        </>
      )}
    </section>
  );
}

function Routing(props: {
  draft: Draft;
  artefacts: ArtefactMeta[];
  onChanged: () => void;
  categoryId: CategoryId;
  platformId: string | null;
  save: (patch: Partial<Qualification>) => Promise<void>;
}) {
  const lang = uiLanguage();
  const q = props.draft.qualification;
  const category = categoryById[props.categoryId];
  const result = route(routeInput(q, props.categoryId, props.platformId));
  const narrative = useNarrative(props.draft);
  const identity = useNoticeIdentity();
  const settings = useSettings();
  const questions = questionsThatMatter(q, props.categoryId, props.platformId);
  // A parent or a volunteer said once who they usually are: the answer is preset, still shown and changeable.
  const preset = settings ? presetReporterRole(settings.role) : null;
  const asksRole = questions.includes('role');
  useEffect(() => {
    if (asksRole && q.role === null && preset !== null) void props.save({ role: preset });
  }, [props.draft.id, asksRole, preset]);

  // What the capture already shows is not asked again: a platform's post captured at its own
  // address is public. Said as a fact, with a way to correct it (then the question is asked).
  const [correctingPublic, setCorrectingPublic] = useState(false);
  const publicShown =
    q.publicContent === null &&
    !correctingPublic &&
    publicFromCapture(props.draft.platform) &&
    q.privateExchange !== true;
  /** The channels an answer took off the route, in words (said at the answer). */
  const removedNote = (key: QuestionKey): string | undefined => {
    const names = channelsRemovedByAnswer(q, props.categoryId, props.platformId, key).map((id) =>
      inLang(channelById[id].name, lang),
    );
    if (names.length === 0) return undefined;
    return names.length === 1 ? t('answerRemovesOne', names[0]!) : t('answerRemovesMany', names.join(', '));
  };

  const announcement = useQualifyAnnouncements(
    questions.map((key) => ({
      key,
      label: key === 'role' ? t('questionRole') : t(questionLabel(key, q.role, props.categoryId)),
    })),
    result.steps.map((s) => inLang(channelById[s.channelId].name, lang)),
  );

  const steps: RouteStepView[] = result.steps.map((s) => {
    const c = channelById[s.channelId];
    return {
      channelId: s.channelId,
      kind: s.kind,
      name: inLang(c.name, lang),
      reason: inLang(s.reason, lang),
      needs: [...inLang(s.needs, lang)],
      ...(c.url && c.entry
        ? { entry: { url: c.url, label: inLang(c.entry.label, lang), toCheck: !c.entry.verified } }
        : {}),
      ...(c.infoUrl ? { infoUrl: c.infoUrl } : {}),
      ...(c.inApp ? { inApp: [...inLang(c.inApp, lang)] } : {}),
      ...(c.phone ? { phone: c.phone } : {}),
      sms: c.kind === 'sms',
      anonymousAllowed: c.anonymousAllowed,
      operator: c.operator,
      toCheck: c.confidence === 'to-check',
    };
  });

  return (
    <>
      <p class="sr-only" role="status" aria-live="polite" data-testid="qualify-announce">
        {announcement}
      </p>
      {questions.map((key) =>
        key === 'role' ? (
          <Choice
            key={key}
            id={key}
            label={t('questionRole')}
            options={reporterRoles.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
            value={q.role}
            onChange={(role) => void props.save({ role })}
            note={removedNote(key)}
          />
        ) : key === 'publicContent' && publicShown ? (
          <p key={key} class="muted inferred" data-testid="inferred-publicContent">
            {t('inferredPublic', props.draft.platform?.platformName ?? '')}{' '}
            <button
              type="button"
              class="link"
              data-testid="inferred-publicContent-change"
              onClick={() => {
                setCorrectingPublic(true);
                void props.save({ publicContent: false });
              }}
            >
              {t('inferredPublicChange')}
            </button>
          </p>
        ) : (
          <YesNo
            key={key}
            id={key}
            label={t(questionLabel(key, q.role, props.categoryId))}
            value={q[key] ?? null}
            onChange={(v) => void props.save({ [key]: v })}
            note={removedNote(key)}
          />
        ),
      )}

      <LegalInfo
        lines={category.legalBasis.map((l) => ({
          text: l.code,
          article: l.article,
          label: l.label[lang],
          maxPenalty: l.maxPenalty[lang],
          toCheck: l.confidence === 'to-check',
          ...(l.prescription && {
            prescription: { months: l.prescription.months, toCheck: l.prescription.confidence === 'to-check' },
          }),
        }))}
        toCheck={category.confidence === 'to-check'}
      />

      <h3>{t('routeHeading')}</h3>
      {result.outOfScope && (
        <div class="notice" role="status" data-testid="out-of-scope">
          <strong>{t('outOfScopeTitle')}</strong>
          <p>{inLang(result.outOfScope.reason, lang)}</p>
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
      <NarrativeSection draft={props.draft} narrative={narrative} onChanged={props.onChanged} />
      <GoodFaith
        confirmed={q.goodFaithAt !== null}
        onConfirm={(ok) => void props.save({ goodFaithAt: ok ? new Date().toISOString() : null })}
      />
      <RouteSteps
        steps={steps}
        formsUnlocked={q.goodFaithAt !== null}
        handedOff={Object.fromEntries(
          props.draft.handoffs.filter((h) => h.actions.length > 0).map((h) => [h.channelId, formatDateTime(h.at)]),
        )}
        onOpen={(channelId, url) => {
          // The user's click opens the official form, with the pack beside it in Vigie's side panel
          // (called in the click: browsers open a panel only in a user gesture). Nothing is sent.
          if (!isChannelId(channelId)) return;
          void openOfficialForm(props.draft.id, channelId)
            .then((r) => {
              if (!r.ok) open(url, '_blank', 'noopener,noreferrer');
            })
            .catch(() => open(url, '_blank', 'noopener,noreferrer'))
            .then(() => recordHandoffAction(props.draft.id, channelId, 'opened'))
            .then(props.onChanged);
        }}
        onCall={(channelId) => {
          if (isChannelId(channelId))
            void recordHandoffAction(props.draft.id, channelId, 'called').then(props.onChanged);
        }}
        renderExtra={(channelId) =>
          q.goodFaithAt !== null && isChannelId(channelId) ? (
            <ChannelHandoff
              draft={props.draft}
              description={narrative.description}
              identity={identity}
              route={result}
              artefacts={props.artefacts}
              channelId={channelId}
              onChanged={props.onChanged}
            />
          ) : null
        }
      />
    </>
  );
}
