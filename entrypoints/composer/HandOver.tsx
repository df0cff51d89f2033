/**
 * Step 3, hand it over: the door chosen first — what happened in the user's words, the forms
 * (opened beside the pack), the pack to copy, the reference the channel gives — then the route's
 * other doors. The good-faith confirmation stays in sight and can be withdrawn.
 */
import { GoodFaith } from '@/components/qualify/GoodFaith';
import { RouteSteps } from '@/components/qualify/RouteSteps';
import { formatDateTime, t, uiLanguage } from '@/utils/i18n';
import { isChannelId, type ChannelId } from '@/utils/channels/registry';
import { routeOfDraft } from '@/utils/channels/route-of';
import { reportsFromAbroad } from '@/utils/report/qualification';
import type { ArtefactMeta, Draft, Qualification } from '@/utils/report/draft';
import { openOfficialForm } from '@/utils/messaging/open-form';
import { recordHandoffAction } from '@/utils/db/handoffs';
import { ChannelHandoff, NarrativeSection, useNarrative } from './Handoff';
import { useNoticeIdentity } from './useSettingsTexts';
import { routeStepViews } from './route-view';
import { openEvidencePart } from './parts';

export function HandOver(props: {
  draft: Draft;
  artefacts: ArtefactMeta[];
  /** The door the user chose at the previous step; the recommended one otherwise. */
  chosen: ChannelId | null;
  save: (patch: Partial<Qualification>) => Promise<void>;
  onChanged: () => void;
}) {
  const lang = uiLanguage();
  const q = props.draft.qualification;
  const result = routeOfDraft(props.draft)!;
  const narrative = useNarrative(props.draft);
  const identity = useNoticeIdentity();
  const views = routeStepViews(result, lang);
  const chosen = views.find((v) => v.channelId === props.chosen) ?? views[0];
  const steps = chosen ? [chosen, ...views.filter((v) => v !== chosen)] : views;

  return (
    <div class="handover" data-testid="handover">
      {chosen && (
        <p class="handover-chosen" data-testid="handover-chosen" data-channel-chosen={chosen.channelId}>
          <strong>{t('handoverChosen', chosen.name)}</strong>
        </p>
      )}
      <NarrativeSection draft={props.draft} narrative={narrative} onChanged={props.onChanged} />
      <GoodFaith
        foldWhenConfirmed
        abroad={reportsFromAbroad(q)}
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
      {steps.length > 1 && <p class="sr-only">{t('handoverOthers')}</p>}
      {/* The screenshots are folded under the steps: their redaction stays one click from here. */}
      {props.draft.mode === 'full' &&
        props.artefacts.some((a) => a.kind === 'screenshot' || a.kind === 'full-page') && (
          <p class="muted small handover-redact" data-testid="handover-redact">
            {t('handoverRedactHint')}{' '}
            <button type="button" class="link" data-testid="handover-redact-open" onClick={() => openEvidencePart()}>
              {t('handoverRedactOpen')}
            </button>
          </p>
        )}
    </div>
  );
}
