/**
 * The hand-off part of the composer: the user's own account (saved as they type), and for each
 * channel of the route its report pack, ready to copy, with the record of what the user did and
 * the reference the channel gave. Nothing is sent by Vigie: every action here is the user's.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useTextLanguage } from './useSettingsTexts';
import { NarrativeField } from '@/components/handoff/NarrativeField';
import { PackView } from '@/components/handoff/PackView';
import { draftsRepository } from '@/utils/db/drafts-repo';
import { buildPack } from '@/utils/handoff/pack';
import { evidenceItems } from '@/utils/handoff/context';
import { publicationOf } from '@/utils/report/publication';
import { t, uiLanguage } from '@/utils/i18n';
import { inLang } from '@/utils/localized';
import { channelById, type ChannelId } from '@/utils/channels/registry';
import { GateVerdict } from '@/components/handoff/GateVerdict';
import type { RouteResult } from '@/utils/channels/route';
import { guidanceFor } from '@/utils/qualify/guidance.data';
import { isCategoryId } from '@/utils/qualify/taxonomy';
import { DESCRIPTION_MAX, type ArtefactMeta, type Draft } from '@/utils/report/draft';
import { setHandoffReference } from '@/utils/report/handoffs';
import { referenceOverflow } from '@/utils/report/reference';
import { ReferenceError } from '@/components/handoff/ReferenceError';
import { recordHandoffAction } from '@/utils/db/handoffs';
import type { ReporterIdentity } from '@/utils/handoff/types';

const SAVE_DELAY_MS = 600;

/** `YYYY-MM-DDTHH:mm` in the user's zone, for a `datetime-local` input. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Saves the description a moment after the user stops typing, and at once when the page goes away. */
export function useNarrative(draft: Draft, onSaved?: () => void) {
  const [description, setDescription] = useState(draft.narrative.description);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setState('saving');
    try {
      await draftsRepository.update(draft.id, (d) => ({ ...d, narrative: { ...d.narrative, description: text } }));
      setState('saved');
      onSaved?.();
    } catch {
      pending.current = text;
      setState('error');
    }
  };

  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [draft.id]);

  const change = (text: string) => {
    const bounded = text.slice(0, DESCRIPTION_MAX);
    setDescription(bounded);
    pending.current = bounded;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  return { description, state, change, flush };
}

export type NarrativeState = ReturnType<typeof useNarrative>;

export function NarrativeSection(props: { draft: Draft; narrative: NarrativeState; onChanged: () => void }) {
  const { draft, narrative } = props;
  const lang = uiLanguage();
  const categoryId = draft.qualification.categoryId;
  const guidance = guidanceFor(categoryId && isCategoryId(categoryId) ? categoryId : null);
  // The user's own date wins; otherwise what the platform data or the page claims, to check.
  const published = publicationOf(draft);
  const savePublished = async (local: string) => {
    const iso = fromLocalInput(local);
    await draftsRepository.update(draft.id, (d) => ({
      ...d,
      narrative: { ...d.narrative, publishedAt: iso, publishedAtSource: iso ? 'user' : null },
    }));
    props.onChanged();
  };
  // The posting account is asked only when the page did not give it (never guessed).
  const pageKnowsAuthor = Boolean(
    draft.platform?.authorHandle || draft.platform?.authorUrl || draft.platform?.authorName,
  );
  const saveAuthor = async (text: string) => {
    await draftsRepository.update(draft.id, (d) => ({
      ...d,
      narrative: { ...d.narrative, author: text.trim().slice(0, 300) },
    }));
    props.onChanged();
  };
  return (
    <NarrativeField
      author={pageKnowsAuthor ? null : draft.narrative.author}
      onAuthor={(v) => void saveAuthor(v)}
      description={narrative.description}
      max={DESCRIPTION_MAX}
      guidance={inLang(guidance, lang)}
      publishedLocal={toLocalInput(published?.value ?? null)}
      publishedSource={published?.source ?? null}
      publishedDerived={
        published?.source === 'platform' && draft.platform?.provenance?.publishedAt?.source === 'derived-from-id'
      }
      saveState={narrative.state}
      onDescription={narrative.change}
      onPublished={(v) => void savePublished(v)}
    />
  );
}

/** The pack of one channel, its copy buttons, and the reference the channel gave. */
export function ChannelHandoff(props: {
  draft: Draft;
  /** What the user has typed so far (it may not be saved yet): the pack always uses it. */
  description: string;
  route: RouteResult;
  artefacts: ArtefactMeta[];
  channelId: ChannelId;
  identity: ReporterIdentity | null;
  onChanged: () => void;
}) {
  const { channelId } = props;
  const draft = useMemo(
    () => ({ ...props.draft, narrative: { ...props.draft.narrative, description: props.description } }),
    [props.draft, props.description],
  );
  // The texts sent go out in the language the user chose in the settings (the browser's by default).
  const lang = useTextLanguage();
  const [status, setStatus] = useState('');
  const pack = useMemo(
    () =>
      buildPack({
        draft,
        route: props.route,
        channelId,
        lang,
        identity: props.identity,
        evidence: evidenceItems(props.artefacts),
      }),
    [draft, props.route, channelId, lang, props.artefacts, props.identity],
  );
  const handoff = draft.handoffs.find((h) => h.channelId === channelId);
  const [reference, setReference] = useState(handoff?.reference ?? '');

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('packCopied', what));
      await recordHandoffAction(draft.id, channelId, 'copied', pack.verdict);
      props.onChanged();
    } catch {
      setStatus(t('packCopyFailed'));
    }
  };
  const overflow = referenceOverflow(reference);
  const referenceErrorId = `ref-${channelId}-error`;
  const saveReference = async () => {
    if (overflow !== null) return;
    const now = new Date().toISOString();
    await draftsRepository.update(draft.id, (d) => setHandoffReference(d, channelId, reference, now));
    props.onChanged();
  };

  return (
    <div class="handoff" data-testid={`handoff-${channelId}`}>
      <GateVerdict pack={pack} channelName={inLang(channelById[channelId].name, uiLanguage())} />
      <details>
        <summary data-testid="pack-toggle">{t('handoffPrepare')}</summary>
        <PackView pack={pack} onCopy={(text, what) => void copy(text, what)} status={status} />
        {pack.fields.some((f) => f.key === 'name') && !props.route.omitReporterIdentity && !props.identity && (
          <a href="/settings.html" target="_blank" rel="noopener" class="small" data-testid="open-settings">
            {t('settingsOpen')}
          </a>
        )}
      </details>
      {handoff && handoff.actions.length > 0 && (
        <div class="row reference">
          <label for={`ref-${channelId}`}>{t('handoffReference')}</label>
          <input
            id={`ref-${channelId}`}
            data-testid="reference"
            value={reference}
            aria-invalid={overflow !== null}
            aria-describedby={overflow === null ? undefined : referenceErrorId}
            onInput={(e) => setReference((e.target as HTMLInputElement).value)}
            onBlur={() => void saveReference()}
          />
          {handoff.acknowledgedAt && <span class="badge ready">{t('handoffAcknowledged')}</span>}
        </div>
      )}
      {overflow !== null && <ReferenceError length={overflow} id={referenceErrorId} testId="reference-error" />}
    </div>
  );
}
