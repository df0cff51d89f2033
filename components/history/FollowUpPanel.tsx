import { useState } from 'preact/hooks';
import './history.css';
import { TagsField } from './TagsField';
import { t, tCount, uiLanguage, type MessageKey } from '@/utils/i18n';
import { prescriptionOf } from '@/utils/qualify/prescription-of';
import { inLang } from '@/utils/localized';
import type { FollowUpDeps } from './draft-store';
import { reportStatus } from '@/utils/report/handoffs';
import type { Draft } from '@/utils/report/draft';
import {
  addStep,
  decisionOutcomes,
  dsaNextSteps,
  followUpStatus,
  followUpStatuses,
  recordDecision,
  recordOnlineCheck,
  type DecisionOutcome,
  type FollowUp,
  type FollowUpStatus,
  type OnlineCheckResult,
} from '@/utils/report/follow-up';
import { cleanReference, referenceOverflow } from '@/utils/report/reference';
import { ReferenceError } from '../handoff/ReferenceError';
import {
  decisionLabel,
  decisionLabels,
  followUpStatusLabel,
  formatDay,
  isPlatformNotice,
  onlineCheckLabels,
  savedWhen,
  stepInstant,
  today,
} from './labels';

const settable = followUpStatuses.filter((s) => s !== 'draft');
/**
 * The instant of a day typed in a date field, or `null` when it is empty, malformed or in the
 * future: today is now (the time it was saved), an earlier day its noon (shown as a day only).
 */
const pastDay = (day: string) => (day <= today() ? stepInstant(day) : null);

/** Said next to a date field whose value cannot be saved (the save button is then disabled). */
function DayError(props: { testId: string; id: string }) {
  return (
    <p class="error small" role="alert" id={props.id} data-testid={props.testId}>
      {t('followUpDateInvalid')}
    </p>
  );
}

/** A day, today or earlier; invalid, it says so and points to the message (`errorId`). */
function DayField(props: { day: string; valid: boolean; testId: string; errorId: string; onDay: (d: string) => void }) {
  return (
    <label>
      {t('followUpStepDate')}{' '}
      <input
        type="date"
        value={props.day}
        max={today()}
        aria-invalid={!props.valid}
        aria-describedby={props.valid ? undefined : props.errorId}
        data-testid={props.testId}
        onInput={(e) => props.onDay((e.target as HTMLInputElement).value)}
      />
    </label>
  );
}
const isWeb = (url: string) => /^https?:\/\//i.test(url);

export function FollowUpPanel({
  draft,
  onChanged,
  withTags = false,
  titled = true,
  drafts,
  openTab,
}: FollowUpDeps & {
  draft: Draft;
  onChanged: () => void;
  /** Show the report's campaigns and tags (the composer; the history shows them on the row). */
  withTags?: boolean;
  /** Its own « Suivi » heading; the composer's folded part has it in its summary already. */
  titled?: boolean;
}) {
  const status = followUpStatus(reportStatus(draft), draft.followUp);
  const [error, setError] = useState<string | null>(null);

  const save = async (change: (f: FollowUp) => FollowUp) => {
    setError(null);
    try {
      await drafts.update(draft.id, (d) => ({ ...d, followUp: change(d.followUp) }));
      onChanged();
    } catch (e) {
      setError(`${t('saveFailed')} ${e instanceof Error ? e.message : ''}`);
    }
  };

  const noticeChannel = draft.handoffs.find((h) => h.actions.length > 0 && isPlatformNotice(h.channelId));
  return (
    <section class="follow-up" data-testid="follow-up" data-status={status}>
      {titled && <h2>{t('followUpHeading')}</h2>}
      <p>
        {t('followUpCurrent')}{' '}
        <span class={`badge status-${status}`} data-testid="follow-up-status">
          {followUpStatusLabel(status)}
        </span>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <StepForm key={status} idBase={draft.id} onSave={(step) => save((f) => addStep(f, step))} current={status} />
      {draft.followUp.steps.length > 0 && (
        <ol class="steps" data-testid="follow-up-steps">
          {draft.followUp.steps.map((s, i) => (
            <li key={i}>
              {followUpStatusLabel(s.status)} — {savedWhen(s.at)}
              {s.reference && ` — ${t('followUpReferenceShort', s.reference)}`}
            </li>
          ))}
        </ol>
      )}
      {(noticeChannel || draft.platform) && (
        <Decision draft={draft} channelId={noticeChannel?.channelId ?? null} onSave={save} />
      )}
      <Prescription draft={draft} />
      <StillOnline draft={draft} openTab={openTab} onSave={(r, at) => save((f) => recordOnlineCheck(f, r, at))} />
      {withTags && <TagsField draft={draft} onChanged={onChanged} drafts={drafts} />}
    </section>
  );
}

function StepForm(props: {
  /** Prefix of this form's element ids (the draft's id: several editors may be open). */
  idBase: string;
  current: FollowUpStatus;
  onSave: (step: { status: FollowUpStatus; at: string; reference: string | null }) => Promise<void>;
}) {
  const next = settable.find((s) => followUpStatuses.indexOf(s) > followUpStatuses.indexOf(props.current));
  const [status, setStatus] = useState<FollowUpStatus>(next ?? 'closed');
  const [day, setDay] = useState(today());
  const [reference, setReference] = useState('');
  const at = pastDay(day);
  const dayErrorId = `${props.idBase}-step-day`;
  const overflow = referenceOverflow(reference);
  const referenceErrorId = `${props.idBase}-step-reference`;
  return (
    <form
      class="step-form row"
      data-testid="follow-up-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!at || overflow !== null) return;
        void props.onSave({ status, at, reference: cleanReference(reference) }).then(() => setReference(''));
      }}
    >
      <label>
        {t('followUpStepStatus')}{' '}
        <select
          value={status}
          data-testid="follow-up-step-status"
          onChange={(e) => setStatus((e.target as HTMLSelectElement).value as FollowUpStatus)}
        >
          {settable.map((s) => (
            <option key={s} value={s}>
              {followUpStatusLabel(s)}
            </option>
          ))}
        </select>
      </label>{' '}
      <DayField day={day} valid={!!at} testId="follow-up-date" errorId={dayErrorId} onDay={setDay} />{' '}
      <label>
        {t('followUpReference')}{' '}
        <input
          type="text"
          value={reference}
          aria-invalid={overflow !== null}
          aria-describedby={overflow === null ? undefined : referenceErrorId}
          data-testid="follow-up-reference"
          onInput={(e) => setReference((e.target as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit" class="small" disabled={!at || overflow !== null} data-testid="follow-up-save">
        {t('followUpSave')}
      </button>
      {!at && <DayError testId="follow-up-date-error" id={dayErrorId} />}
      {overflow !== null && (
        <ReferenceError length={overflow} id={referenceErrorId} testId="follow-up-reference-error" />
      )}
    </form>
  );
}

function Decision(props: {
  draft: Draft;
  channelId: string | null;
  onSave: (change: (f: FollowUp) => FollowUp) => Promise<void>;
}) {
  const decision = props.draft.followUp.decision;
  // No decision is pre-chosen: the list starts empty, whatever channel the report went to.
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>(decision?.outcome ?? '');
  const [day, setDay] = useState(today());
  const at = pastDay(day);
  const dayErrorId = `${props.draft.id}-decision-day`;
  const steps = dsaNextSteps(decision);
  const lang = uiLanguage();
  return (
    <div class="decision" data-testid="follow-up-decision">
      <h3>{t('followUpDecisionHeading')}</h3>
      {props.channelId === null && (
        <p class="muted small" data-testid="decision-not-notified">
          {t('followUpDecisionNotNotified')}
        </p>
      )}
      {decision && (
        <p data-testid="decision-recorded" data-outcome={decision.outcome}>
          {decisionLabel(decision.outcome)} — {savedWhen(decision.at)}
        </p>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (at && outcome) void props.onSave((f) => recordDecision(f, outcome, at, props.channelId));
        }}
      >
        <label>
          {t('followUpDecisionHeading')}{' '}
          <select
            value={outcome}
            data-testid="decision-outcome"
            onChange={(e) => setOutcome((e.target as HTMLSelectElement).value as DecisionOutcome | '')}
          >
            <option value="" disabled>
              {t('followUpDecisionChoose')}
            </option>
            {decisionOutcomes.map((o) => (
              <option key={o} value={o}>
                {t(decisionLabels[o])}
              </option>
            ))}
          </select>
        </label>{' '}
        <DayField day={day} valid={!!at} testId="decision-date" errorId={dayErrorId} onDay={setDay} />{' '}
        <button type="submit" class="small" disabled={!at || !outcome} data-testid="decision-save">
          {t('followUpDecisionSave')}
        </button>
        {!at && <DayError testId="decision-date-error" id={dayErrorId} />}
      </form>
      {decision?.outcome === 'removed' && <p class="muted">{t('followUpRemovedDone')}</p>}
      {steps.length > 0 && (
        <>
          <h4>{t('followUpNextSteps')}</h4>
          <ul class="next-steps" data-testid="next-steps">
            {steps.map((s) => (
              <li key={s.id} data-step={s.id} data-deadline={s.deadline ?? ''}>
                <strong>
                  {inLang(s.title, lang)} ({s.article})
                </strong>
                <br />
                {inLang(s.text, lang)}
                {s.deadline && (
                  <>
                    <br />
                    <strong>{t('followUpDeadline', formatDay(s.deadline))}</strong>
                  </>
                )}
                <br />
                <a href={s.source.url} target="_blank" rel="noopener noreferrer" class="small">
                  {t('followUpSource', [s.source.title, formatDay(s.source.checked)])}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const PUBLISHED_BY: Record<'user' | 'platform' | 'page', MessageKey> = {
  user: 'followUpPrescriptionFromUser',
  platform: 'followUpPrescriptionFromPlatform',
  page: 'followUpPrescriptionFromPage',
};

function Prescription({ draft }: { draft: Draft }) {
  // The same publication time as the packs, the form and the PDF: the user's, else the platform's, else the page's.
  const found = prescriptionOf(draft, new Date().toISOString());
  if (!found) return null;
  const { prescription, countdown: c } = found;
  return (
    <div
      class={`prescription${c.urgent || c.expired ? ' notice' : ''}`}
      data-testid="prescription-countdown"
      data-deadline={c.deadline}
      data-from={c.from}
      data-expired={String(c.expired)}
    >
      <h3>{t('followUpPrescriptionHeading')}</h3>
      <p>{t('followUpPrescriptionText', [String(c.months), prescription.basis, formatDay(c.deadline)])}</p>
      {c.source && (
        <p class="small" data-testid="prescription-published">
          {t(PUBLISHED_BY[c.source], formatDay(c.start))}
        </p>
      )}
      <p>
        <strong data-testid="prescription-left">
          {c.expired
            ? t('followUpPrescriptionPassed', formatDay(c.deadline))
            : tCount(c.daysLeft, {
                one: 'followUpPrescriptionDaysLeftOne',
                other: 'followUpPrescriptionDaysLeftOther',
              })}
        </strong>
      </p>
      {c.expired && <p data-testid="prescription-still-possible">{t('followUpPrescriptionStillPossible')}</p>}
      {c.from === 'capture' && <p class="muted small">{t('followUpPrescriptionFromCapture')}</p>}
      <p class="muted small">
        {t('followUpNotAdvice')}{' '}
        <a href={prescription.source.url} target="_blank" rel="noopener noreferrer">
          {t('followUpSource', [prescription.source.title, formatDay(prescription.source.checked)])}
        </a>
      </p>
    </div>
  );
}

function StillOnline(props: {
  draft: Draft;
  openTab: FollowUpDeps['openTab'];
  onSave: (r: OnlineCheckResult, at: string) => Promise<void>;
}) {
  const [opened, setOpened] = useState(false);
  const { draft } = props;
  const last = draft.followUp.onlineChecks.at(-1);
  // Child sexual abuse material is never revisited, and pages that are not web pages cannot be.
  if (draft.csam) return <p class="muted small">{t('followUpOnlineCsam')}</p>;
  if (!isWeb(draft.target.url)) return null;
  return (
    <div class="still-online" data-testid="still-online">
      <h3>{t('followUpOnlineHeading')}</h3>
      <p class="muted small">{t('followUpOnlineNote')}</p>
      {last && (
        <p data-testid="online-last" data-result={last.result}>
          {t('followUpOnlineLast', [t(onlineCheckLabels[last.result]), savedWhen(last.at)])}
        </p>
      )}
      <button
        type="button"
        class="small"
        data-testid="online-open"
        onClick={() => {
          void props.openTab(draft.target.url).then(() => setOpened(true));
        }}
      >
        {t('followUpOnlineOpen')}
      </button>
      {opened && (
        <span class="row">
          {' '}
          {(['online', 'removed'] as const).map((r) => (
            <button
              key={r}
              type="button"
              class="small"
              data-testid={`online-${r}`}
              onClick={() => void props.onSave(r, new Date().toISOString()).then(() => setOpened(false))}
            >
              {t(onlineCheckLabels[r])}
            </button>
          ))}
        </span>
      )}
    </div>
  );
}
