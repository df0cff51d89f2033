/**
 * Step 2, where it goes: what the capture and the settings already say (as statements the user
 * can change), the questions whose answer can take a door away, then the doors — the recommended
 * one first with its one action and why, the others below — the optional refinements, and the law
 * once, in plain words with its source.
 */
import { useEffect, useState } from 'preact/hooks';
import { YesNo } from '@/components/qualify/YesNo';
import { Choice } from '@/components/qualify/Choice';
import { LegalInfo } from '@/components/qualify/LegalInfo';
import { RouteSteps } from '@/components/qualify/RouteSteps';
import { t, formatDateTime, uiLanguage, type MessageKey } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { categoryById, type CategoryId } from '@/utils/qualify/taxonomy';
import { channelById, isChannelId, type ChannelId } from '@/utils/channels/registry';
import { routeInputOf, routeOfDraft } from '@/utils/channels/route-of';
import { hostedAbroadNote } from '@/utils/channels/eu/hosted-abroad';
import {
  channelsRemovedByAnswer,
  isRefinement,
  publicFromCapture,
  questionsThatMatter,
  type QuestionKey,
} from '@/utils/channels/questions';
import { reporterRoles, reportsFromAbroad, type ReporterRole } from '@/utils/report/qualification';
import type { Draft, Qualification } from '@/utils/report/draft';
import { presetReporterRole } from '@/utils/db/settings-repo';
import { recordHandoffAction } from '@/utils/db/handoffs';
import { useSettings } from './useSettings';
import { useQualifyAnnouncements } from './useQualifyAnnouncements';
import { routeAdvice, routeStepViews } from './route-view';
import { ROLE_LABELS } from '@/components/qualify/role-labels';

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

export function WhereItGoes(props: {
  /** A draft whose category is chosen. */
  draft: Draft;
  save: (patch: Partial<Qualification>) => Promise<void>;
  /** "Report to …": the hand-over of that door. */
  onChoose: (channelId: ChannelId) => void;
  onChanged: () => void;
}) {
  const lang = uiLanguage();
  const q = props.draft.qualification;
  // What routing reads of the draft, derived once: the questions route hypothetical answers of it.
  const input = routeInputOf(props.draft)!;
  const category = categoryById[input.categoryId];
  const result = routeOfDraft(props.draft)!;
  const abroad = hostedAbroadNote({
    country: q.country,
    platformId: input.platformId,
    url: props.draft.target.url,
    channelIds: result.steps.map((s) => s.channelId),
    urlOnly: result.urlOnly,
  });
  const settings = useSettings();
  const questions = questionsThatMatter(input);
  // A parent or a volunteer said once who they usually are: the answer is preset and said as a
  // statement, with a way to change it (then the question is asked).
  const preset = settings ? presetReporterRole(settings.role) : null;
  const asksRole = questions.includes('role');
  useEffect(() => {
    if (asksRole && q.role === null && preset !== null) void props.save({ role: preset });
  }, [props.draft.id, asksRole, preset]);
  const [correctingRole, setCorrectingRole] = useState(false);
  const roleShown = preset !== null && q.role === preset && !correctingRole;

  // What the capture already shows is not asked again: a platform's post captured at its own
  // address is public, and so not a private exchange. Said as a fact, with a way to correct it
  // (then the questions are asked).
  const [correctingPublic, setCorrectingPublic] = useState(false);
  const publicShown =
    q.publicContent === null &&
    q.privateExchange === null &&
    !correctingPublic &&
    publicFromCapture(props.draft.platform);
  const stated = (key: QuestionKey) =>
    (key === 'role' && roleShown) || ((key === 'publicContent' || key === 'privateExchange') && publicShown);
  const asked = questions.filter((key) => !stated(key) && !isRefinement(input, key));
  const refinements = questions.filter((key) => !stated(key) && !asked.includes(key) && isRefinement(input, key));

  /** The channels an answer took off the route, in words (said at the answer). */
  const removedNote = (key: QuestionKey): string | undefined => {
    const names = channelsRemovedByAnswer(input, key).map((id) => inLang(channelById[id].name, lang));
    if (names.length === 0) return undefined;
    return names.length === 1 ? t('answerRemovesOne', names[0]!) : t('answerRemovesMany', names.join(', '));
  };
  const label = (key: QuestionKey) =>
    key === 'role' ? t('questionRole') : t(questionLabel(key, q.role, input.categoryId));

  const announcement = useQualifyAnnouncements(
    asked.map((key) => ({ key, label: label(key) })),
    result.steps.map((s) => inLang(channelById[s.channelId].name, lang)),
  );

  const question = (key: QuestionKey) =>
    key === 'role' ? (
      <Choice
        key={key}
        id={key}
        label={label(key)}
        options={reporterRoles.map((value) => ({ value, label: t(ROLE_LABELS[value]) }))}
        value={q.role}
        onChange={(role) => void props.save({ role })}
        note={removedNote(key)}
      />
    ) : (
      <YesNo
        key={key}
        id={key}
        label={label(key)}
        value={q[key] ?? null}
        onChange={(v) => void props.save({ [key]: v })}
        note={removedNote(key)}
      />
    );

  const steps = routeStepViews(result, lang);
  return (
    <div class="where" data-testid="where-it-goes">
      <p class="sr-only" role="status" aria-live="polite" data-testid="qualify-announce">
        {announcement}
      </p>
      {questions.includes('role') && roleShown && (
        <p class="muted inferred" data-testid="inferred-role">
          {t('roleInferred', t(ROLE_LABELS[q.role!]))}{' '}
          <button type="button" class="link" data-testid="inferred-role-change" onClick={() => setCorrectingRole(true)}>
            {t('roleInferredChange')}
          </button>
        </p>
      )}
      {(questions.includes('publicContent') || questions.includes('privateExchange')) && publicShown && (
        <p class="muted inferred" data-testid="inferred-publicContent">
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
      )}
      {asked.map(question)}

      {result.outOfScope && (
        <div class="notice" role="status" data-testid="out-of-scope">
          <strong>{t('outOfScopeTitle')}</strong>
          <p>{inLang(result.outOfScope.reason, lang)}</p>
        </div>
      )}
      <p class="muted small" data-testid="good-faith-by-continuing">
        {t('continueGoodFaith')}
      </p>
      <RouteSteps
        mode="choose"
        steps={steps}
        formsUnlocked={q.goodFaithAt !== null}
        handedOff={Object.fromEntries(
          props.draft.handoffs.filter((h) => h.actions.length > 0).map((h) => [h.channelId, formatDateTime(h.at)]),
        )}
        onChoose={(id) => {
          if (isChannelId(id)) props.onChoose(id);
        }}
        onCall={(id) => {
          if (isChannelId(id)) void recordHandoffAction(props.draft.id, id, 'called').then(props.onChanged);
        }}
      />
      {refinements.length > 0 && (
        <details class="refinements" data-testid="refinements" open={refinements.some((key) => q[key] !== null)}>
          <summary>{t('refinementsSummary')}</summary>
          {refinements.map(question)}
        </details>
      )}
      {routeAdvice(result, { parent: q.role === 'parent', abroad: reportsFromAbroad(q) }).map((key) => (
        <p
          key={key}
          class="notice"
          data-testid={key.startsWith('routeComplaint') ? 'complaint-advised' : 'identity-omitted'}
        >
          {t(key)}
        </p>
      ))}
      {result.notes.map((n) => (
        <p key={n.fr} class="muted">
          {n[lang]}
        </p>
      ))}
      {abroad && (
        <p class="muted" data-testid="hosted-abroad">
          {abroad[lang]}
        </p>
      )}
      {/* French law: said to a reporter in France only (another member state's law is not in Vigie). */}
      {!reportsFromAbroad(q) && (
        <LegalInfo
          lines={category.legalBasis.map((l) => ({
            text: l.code,
            article: l.article,
            label: l.label[lang],
            maxPenalty: l.maxPenalty[lang],
            toCheck: l.confidence === 'to-check',
            sourceUrl: l.source.url,
            ...(l.prescription && {
              prescription: { months: l.prescription.months, toCheck: l.prescription.confidence === 'to-check' },
            }),
          }))}
          toCheck={category.confidence === 'to-check'}
        />
      )}
    </div>
  );
}
